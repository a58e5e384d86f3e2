import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Vi, withNodes } from '../../components/with-nodes';
import { db } from '../../db/db';
import { getMeta } from '../../db/repositories/meta';
import { getDistrict } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { useT } from '../../i18n';
import { CorrectForm } from './correct-form';

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
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState('');
  // While the database answers, the panel keeps its place (heading only), so the panels below do not jump down.
  if (state === undefined)
    return (
      <section className="settings card" aria-labelledby="unit-panel-title" aria-busy="true">
        <h2 id="unit-panel-title">{t('settings.unit.title')}</h2>
      </section>
    );
  if (!state.receiving) return null;
  const { receiving, own, commune } = state;
  return (
    <section className="settings card" aria-labelledby="unit-panel-title">
      <h2 id="unit-panel-title">{t('settings.unit.title')}</h2>
      <dl data-testid="machine-units">
        {own && (
          <>
            <dt>{t('settings.unit.commune')}</dt>
            <dd>
              <UnitName unit={own} />
            </dd>
          </>
        )}
        <dt>{t(commune ? 'settings.unit.sendTo' : 'settings.unit.verifier')}</dt>
        <dd>
          <UnitName unit={receiving} />
        </dd>
        <dt>{t('settings.unit.list')}</dt>
        <dd>{t(`settings.unit.period.${receiving.list ?? '2024'}`)}</dd>
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
          {t('settings.unit.edit')}
        </button>
      )}
    </section>
  );
}

/** "Xã Gia Phong (mã 14524)", the name in Vietnamese; a unit typed by hand at setup says so. */
function UnitName({ unit }: { unit: UnitRow }) {
  const t = useT();
  return (
    <>
      {withNodes(t('settings.unit.nameCode', { code: unit.code }), { name: <Vi>{unit.name}</Vi> })}
      {unit.official === false && t('settings.unit.handNote')}
    </>
  );
}
