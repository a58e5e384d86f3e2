import { useLiveQuery } from 'dexie-react-hooks';
import { wordsFor, type LevelWords } from '@shared/units/level-words';
import { db } from '../db/db';
import { getDistrict } from '../db/repositories/units';

/** The words of this machine's receiving level ("huyện" before 7/2025, "tỉnh" from 7/2025); district until read. */
export function useReceivingWords(): LevelWords {
  const type = useLiveQuery(async () => (await getDistrict(db))?.type, []);
  return wordsFor(type);
}
