import { useState } from 'react';
import type { TeamMember } from '@shared/verify/minutes';
import { db } from '../../db/db';
import { setMeta } from '../../db/repositories/meta';
import { useT } from '../../i18n';

/** The verification team (initialised from the stored one when mounted), entered once and kept in meta 'verifyTeam' for every commune's minutes. */
export function TeamEditor({ team }: { team: readonly TeamMember[] }) {
  const [rows, setRows] = useState<TeamMember[]>(() => (team.length ? [...team] : [{ name: '', position: '' }]));
  const [saved, setSaved] = useState(false);
  const t = useT();
  const edit = (i: number, patch: Partial<TeamMember>) => {
    setSaved(false);
    setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  };
  const save = async () => {
    await setMeta(
      db,
      'verifyTeam',
      rows.map((r) => ({ name: r.name.trim(), position: r.position.trim() })).filter((r) => r.name || r.position),
    );
    setSaved(true);
  };
  return (
    <fieldset className="team-editor no-print" data-testid="team-editor">
      <legend>{t('minutes.team')}</legend>
      {rows.map((r, i) => (
        <div key={i} className="team-row">
          <input
            lang="vi"
            aria-label={t('minutes.memberName', { n: i + 1 })}
            placeholder={t('minutes.memberNameHint')}
            value={r.name}
            onChange={(e) => edit(i, { name: e.target.value })}
          />
          <input
            lang="vi"
            aria-label={t('minutes.memberPosition', { n: i + 1 })}
            placeholder={t('minutes.memberPositionHint')}
            value={r.position}
            onChange={(e) => edit(i, { position: e.target.value })}
          />
          <button
            type="button"
            aria-label={t('minutes.removeLabel', { n: i + 1 })}
            onClick={() => setRows(rows.filter((_, k) => k !== i))}
          >
            {t('minutes.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setRows([...rows, { name: '', position: '' }])}>
        {t('minutes.add')}
      </button>{' '}
      <button type="button" className="primary" onClick={() => void save()}>
        {t('minutes.save')}
      </button>
      {saved && <span className="form-ok"> {t('minutes.saved')}</span>}
    </fieldset>
  );
}
