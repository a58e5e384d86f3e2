import { useState, type ReactNode } from 'react';
import { levelOf } from '@shared/units/level-words';
import { parseUnitList, type UnitListResult } from '@shared/units/unit-list';
import { UnitPicker, useOfficialList } from '../../components/unit-picker';
import { FileMessage, SharedMessage } from '../../components/shared-message';
import { Vi, withNodes } from '../../components/with-nodes';
import { db } from '../../db/db';
import { addCommunes, officialRow, removeCommune } from '../../db/repositories/units';
import { readOutsideFile } from '../../exchange/outside-read';
import type { UnitRow } from '../../db/types';
import { useT } from '../../i18n';
import { platform } from '../../platform';
import { Field } from '../../components/field';

type T = ReturnType<typeof useT>;
/**
 * A message kept as what to say, so it follows the language when the officer switches after it appeared: a text is
 * a message of the shared code (a unit list's line, a refused file), said through i18n/shared-text.ts.
 */
type Said = string | ((t: T) => ReactNode);

/** Unit names as a list inside a sentence: Vietnamese data. */
const names = (list: string[]) => <Vi>{list.join(', ')}</Vi>;

/**
 * The verifier's communes: the list, adding one from the official list by name, all of the list's communes in one
 * step, or by hand (typed, pasted, from Excel; a unit not in the list is kept with a warning); removing one that
 * has no assessment.
 */
export function UnitsPanel({ district, units }: { district: UnitRow; units: UnitRow[] }) {
  const t = useT();
  const { list } = useOfficialList(district.list ?? '2024');
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<{ ok: Said[]; errors: Said[] }>({ ok: [], errors: [] });
  const communes = units.filter((u) => u.parentCode === district.code);
  const officialChildren = district.official && list ? (list.childrenOf.get(district.code) ?? []) : [];
  const missing = officialChildren.filter((u) => !communes.some((c) => c.code === u.code));

  const add = async (items: UnitListResult, fileErrors: Said[] = []) => {
    const { added, skipped, handAdded, zerosRestored } = await addCommunes(db, district.code, items.items, list);
    const ok: Said[] = [
      ...(added.length ? [(t: T) => t('units.added', { n: added.length })] : []),
      ...(zerosRestored.length ? [(t: T) => t('units.zerosRestored', { codes: zerosRestored.join(', ') })] : []),
    ];
    const errors: Said[] = [
      ...items.errors,
      ...fileErrors,
      ...(skipped.length ? [(t: T) => withNodes(t('units.skipped'), { units: names(skipped) })] : []),
      ...(handAdded.length ? [(t: T) => withNodes(t('units.handAdded'), { units: names(handAdded) })] : []),
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
      const refused = picked.refused[0];
      if (refused)
        setMessages({ ok: [], errors: [() => <FileMessage file={refused.name} message={refused.reason} />] });
      return;
    }
    const sheet = await readOutsideFile('unit-list', file.bytes, file.name);
    await add(
      { items: sheet.items, errors: [] },
      sheet.errors.map((e) => () => <FileMessage file={file.name} message={e} />),
    );
  };

  const remove = async (u: UnitRow) => {
    const r = await removeCommune(db, u.code);
    setMessages(
      r.ok
        ? { ok: [(t: T) => withNodes(t('units.removed'), { name: <Vi>{u.name}</Vi> })], errors: [] }
        : { ok: [], errors: [r.message] },
    );
  };

  return (
    <section className="units card" aria-labelledby="units-title">
      <h3 id="units-title">
        {withNodes(t('units.title', { n: communes.length }), { name: <Vi>{district.name}</Vi> })}
      </h3>
      {district.official === false && (
        <p className="warnings" role="note">
          {withNodes(t('units.handTyped', { code: district.code }), { name: <Vi>{district.name}</Vi> })}
        </p>
      )}
      {missing.length > 0 && (
        <button type="button" onClick={() => void addAll()}>
          {t('units.addMissing', { n: missing.length, communes: t(`units.communes.${levelOf(district.type)}`) })}
        </button>
      )}
      <ul className="unit-list" data-testid="unit-list">
        {communes.map((u) => (
          <li key={u.code}>
            <span className="unit-code">{u.code}</span>{' '}
            <span lang="vi" id={`unit-name-${u.code}`}>
              {u.name}
            </span>{' '}
            <span className="muted">· {t(`units.type.${u.type}`)}</span>
            {u.official === false && <span className="badge warn"> {t('units.handBadge')}</span>}{' '}
            <button
              type="button"
              className="link"
              id={`unit-remove-${u.code}`}
              aria-labelledby={`unit-remove-${u.code} unit-name-${u.code}`}
              onClick={() => void remove(u)}
            >
              {t('units.remove')}
            </button>
          </li>
        ))}
      </ul>
      {district.official && (
        <UnitPicker
          listId={district.list ?? '2024'}
          kinds={['commune']}
          within={district.code}
          label={withNodes(t('units.pickLabel'), { name: <Vi>{district.name}</Vi> })}
          onPick={(u) => void add({ items: [{ code: u.code, name: u.name }], errors: [] })}
        />
      )}
      <Field label={t('units.pasteLabel')}>
        <textarea
          name="unit-paste"
          rows={3}
          value={text}
          lang="vi"
          placeholder={'14524\tXã Gia Phong\n14509\tXã Gia Trung'}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="button" onClick={() => void add(parseUnitList(text))} disabled={!text.trim()}>
          {t('units.addPasted')}
        </button>
        <button type="button" onClick={() => void fromExcel()}>
          {t('units.fromExcel')}
        </button>
      </div>
      {messages.ok.map((m, i) => (
        <p key={i} className="form-ok" role="status">
          {typeof m === 'function' ? m(t) : m}
        </p>
      ))}
      {messages.errors.length > 0 && (
        <ul className="form-error" role="alert">
          {messages.errors.map((m, i) => (
            <li key={i}>{typeof m === 'function' ? m(t) : <SharedMessage message={m} />}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
