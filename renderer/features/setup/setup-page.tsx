import { useState, type FormEvent } from 'react';
import { checkUnitItem } from '@shared/units/unit-list';
import { db } from '../../db/db';
import { setMeta } from '../../db/repositories/meta';
import { addCommunes, saveDistrict } from '../../db/repositories/units';

/** First run: which district this machine works for, and whether it is the district's or one commune's. */
export function SetupPage() {
  const [role, setRole] = useState<'district' | 'commune'>('district');
  const [district, setDistrict] = useState({ code: '', name: '' });
  const [commune, setCommune] = useState({ code: '', name: '' });
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = checkUnitItem(district.code, district.name, 'Huyện');
    if (typeof d === 'string') return setError(d);
    const c = role === 'commune' ? checkUnitItem(commune.code, commune.name, 'Xã') : null;
    if (typeof c === 'string') return setError(c);
    try {
      await db.transaction('rw', db.units, db.meta, async () => {
        await saveDistrict(db, d);
        if (c) await addCommunes(db, d.code, [c]);
        await setMeta(db, 'role', c ? { kind: 'commune', communeCode: c.code } : { kind: 'district' });
      });
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form className="setup card" onSubmit={submit} aria-labelledby="setup-title">
      <h2 id="setup-title">Thiết lập lần đầu</h2>
      <fieldset>
        <legend>Máy này dùng cho</legend>
        <label className="check">
          <input type="radio" name="role" checked={role === 'district'} onChange={() => setRole('district')} />
          UBND huyện (tự đánh giá của huyện, thẩm tra và tổng hợp các xã)
        </label>
        <label className="check">
          <input type="radio" name="role" checked={role === 'commune'} onChange={() => setRole('commune')} />
          UBND một xã, phường, thị trấn (chỉ đánh giá của xã mình)
        </label>
      </fieldset>
      <fieldset>
        <legend>Huyện</legend>
        <label className="field">
          <span className="field-label">Mã huyện</span>
          <input
            name="district-code"
            value={district.code}
            onChange={(e) => setDistrict({ ...district, code: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Tên huyện</span>
          <input
            name="district-name"
            placeholder="Huyện Gia Viễn"
            value={district.name}
            onChange={(e) => setDistrict({ ...district, name: e.target.value })}
          />
        </label>
      </fieldset>
      {role === 'commune' && (
        <fieldset>
          <legend>Xã của máy này</legend>
          <label className="field">
            <span className="field-label">Mã xã</span>
            <input
              name="commune-code"
              value={commune.code}
              onChange={(e) => setCommune({ ...commune, code: e.target.value })}
            />
          </label>
          <label className="field">
            <span className="field-label">Tên xã</span>
            <input
              name="commune-name"
              placeholder="Xã Gia Phong"
              value={commune.name}
              onChange={(e) => setCommune({ ...commune, name: e.target.value })}
            />
          </label>
        </fieldset>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        Bắt đầu
      </button>
    </form>
  );
}
