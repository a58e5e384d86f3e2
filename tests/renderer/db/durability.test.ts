// Every read-write transaction the app opens asks IndexedDB for strict durability (Chromium then flushes a commit
// to disk before reporting it done, so "Đã lưu" survives a killed process), but an import batch's: its files commit
// relaxed on the batch connection and one strict write after the last flushes them all before the results show.
// Watched at IndexedDB itself while the app's writes run, and checked in the sources: nothing in the renderer opens a
// database but DtiDatabase.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { saveInfoField } from '../../../renderer/db/repositories/assessments';
import { saveEntryField } from '../../../renderer/db/repositories/entries';
import { getMeta, setMeta } from '../../../renderer/db/repositories/meta';
import { DtiDatabase } from '../../../renderer/db/database';
import { batchDb } from '../../../renderer/db/db';
import { DB_NAME } from '../../../renderer/db/schema';
import { commitImport, dryRun } from '../../../renderer/exchange/import-pipeline';
import { exportAssessment } from '../../../shared/exchange/export';
import { sampleInput } from '../../shared/exchange/sample';
import { agreeGroupVerdicts, saveVerdict } from '../../../renderer/db/repositories/verdicts';
import { directReader, districtDb } from '../exchange/helpers';
import { giaPhongAssessment } from './fixtures';

type Seen = { mode: string; durability: string | undefined; stores: string[] };
const seen: Seen[] = [];
const proto = IDBDatabase.prototype as unknown as { transaction: (...a: unknown[]) => IDBTransaction };
const original = proto.transaction;

beforeAll(() => {
  proto.transaction = function (this: IDBDatabase, stores: unknown, mode?: unknown, options?: unknown) {
    const names = typeof stores === 'string' ? [stores] : Array.from(stores as Iterable<string>);
    seen.push({
      mode: String(mode ?? 'readonly'),
      durability: (options as { durability?: string } | undefined)?.durability,
      stores: names,
    });
    return original.call(this, stores, mode, options);
  };
});
afterAll(() => {
  proto.transaction = original;
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('strict durability', () => {
  it('every read-write transaction of the app’s writes is strict', async () => {
    const db = await districtDb();
    const a = await giaPhongAssessment(db);
    await saveEntryField(db, a.id, '1.2', { kind: 'raw', name: 'numerator' }, '3');
    await saveEntryField(db, a.id, '1.2', { kind: 'note' }, 'Giải trình');
    await saveInfoField(db, a.id, 'address', 'Thôn Phong Hậu, xã Gia Phong');
    await saveVerdict(db, a.id, '1.2', { verdict: 'agree', at: 1 });
    await agreeGroupVerdicts(db, a.id, 1, { at: 2 });
    await setMeta(db, 'provinceEmail', 'sokhcn@ninhbinh.gov.vn');
    const { bytes } = await createBackup(db, { appVersion: '0.1.0', reason: 'manual' });
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error(read.error.message);
    await restoreBackup(db, read.backup);

    const writes = seen.filter((t) => t.mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(8);
    expect(writes.filter((t) => t.durability !== 'strict')).toEqual([]);
  });

  it('an import batch: each file relaxed on the batch connection, then one strict write once all are stored', async () => {
    const db = await districtDb();
    const files = await Promise.all(
      ['14758', '14761'].map(async (code) => ({
        name: `${code}.xlsx`,
        bytes: (await exportAssessment(sampleInput({ unit: { code, name: `Xã ${code}`, type: 'commune' } }))).bytes,
      })),
    );
    const plans = await dryRun(db, files, await directReader(db), { period: { year: 2024, kind: 'year' } });
    const batch = new DtiDatabase(db.name, { durability: 'relaxed' });
    seen.length = 0;
    const results = await commitImport(db, plans, [], { batch });
    expect(results.map((r) => r.kind)).toEqual(['imported', 'imported']);
    const writes = seen.filter((t) => t.mode === 'readwrite');
    expect(writes.map((t) => t.durability)).toEqual(['relaxed', 'relaxed', 'strict']);
    expect(writes.at(-1)?.stores).toEqual(['meta']);
    expect((await getMeta(db, 'lastImport'))?.stored).toBe(2);
    // Nothing stored, nothing to flush: a batch of files already held writes nothing at all.
    seen.length = 0;
    const again = await dryRun(db, files, await directReader(db), { period: { year: 2024, kind: 'year' } });
    await commitImport(db, again, [], { batch });
    expect(seen.filter((t) => t.mode === 'readwrite')).toEqual([]);
    batch.close();
  });

  it("the app's batch connection is the relaxed one, on the app's database", async () => {
    seen.length = 0;
    await batchDb().meta.put({ key: 'probe', value: 1 });
    expect(seen.filter((t) => t.mode === 'readwrite').map((t) => t.durability)).toEqual(['relaxed']);
    expect(batchDb().name).toBe(DB_NAME);
    expect(batchDb()).toBe(batchDb());
    batchDb().close();
  });

  it('nothing in the renderer opens IndexedDB except through DtiDatabase (and the read-only open guard)', () => {
    const root = join(__dirname, '..', '..', '..', 'renderer');
    const offenders = sources(root).filter((path) => {
      const text = readFileSync(path, 'utf8');
      const opens = /new Dexie\(|indexedDB\.open\(|\.transaction\(\s*\[?['"]?[\w, '"]*\]?\s*,\s*['"]readwrite['"]/.test(
        text,
      );
      return opens && !path.endsWith(join('db', 'open-guard.ts'));
    });
    expect(offenders).toEqual([]);
  });
});
