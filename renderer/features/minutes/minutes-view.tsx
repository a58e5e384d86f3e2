import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { slugVi } from '@shared/exchange/file-name';
import { minutesDoc } from '@shared/verify/minutes-sheet';
import { db } from '../../db/db';
import { getDocSettings } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { PrintView } from '../../components/print/print-view';
import { loadMinutes } from './load-minutes';
import { MinutesDoc } from './minutes-doc';
import { restoreTeam } from '../../db/queries/team';
import { TeamEditor } from './team-editor';
import { parsePeople } from './people';
import { useT } from '../../i18n';
import { Field } from '../../components/field';
import './print.css';

/**
 * The print view of one commune's Biên bản thẩm tra (the shared print view: desktop → PDF through a save dialog;
 * browser → print), with the place, the times, the team and the commune's representatives entered above it.
 */
export function MinutesView({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const [date] = useState(() => Date.now());
  const [place, setPlace] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reps, setReps] = useState('');
  const communeReps = useMemo(() => parsePeople(reps), [reps]);
  const t = useT();
  const team = useLiveQuery(async () => restoreTeam(await getMeta(db, 'verifyTeam')), []);
  const settings = useLiveQuery(() => getDocSettings(db), []);
  const loaded = useLiveQuery(
    async () => (team ? loadMinutes(db, assessmentId, team, { date, place, start, end, communeReps }) : undefined),
    [assessmentId, team, date, place, start, end, communeReps],
  );

  return (
    <PrintView
      label={t('minutes.label')}
      testId="minutes-view"
      fileName={`Bien-ban-tham-tra_${slugVi(loaded?.ok ? loaded.model.unitName : 'xa')}.pdf`}
      backLabel={t('minutes.back')}
      onClose={onClose}
      canPrint={loaded?.ok === true}
      tools={
        <>
          <Field label={t('minutes.place')} className="inline">
            <input
              name="minutes-place"
              lang="vi"
              value={place}
              placeholder={t('minutes.placeHint')}
              onChange={(e) => setPlace(e.target.value)}
            />
          </Field>
          <Field label={t('minutes.start')} className="inline">
            <input name="minutes-start" type="time" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field label={t('minutes.end')} className="inline">
            <input name="minutes-end" type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
        </>
      }
    >
      {team && <TeamEditor team={team} />}
      <label className="team-editor reps-editor no-print">
        <span className="field-label">{t('minutes.reps')}</span>
        <textarea
          name="minutes-reps"
          lang="vi"
          rows={2}
          value={reps}
          placeholder={t('minutes.repsHint')}
          onChange={(e) => setReps(e.target.value)}
        />
      </label>
      {!loaded && <p className="loading">{t('minutes.loading')}</p>}
      {loaded && !loaded.ok && <p className="form-error">{t(loaded.key, loaded.params)}</p>}
      {loaded?.ok && settings && <MinutesDoc m={loaded.model} words={minutesDoc(settings, date)} />}
    </PrintView>
  );
}
