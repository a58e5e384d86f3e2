import { useState, type FormEvent, type ReactNode } from 'react';
import type { SetupPackage } from '@shared/exchange/setup-package';
import { LAST_DISTRICT_YEAR, type OfficialListId, type OfficialUnit } from '@shared/units/official';
import { matchOfficial } from '@shared/units/match';
import { describeOfficial } from '@shared/units/search';
import { checkTypedUnits, type TypedUnitErrors, type TypedUnits } from '@shared/units/unit-fields';
import { Vi, withNodes } from '../../components/with-nodes';
import { UnitPicker, useOfficialList } from '../../components/unit-picker';
import { db } from '../../db/db';
import { installPackageFramework } from '../../db/repositories/setup-package';
import { handRow, officialRow, saveSetup, unitTypeFromName, type SetupChoice } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { Check } from '../../components/check';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';
import { SharedMessage } from '../../components/shared-message';
import { ManualFields, type Role } from './manual-fields';
import { SetupPackageButton } from './setup-package-button';

const PERIODS: readonly OfficialListId[] = ['2025', '2024'];

/**
 * First run: the administrative period, what the machine is for (one commune, or the verifier: the district
 * before 7/2025, the province from 7/2025) and the unit, picked from the official list by searching its name.
 * A unit not in the list (a future merger) can be typed by hand, with a warning.
 */
export function SetupPage() {
  const t = useT();
  const [listId, setListId] = useState<OfficialListId>('2025');
  const [role, setRole] = useState<Role>('commune');
  const [picked, setPicked] = useState<OfficialUnit | undefined>();
  const [fill, setFill] = useState(true);
  const [manual, setManual] = useState(false);
  const [typed, setTyped] = useState<TypedUnits>({ rCode: '', rName: '', cCode: '', cName: '' });
  const [error, setError] = useState<ReactNode>(null);
  const [fieldErrors, setFieldErrors] = useState<TypedUnitErrors>({});
  const [pkg, setPkg] = useState<{ pkg: SetupPackage; fileName: string } | undefined>();
  const setReceivingPeriod = useAppStore((s) => s.setReceivingPeriod);
  const { list } = useOfficialList(listId);
  const level = listId === '2025' ? 'province' : 'district';
  // The shared check names the receiving level in Vietnamese; the screen says it in the UI language.
  const verifierVi = listId === '2025' ? 'tỉnh' : 'huyện';
  const verifierWord = t(`setup.word.${level}`);
  const communeWords = t(`setup.communes.${listId}`);
  const pickedOk = picked && list?.byCode.get(picked.code) === picked ? picked : undefined;
  const children = pickedOk && role === 'verifier' ? (list?.childrenOf.get(pickedOk.code) ?? []) : [];

  const reset = (next: { listId?: OfficialListId; role?: Role }) => {
    if (next.listId) setListId(next.listId);
    if (next.role) setRole(next.role);
    setPicked(undefined);
    setError(null);
    setFieldErrors({});
  };

  const choice = (): SetupChoice | string => {
    if (!list) return t('setup.error.listLoading');
    const receivingType = listId === '2025' ? 'province' : 'district';
    if (manual) {
      // Every field's problem at once, each shown beside its field.
      const checked = checkTypedUnits(typed, role === 'commune', verifierVi);
      setFieldErrors(checked.ok ? {} : checked.errors);
      if (!checked.ok) return t('setup.error.fixMarked');
      const receiving = handRow(list, checked.receiving, receivingType);
      if (!checked.commune) return { list: listId, receiving, communes: [] };
      const c = checked.commune;
      return { list: listId, receiving, own: handRow(list, c, unitTypeFromName(c.name)), communes: [] };
    }
    if (!pickedOk)
      return role === 'commune' ? t('setup.error.pickCommune') : t('setup.error.pickVerifier', { what: verifierWord });
    if (pkg) {
      // From the verifier's package: its unit exactly as the package names it, the commune picked under it.
      const r = pkg.pkg.receiving;
      const inList = list.byCode.get(r.code);
      const receiving: UnitRow = inList
        ? {
            ...officialRow(inList, listId, ''),
            name: r.name,
            type: r.level,
            official: matchOfficial(list, { ...r, type: r.level }),
          }
        : handRow(list, r, r.level);
      return { list: listId, receiving, own: officialRow(pickedOk, listId, r.code), communes: [] };
    }
    if (role === 'verifier') {
      const receiving = { ...officialRow(pickedOk, listId, ''), type: receivingType } as UnitRow;
      const communes = fill ? children.map((u) => officialRow(u, listId, pickedOk.code)) : [];
      return { list: listId, receiving, communes };
    }
    const parent = list.byCode.get(pickedOk.parentCode);
    if (!parent) return t('setup.error.noParent');
    return {
      list: listId,
      receiving: officialRow(parent, listId, ''),
      own: officialRow(pickedOk, listId, parent.code),
      communes: [],
    };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const c = choice();
    if (typeof c === 'string') return setError(c);
    try {
      if (pkg) {
        const fw = await installPackageFramework(db, pkg.pkg);
        if (!fw.ok) return setError(<SharedMessage message={fw.message} />);
      }
      await saveSetup(db, c);
      // A district (before 7/2025 only) receives for 2024, not for this year.
      if (c.receiving.type === 'district') setReceivingPeriod({ year: LAST_DISTRICT_YEAR, kind: 'year' });
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form className="setup card" onSubmit={submit} aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      {!pkg && (
        <SetupPackageButton
          onOpened={(p, fileName) => {
            setPkg({ pkg: p, fileName });
            setListId(p.list);
            setRole('commune');
            setManual(false);
            setPicked(undefined);
            setError(null);
          }}
        />
      )}
      {pkg && (
        <div className="form-ok" data-testid="setup-package" role="status">
          <p>
            {withNodes(
              t('setup.package.opened', {
                code: pkg.pkg.receiving.code,
                file: pkg.fileName,
                list: t(`setup.package.list.${pkg.pkg.list}`),
                version: pkg.pkg.framework.version,
                count: pkg.pkg.framework.indicators.length,
              }),
              { unit: <Vi>{pkg.pkg.receiving.name}</Vi>, framework: <Vi>{pkg.pkg.framework.title}</Vi> },
            )}
          </p>
          <button type="button" className="link" onClick={() => (setPkg(undefined), setPicked(undefined))}>
            {t('setup.package.drop')}
          </button>
        </div>
      )}
      {!pkg && (
        <fieldset>
          <legend>{t('setup.period')}</legend>
          {PERIODS.map((id) => (
            <Check key={id} type="radio" name="period" checked={listId === id} onChange={() => reset({ listId: id })}>
              {t(`setup.period.${id}`)}
            </Check>
          ))}
        </fieldset>
      )}
      {!pkg && (
        <fieldset>
          <legend>{t('setup.role')}</legend>
          {(['commune', 'verifier'] as const).map((r) => (
            <Check key={r} type="radio" name="role" checked={role === r} onChange={() => reset({ role: r })}>
              {t(`setup.role.${r}.${listId}`)}
            </Check>
          ))}
        </fieldset>
      )}
      {!manual && (
        <fieldset>
          <legend>
            {role === 'commune'
              ? t('setup.unit.commune', { communes: communeWords })
              : t(`setup.unit.verifier.${level}`)}
          </legend>
          <UnitPicker
            listId={listId}
            kinds={role === 'commune' ? ['commune'] : [listId === '2025' ? 'province' : 'district']}
            {...(pkg ? { within: pkg.pkg.receiving.code } : {})}
            label={role === 'commune' ? t('setup.search.commune') : t('setup.search.verifier', { what: verifierWord })}
            picked={pickedOk}
            onPick={(u) => {
              setPicked(u);
              setError(null);
            }}
          />
          {pickedOk && list && (
            <p className="form-ok" data-testid="picked-unit">
              {withNodes(t('setup.picked', { code: pickedOk.code }), {
                unit: <Vi>{describeOfficial(list, pickedOk)}</Vi>,
              })}
            </p>
          )}
          {pickedOk && role === 'verifier' && (
            <Check type="checkbox" name="fill" checked={fill} onChange={(e) => setFill(e.target.checked)}>
              {withNodes(t('setup.fill', { count: children.length, communes: communeWords }), {
                name: <Vi>{pickedOk.name}</Vi>,
              })}
            </Check>
          )}
        </fieldset>
      )}
      {manual && (
        <ManualFields
          role={role}
          level={level}
          typed={typed}
          errors={fieldErrors}
          onChange={setTyped}
          onCancel={() => {
            setManual(false);
            setFieldErrors({});
          }}
        />
      )}
      {!manual && !pkg && (
        <button type="button" className="link" onClick={() => setManual(true)}>
          {t('setup.byHand')}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={!list}>
        {t('setup.start')}
      </button>
    </form>
  );
}
