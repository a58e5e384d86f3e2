import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
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
import { useT } from '../../i18n';
import './print.css';

/**
 * The print view of one commune's Biên bản thẩm tra (the shared print view: desktop → PDF through a save dialog;
 * browser → print), with the place and the team entered above it.
 */
export function MinutesView({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const [date] = useState(() => Date.now());
  const [place, setPlace] = useState('');
  const t = useT();
  const team = useLiveQuery(async () => restoreTeam(await getMeta(db, 'verifyTeam')), []);
  const settings = useLiveQuery(() => getDocSettings(db), []);
  const loaded = useLiveQuery(
    async () => (team ? loadMinutes(db, assessmentId, team, { date, place }) : undefined),
    [assessmentId, team, date, place],
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
        <label className="field inline">
          <span className="field-label">{t('minutes.place')}</span>
          <input
            name="minutes-place"
            lang="vi"
            value={place}
            placeholder={t('minutes.placeHint')}
            onChange={(e) => setPlace(e.target.value)}
          />
        </label>
      }
    >
      {team && <TeamEditor team={team} />}
      {!loaded && <p className="loading">{t('minutes.loading')}</p>}
      {loaded && !loaded.ok && <p className="form-error">{t(loaded.key, loaded.params)}</p>}
      {loaded?.ok && settings && <MinutesDoc m={loaded.model} words={minutesDoc(settings, date)} />}
    </PrintView>
  );
}
