import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { levelOf, wordsFor, type LevelWords } from '@shared/units/level-words';
import { db } from '../db/db';
import { getDistrict } from '../db/repositories/units';
import { receivingNameOf } from '../db/queries/receiving';
import type { UnitRow } from '../db/types';
import { useT } from '../i18n';

/** The words of this machine's receiving level ("huyện" before 7/2025, "tỉnh" from 7/2025); district until read. */
export function useReceivingWords(): LevelWords {
  const type = useLiveQuery(async () => (await getDistrict(db))?.type, []);
  return wordsFor(type);
}

/** The receiving level's noun in the UI language: "huyện" / "tỉnh", "district" / "province". */
export function useReceivingNoun(): string {
  const t = useT();
  const type = useLiveQuery(async () => (await getDistrict(db))?.type, []);
  return t(levelOf(type) === 'province' ? 'comp.level.province' : 'comp.level.district');
}

/**
 * Whom `unit`'s own report goes to, as its documents name it (receivingNameOf: a commune's receiving unit, a
 * district's province); undefined until read. Not a live query: a district's province comes from the official list.
 */
export function useReceivingName(unit: UnitRow | undefined): string | undefined {
  const [name, setName] = useState<string>();
  const code = unit?.code;
  const unitName = unit?.name;
  const type = unit?.type;
  const parentCode = unit?.parentCode;
  useEffect(() => {
    if (code === undefined || unitName === undefined || type === undefined || parentCode === undefined) return;
    let live = true;
    void receivingNameOf(db, { code, name: unitName, type, parentCode }).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [code, unitName, type, parentCode]);
  return name;
}
