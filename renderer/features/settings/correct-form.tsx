import { useState } from 'react';
import type { OfficialListId, OfficialUnit } from '@shared/units/official';
import { UnitPicker, useOfficialList } from '../../components/unit-picker';
import { Vi, withNodes } from '../../components/with-nodes';
import { db } from '../../db/db';
import {
  applyCorrection,
  planCorrection,
  type CorrectionPlan,
  type UnitCorrection,
} from '../../db/repositories/unit-correction';
import { officialRow } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { Check } from '../../components/check';
import { useT } from '../../i18n';
import { TypedUnitFields, typedCorrection, typedFrom, type TypedUnits } from './unit-typed-fields';

/**
 * The correction of the machine's units: picked from the official list or typed by hand, shown as a plan before it
 * is written.
 */
export function CorrectForm(props: {
  receiving: UnitRow;
  own: UnitRow | undefined;
  commune: boolean;
  onClose: (message: string) => void;
}) {
  const [listId, setListId] = useState<OfficialListId>(props.receiving.list ?? '2024');
  // A unit typed by hand is corrected by hand first (its fields filled with what it is now); the list stays a click away.
  const t = useT();
  const [manual, setManual] = useState(props.receiving.official === false || props.own?.official === false);
  const [typed, setTyped] = useState<TypedUnits>(() => typedFrom(props.receiving, props.own));
  const { list } = useOfficialList(listId);
  const [own, setOwn] = useState<OfficialUnit | undefined>();
  const [receiving, setReceiving] = useState<OfficialUnit | undefined>();
  const [plan, setPlan] = useState<CorrectionPlan | undefined>();
  const [error, setError] = useState('');
  const receivingKind = listId === '2025' ? 'province' : 'district';
  const what = t(`comp.level.${receivingKind}`);

  const correction = (): UnitCorrection | string => {
    if (!list) return t('setup.error.listLoading');
    if (manual) return typedCorrection(list, listId, typed, props.commune);
    if (props.commune && !own) return t('settings.unit.pickCommune');
    const parent = receiving ?? (own ? list.byCode.get(own.parentCode) : undefined);
    if (!parent) return t('settings.unit.pick', { what });
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
    if (apply) props.onClose(t('settings.unit.done'));
    else setPlan(r.plan);
  };
  const changed = () => (setPlan(undefined), setError(''));

  return (
    <div className="unit-correct" data-testid="unit-correct">
      <fieldset>
        <legend>{t('settings.unit.periodLegend')}</legend>
        {(['2025', '2024'] as const).map((id) => (
          <Check
            key={id}
            type="radio"
            name="correct-period"
            checked={listId === id}
            onChange={() => (setListId(id), setOwn(undefined), setReceiving(undefined), changed())}
          >
            {t(`settings.unit.period.${id}`)}
          </Check>
        ))}
      </fieldset>
      {manual && (
        <TypedUnitFields
          commune={props.commune}
          listId={listId}
          typed={typed}
          onChange={(v) => (setTyped(v), changed())}
        />
      )}
      <button type="button" className="link" onClick={() => (setManual(!manual), changed())}>
        {t(manual ? 'settings.unit.fromList' : 'settings.unit.byHand')}
      </button>
      {!manual && props.commune && (
        <UnitPicker
          listId={listId}
          kinds={['commune']}
          label={t('settings.unit.findCommune')}
          picked={own}
          onPick={(u) => (setOwn(u), setReceiving(undefined), changed())}
        />
      )}
      {!manual && props.commune && own && list && (
        <p className="muted">
          {withNodes(t('settings.unit.belongs'), {
            commune: <Vi>{own.name}</Vi>,
            parent: <Vi>{list.byCode.get(own.parentCode)?.name ?? '?'}</Vi>,
          })}
        </p>
      )}
      {!manual && !props.commune && (
        <UnitPicker
          listId={listId}
          kinds={[receivingKind]}
          label={t('settings.unit.find', { what })}
          picked={receiving}
          onPick={(u) => (setReceiving(u), changed())}
        />
      )}
      {plan && (
        <div className="warnings" role="note" data-testid="correct-plan">
          <p>{t('settings.unit.planTitle')}</p>
          <ul>
            {plan.changes.map((c) => (
              <li key={c.field}>
                {t(
                  c.field === 'unit'
                    ? 'settings.unit.commune'
                    : props.commune
                      ? 'settings.unit.receiving'
                      : 'settings.unit.verifier',
                )}
                : <Vi>{c.old}</Vi> → <Vi>{c.new}</Vi>
              </li>
            ))}
          </ul>
          <p>{plan.moved ? t('settings.unit.planMoved', { n: plan.moved }) : t('settings.unit.planKept')}</p>
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
            {t('settings.unit.confirm')}
          </button>
        ) : (
          <button type="button" onClick={() => void run(false)}>
            {t('settings.unit.preview')}
          </button>
        )}
        <button type="button" className="link" onClick={() => props.onClose('')}>
          {t('settings.unit.cancel')}
        </button>
      </div>
    </div>
  );
}
