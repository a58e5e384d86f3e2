import { useState } from 'react';
import { parseUnitList, type UnitListResult } from '@shared/units/unit-list';
import { readUnitSheet } from '@shared/units/unit-sheet';
import { db } from '../../db/db';
import { addCommunes } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { platform } from '../../platform';

const TYPE_LABEL: Record<UnitRow['type'], string> = {
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
  ward: 'Phường',
  town: 'Thị trấn',
  special: 'Đặc khu',
};

/** The district's communes: the list, and adding them by hand, by pasting, or from an Excel file. */
export function UnitsPanel({ district, units }: { district: UnitRow; units: UnitRow[] }) {
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<{ ok: string[]; errors: string[] }>({ ok: [], errors: [] });

  const add = async (list: UnitListResult) => {
    const { added, skipped } = await addCommunes(db, district.code, list.items);
    const ok = added.length ? [`Đã thêm ${added.length} đơn vị.`] : [];
    const errors = [...list.errors, ...(skipped.length ? [`Đã có sẵn, bỏ qua: ${skipped.join(', ')}.`] : [])];
    setMessages({ ok, errors });
    if (added.length) setText('');
  };

  const fromExcel = async () => {
    const picked = await platform.openFiles({
      multiple: false,
      filters: [{ name: 'Excel', extensions: ['xlsx', 'xls', 'ods'] }],
    });
    const file = picked.files[0];
    if (!file) {
      if (picked.refused[0])
        setMessages({ ok: [], errors: [`${picked.refused[0].name}: ${picked.refused[0].reason}`] });
      return;
    }
    const list = readUnitSheet(file.bytes);
    await add({ items: list.items, errors: list.errors.map((e) => `${file.name}: ${e}`) });
  };

  const communes = units.filter((u) => u.parentCode === district.code);
  return (
    <section className="units card" aria-labelledby="units-title">
      <h3 id="units-title">
        Đơn vị thuộc {district.name} ({communes.length})
      </h3>
      <ul className="unit-list" data-testid="unit-list">
        {communes.map((u) => (
          <li key={u.code}>
            <span className="unit-code">{u.code}</span> {u.name} <span className="muted">· {TYPE_LABEL[u.type]}</span>
          </li>
        ))}
      </ul>
      <label className="field">
        <span className="field-label">Thêm xã: mỗi dòng một đơn vị, "mã ⇥ tên" (dán từ Excel được)</span>
        <textarea
          name="unit-paste"
          rows={3}
          value={text}
          placeholder={'09244\tXã Gia Phong\n09247\tXã Gia Trung'}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="button" onClick={() => void add(parseUnitList(text))} disabled={!text.trim()}>
          Thêm các xã
        </button>
        <button type="button" onClick={() => void fromExcel()}>
          Nhập danh sách từ Excel…
        </button>
      </div>
      {messages.ok.map((m) => (
        <p key={m} className="form-ok" role="status">
          {m}
        </p>
      ))}
      {messages.errors.length > 0 && (
        <ul className="form-error" role="alert">
          {messages.errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
