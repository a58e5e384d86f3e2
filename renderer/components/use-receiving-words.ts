import { useLiveQuery } from 'dexie-react-hooks';
import { levelOf, wordsFor, type LevelWords } from '@shared/units/level-words';
import { db } from '../db/db';
import { getDistrict } from '../db/repositories/units';
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
