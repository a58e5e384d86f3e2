// Every read-write transaction the app opens asks IndexedDB for strict durability (Chromium then flushes a commit
// to disk before reporting it done, so "Đã lưu" survives a killed process). Watched at IndexedDB itself while the
// app's writes run, and checked in the sources: nothing in the renderer opens a database but DtiDatabase.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { saveInfoField } from '../../../renderer/db/repositories/assessments';
import { saveEntryField } from '../../../renderer/db/repositories/entries';
import { setMeta } from '../../../renderer/db/repositories/meta';
import { agreeGroupVerdicts, saveVerdict } from '../../../renderer/db/repositories/verdicts';
import { districtDb } from '../exchange/helpers';
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
