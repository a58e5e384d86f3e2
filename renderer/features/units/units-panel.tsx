import { useState } from 'react';
import { wordsFor } from '@shared/units/level-words';
import { parseUnitList, type UnitListResult } from '@shared/units/unit-list';
import { UnitPicker, useOfficialList } from '../../components/unit-picker';
import { db } from '../../db/db';
import { addCommunes, officialRow, removeCommune } from '../../db/repositories/units';
import { readOutsideFile } from '../../exchange/outside-read';
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

/**
 * The verifier's communes: the list, adding one from the official list by name, all of the list's communes in one
 * step, or by hand (typed, pasted, from Excel; a unit not in the list is kept with a warning); removing one that
 * has no assessment.
 */
export function UnitsPanel({ district, units }: { district: UnitRow; units: UnitRow[] }) {
  const { list } = useOfficialList(district.list ?? '2024');
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<{ ok: string[]; errors: string[] }>({ ok: [], errors: [] });
  const words = wordsFor(district.type);
  const communes = units.filter((u) => u.parentCode === district.code);
  const officialChildren = district.official && list ? (list.childrenOf.get(district.code) ?? []) : [];
  const missing = officialChildren.filter((u) => !communes.some((c) => c.code === u.code));

  const add = async (items: UnitListResult) => {
    const { added, skipped, handAdded } = await addCommunes(db, district.code, items.items, list);
    const ok = added.length ? [`Đã thêm ${added.length} đơn vị.`] : [];
    const errors = [
      ...items.errors,
      ...(skipped.length ? [`Đã có sẵn, bỏ qua: ${skipped.join(', ')}.`] : []),
      ...(handAdded.length
        ? [`Không có trong danh mục chính thức, đã thêm như đơn vị nhập tay: ${handAdded.join(', ')}. Hãy kiểm tra mã.`]
        : []),
    ];
    setMessages({ ok, errors });
    if (added.length) setText('');
  };

  const addAll = async () => {
    const rows = missing.map((u) => officialRow(u, list!.id, district.code));
    await add({ items: rows.map((r) => ({ code: r.code, name: r.name })), errors: [] });
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
    const sheet = await readOutsideFile('unit-list', file.bytes, file.name);
    await add({ items: sheet.items, errors: sheet.errors.map((e) => `${file.name}: ${e}`) });
  };

  const remove = async (u: UnitRow) => {
    const r = await removeCommune(db, u.code);
    setMessages(r.ok ? { ok: [`Đã bỏ ${u.name} khỏi danh sách.`], errors: [] } : { ok: [], errors: [r.message] });
  };

  return (
    <section className="units card" aria-labelledby="units-title">
      <h3 id="units-title">
        Đơn vị thuộc {district.name} ({communes.length})
      </h3>
      {district.official === false && (
        <p className="warnings" role="note">
          {district.name} (mã {district.code}) được nhập tay, không có trong danh mục đơn vị hành chính chính thức.
        </p>
      )}
      {missing.length > 0 && (
        <button type="button" onClick={() => void addAll()}>
          Thêm {missing.length} {words.communes} còn thiếu theo danh mục
        </button>
      )}
      <ul className="unit-list" data-testid="unit-list">
        {communes.map((u) => (
          <li key={u.code}>
            <span className="unit-code">{u.code}</span> {u.name} <span className="muted">· {TYPE_LABEL[u.type]}</span>
            {u.official === false && <span className="badge warn"> nhập tay</span>}{' '}
            <button type="button" className="link" aria-label={`Bỏ ${u.name}`} onClick={() => void remove(u)}>
              Bỏ
            </button>
          </li>
        ))}
      </ul>
      {district.official && (
        <UnitPicker
          listId={district.list ?? '2024'}
          kinds={['commune']}
          within={district.code}
          label={`Thêm một đơn vị của ${district.name} từ danh mục`}
          onPick={(u) => void add({ items: [{ code: u.code, name: u.name }], errors: [] })}
        />
      )}
      <label className="field">
        <span className="field-label">Thêm xã: mỗi dòng một đơn vị, "mã ⇥ tên" (dán từ Excel được)</span>
        <textarea
          name="unit-paste"
          rows={3}
          value={text}
          placeholder={'14524\tXã Gia Phong\n14509\tXã Gia Trung'}
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
