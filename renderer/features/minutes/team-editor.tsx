import { useState } from 'react';
import type { TeamMember } from '@shared/verify/minutes';
import { db } from '../../db/db';
import { setMeta } from '../../db/repositories/meta';

/** The verification team (initialised from the stored one when mounted), entered once and kept in meta 'verifyTeam' for every commune's minutes. */
export function TeamEditor({ team }: { team: readonly TeamMember[] }) {
  const [rows, setRows] = useState<TeamMember[]>(() => (team.length ? [...team] : [{ name: '', position: '' }]));
  const [saved, setSaved] = useState(false);
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
      <legend>Tổ thẩm tra (nhập một lần, dùng cho biên bản của mọi xã)</legend>
      {rows.map((r, i) => (
        <div key={i} className="team-row">
          <input
            aria-label={`Họ và tên thành viên ${i + 1}`}
            placeholder="Họ và tên"
            value={r.name}
            onChange={(e) => edit(i, { name: e.target.value })}
          />
          <input
            aria-label={`Chức vụ thành viên ${i + 1}`}
            placeholder="Chức vụ, vai trò trong Tổ"
            value={r.position}
            onChange={(e) => edit(i, { position: e.target.value })}
          />
          <button
            type="button"
            aria-label={`Xoá thành viên ${i + 1}`}
            onClick={() => setRows(rows.filter((_, k) => k !== i))}
          >
            Xoá
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setRows([...rows, { name: '', position: '' }])}>
        Thêm thành viên
      </button>{' '}
      <button type="button" className="primary" onClick={() => void save()}>
        Lưu Tổ thẩm tra
      </button>
      {saved && <span className="form-ok"> Đã lưu.</span>}
    </fieldset>
  );
}
