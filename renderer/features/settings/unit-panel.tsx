import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { OfficialListId, OfficialUnit } from '@shared/units/official';
import { UnitPicker, useOfficialList } from '../../components/unit-picker';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import {
  applyCorrection,
  planCorrection,
  type CorrectionPlan,
  type UnitCorrection,
} from '../../db/repositories/unit-correction';
import { getDistrict, officialRow } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { TypedUnitFields, typedCorrection, typedFrom, type TypedUnits } from './unit-typed-fields';

const PERIOD: Record<OfficialListId, string> = {
  '2025': 'từ 1/7/2025 (tỉnh – xã)',
  '2024': 'trước 1/7/2025 (tỉnh – huyện – xã)',
};

/**
 * "Đơn vị của máy này": which unit the machine works for and where its files go, and a correction of either, picked
 * from the official list, shown as a confirmation before anything is written. The assessments follow the corrected
 * unit; the change goes into the history.
 */
export function UnitPanel() {
  const state = useLiveQuery(async () => {
    const role = await getMeta(db, 'role');
    const receiving = await getDistrict(db);
    const own = role?.kind === 'commune' ? await db.units.get(role.communeCode) : undefined;
    return { receiving, own, commune: role?.kind === 'commune' };
  }, []);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState('');
  if (!state?.receiving) return null;
  const { receiving, own, commune } = state;
  return (
    <section className="settings card" aria-labelledby="unit-panel-title">
      <h2 id="unit-panel-title">Đơn vị của máy này</h2>
      <dl data-testid="machine-units">
        {own && (
          <>
            <dt>Xã</dt>
            <dd>
              {own.name} (mã {own.code}){handNote(own)}
            </dd>
          </>
        )}
        <dt>{commune ? 'Gửi tệp đến' : 'Đơn vị thẩm tra'}</dt>
        <dd>
          {receiving.name} (mã {receiving.code}){handNote(receiving)}
        </dd>
        <dt>Danh mục đơn vị</dt>
        <dd>{PERIOD[receiving.list ?? '2024']}</dd>
      </dl>
      {done && (
        <p className="form-ok" role="status">
          {done}
        </p>
      )}
      {editing ? (
        <CorrectForm
          receiving={receiving}
          own={own}
          commune={commune}
          onClose={(message) => {
            setEditing(false);
            setDone(message);
          }}
        />
      ) : (
        <button type="button" onClick={() => (setEditing(true), setDone(''))}>
          Sửa đơn vị…
        </button>
      )}
    </section>
  );
}

/** A unit typed by hand at setup (not in the official list) says so. */
function handNote(u: UnitRow): string {
  return u.official === false ? ' — nhập tay, không có trong danh mục' : '';
}

function CorrectForm(props: {
  receiving: UnitRow;
  own: UnitRow | undefined;
  commune: boolean;
  onClose: (message: string) => void;
}) {
  const [listId, setListId] = useState<OfficialListId>(props.receiving.list ?? '2024');
  // A unit typed by hand is corrected by hand first (its fields filled with what it is now); the list stays a click away.
  const [manual, setManual] = useState(props.receiving.official === false || props.own?.official === false);
  const [typed, setTyped] = useState<TypedUnits>(() => typedFrom(props.receiving, props.own));
  const { list } = useOfficialList(listId);
  const [own, setOwn] = useState<OfficialUnit | undefined>();
  const [receiving, setReceiving] = useState<OfficialUnit | undefined>();
  const [plan, setPlan] = useState<CorrectionPlan | undefined>();
  const [error, setError] = useState('');
  const receivingKind = listId === '2025' ? 'province' : 'district';

  const correction = (): UnitCorrection | string => {
    if (!list) return 'Danh mục đơn vị hành chính chưa tải xong.';
    if (manual) return typedCorrection(list, listId, typed, props.commune);
    if (props.commune && !own) return 'Hãy tìm và chọn xã của máy này.';
    const parent = receiving ?? (own ? list.byCode.get(own.parentCode) : undefined);
    if (!parent) return `Hãy tìm và chọn ${listId === '2025' ? 'tỉnh' : 'huyện'}.`;
    return {
      list: listId,
      receiving: { ...officialRow(parent, listId, ''), type: receivingKind },
      ...(own ? { own: officialRow(own, listId, parent.code) } : {}),
    };
  };
  const run = async (apply: boolean) => {
    const c = correction();
    if (typeof c === 'string') return setError(c);
    const r = apply ? await applyCorrection(db, c) : await planCorrection(db, c);
    if (!r.ok) return (setError(r.message), setPlan(undefined));
    setError('');
    if (apply) props.onClose('Đã sửa đơn vị. Các bản đánh giá được giữ nguyên; thay đổi đã ghi vào lịch sử.');
    else setPlan(r.plan);
  };
  const changed = () => (setPlan(undefined), setError(''));

  return (
    <div className="unit-correct" data-testid="unit-correct">
      <fieldset>
        <legend>Giai đoạn hành chính</legend>
        {(['2025', '2024'] as const).map((id) => (
          <label key={id} className="check">
            <input
              type="radio"
              name="correct-period"
              checked={listId === id}
              onChange={() => (setListId(id), setOwn(undefined), setReceiving(undefined), changed())}
            />
            {PERIOD[id]}
          </label>
        ))}
      </fieldset>
      {manual && (
        <TypedUnitFields
          commune={props.commune}
          listId={listId}
          typed={typed}
          onChange={(t) => (setTyped(t), changed())}
        />
      )}
      <button type="button" className="link" onClick={() => (setManual(!manual), changed())}>
        {manual ? 'Chọn từ danh mục' : 'Đơn vị chưa có trong danh mục? Nhập tay…'}
      </button>
      {!manual && props.commune && (
        <UnitPicker
          listId={listId}
          kinds={['commune']}
          label="Tìm xã của máy này theo tên"
          picked={own}
          onPick={(u) => (setOwn(u), setReceiving(undefined), changed())}
        />
      )}
      {!manual && props.commune && own && list && (
        <p className="muted">
          {own.name} thuộc {list.byCode.get(own.parentCode)?.name ?? '?'} theo danh mục.
        </p>
      )}
      {!manual && !props.commune && (
        <UnitPicker
          listId={listId}
          kinds={[receivingKind]}
          label={`Tìm ${listId === '2025' ? 'tỉnh' : 'huyện'} theo tên`}
          picked={receiving}
          onPick={(u) => (setReceiving(u), changed())}
        />
      )}
      {plan && (
        <div className="warnings" role="note" data-testid="correct-plan">
          <p>Sửa đơn vị của máy này:</p>
          <ul>
            {plan.changes.map((c) => (
              <li key={c.field}>
                {c.field === 'unit' ? 'Xã' : props.commune ? 'Đơn vị nhận' : 'Đơn vị thẩm tra'}: {c.old} → {c.new}
              </li>
            ))}
          </ul>
          <p>
            Mọi bản đánh giá, số liệu và lịch sử trên máy được giữ nguyên
            {plan.moved ? ` (${plan.moved} bản đánh giá chuyển sang đơn vị mới)` : ''}; thay đổi được ghi vào lịch sử.
          </p>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {plan ? (
          <button type="button" className="primary" onClick={() => void run(true)}>
            Xác nhận sửa
          </button>
        ) : (
          <button type="button" onClick={() => void run(false)}>
            Xem thay đổi
          </button>
        )}
        <button type="button" className="link" onClick={() => props.onClose('')}>
          Huỷ
        </button>
      </div>
    </div>
  );
}
