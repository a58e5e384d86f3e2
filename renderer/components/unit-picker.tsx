import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { OfficialKind, OfficialList, OfficialListId, OfficialUnit } from '@shared/units/official';
import { describeOfficial, searchOfficial } from '@shared/units/search';
import { loadOfficialList } from '../db/official-lists';
import { useT } from '../i18n';
import { Field } from './field';

const SHOWN = 20;

/** The official list, loaded on first use (it is not part of the initial bundle). */
export function useOfficialList(id: OfficialListId): { list?: OfficialList; error?: string } {
  const [state, setState] = useState<{ id: OfficialListId; list?: OfficialList; error?: string }>({ id });
  useEffect(() => {
    let live = true;
    loadOfficialList(id).then(
      (list) => live && setState({ id, list }),
      (e: unknown) => live && setState({ id, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state : {};
}

export interface UnitPickerProps {
  listId: OfficialListId;
  kinds: readonly OfficialKind[];
  /** The field's label (a sentence may hold a unit's name in a lang="vi" element). */
  label: ReactNode;
  /** Only units under this code (a province or district). */
  within?: string;
  picked?: OfficialUnit;
  onPick: (unit: OfficialUnit, list: OfficialList) => void;
}

/**
 * Picks a unit of an official list by searching its name without diacritics ("gia vien"): the officer types, the
 * matches show with the names above them (to tell namesakes apart), Enter or a click picks.
 */
export function UnitPicker({ listId, kinds, label, within, picked, onPick }: UnitPickerProps) {
  const { list, error } = useOfficialList(listId);
  const t = useT();
  const [query, setQuery] = useState('');
  const hits = useMemo(
    () => (list ? searchOfficial(list, query, { kinds, within, limit: SHOWN }) : []),
    [list, query, kinds, within],
  );
  if (error)
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  return (
    <div className="unit-picker" data-testid="unit-picker">
      <Field label={label}>
        <input
          name="unit-search"
          type="search"
          autoComplete="off"
          placeholder={list ? t('comp.unitPicker.placeholder') : t('comp.unitPicker.loading')}
          disabled={!list}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && hits[0] && list) {
              e.preventDefault();
              onPick(hits[0], list);
            }
          }}
        />
      </Field>
      {list && query.trim() !== '' && (
        <ul className="unit-hits" data-testid="unit-hits">
          {hits.length === 0 && <li className="muted">{t('comp.unitPicker.none')}</li>}
          {hits.map((u) => (
            <li key={u.code}>
              <button
                type="button"
                className={picked?.code === u.code ? 'link picked' : 'link'}
                aria-pressed={picked?.code === u.code}
                onClick={() => onPick(u, list)}
              >
                <span lang="vi">{describeOfficial(list, u)}</span>{' '}
                <span className="muted">· {t('comp.unitPicker.code', { code: u.code })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
