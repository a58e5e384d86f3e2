// Helpers of the import tests: a hash of the whole database, a district machine, a direct (worker-less) reader.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { readAssessmentFile } from '../../../shared/exchange/import';
import type { DtiDatabase } from '../../../renderer/db/database';
import { setMeta } from '../../../renderer/db/repositories/meta';
import { addCommunes, saveDistrict } from '../../../renderer/db/repositories/units';
import type { FileReader } from '../../../renderer/exchange/import-pipeline';
import { freshDb } from '../db/fixtures';

/** SHA-256 of the canonical JSON of every table's rows (tables by name, rows in primary-key order). */
export async function dbHash(db: DtiDatabase): Promise<string> {
  const parts: string[] = [];
  for (const t of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    parts.push(t.name, JSON.stringify(await t.toArray()));
  }
  return bytesToHex(sha256(utf8ToBytes(parts.join('\n'))));
}

/** A district machine (Huyện Gia Viễn, 373) holding Xã Gia Phong (14758) and the shipped frameworks. */
export async function districtDb(withFrameworks = true): Promise<DtiDatabase> {
  const db = await freshDb(withFrameworks);
  await saveDistrict(db, { code: '373', name: 'Huyện Gia Viễn' });
  await addCommunes(db, '373', [
    { code: '14758', name: 'Xã Gia Phong' },
    { code: '14761', name: 'Xã Gia Trung' },
  ]);
  await setMeta(db, 'role', { kind: 'district' });
  return db;
}

/** A commune machine of Xã Gia Phong. */
export async function communeDb(): Promise<DtiDatabase> {
  const db = await freshDb();
  await saveDistrict(db, { code: '373', name: 'Huyện Gia Viễn' });
  await addCommunes(db, '373', [{ code: '14758', name: 'Xã Gia Phong' }]);
  await setMeta(db, 'role', { kind: 'commune', communeCode: '14758' });
  return db;
}

/** Reads files on the calling thread with the frameworks held by `db` (the app does the same in a worker). */
export async function directReader(db: DtiDatabase): Promise<FileReader> {
  const fws = await db.frameworks.toArray();
  return async (bytes, name) =>
    readAssessmentFile(bytes, name, {
      resolveFramework: (id, v) => fws.find((f) => f.id === id && f.version === v)?.framework,
    });
}
