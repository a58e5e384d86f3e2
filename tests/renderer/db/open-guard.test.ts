// A database newer than the app (or not shaped as the app knows it) is refused before anything opens it, and the
// check itself changes nothing on disk.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DtiDatabase } from '../../../renderer/db/database';
import { inspectInstalled, judgeInstalled } from '../../../renderer/db/open-guard';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { translate } from '../../../renderer/i18n';

let n = 0;
const unique = () => `guard-${process.pid}-${++n}`;

/** Creates a raw database at IndexedDB version `raw` with the given stores (as a newer app would). */
function rawDb(name: string, raw: number, stores: Record<string, string | string[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, raw);
    req.onupgradeneeded = () => {
      for (const [store, key] of Object.entries(stores)) req.result.createObjectStore(store, { keyPath: key });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('open guard', () => {
  it('reports a missing database as fresh without creating one', async () => {
    const name = unique();
    expect(judgeInstalled(await inspectInstalled(indexedDB, name))).toEqual({ kind: 'fresh' });
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
  });

  it('accepts the current version with its tables', async () => {
    const name = unique();
    const db = new DtiDatabase(name);
    await db.open();
    db.close();
    expect(judgeInstalled(await inspectInstalled(indexedDB, name))).toEqual({ kind: 'current' });
  });

  it('refuses a newer version with both versions in Vietnamese, leaving it untouched', async () => {
    const name = unique();
    const newer = (CURRENT_SCHEMA_VERSION + 1) * 10;
    await rawDb(name, newer, { meta: 'key', units: 'code', extra: 'id' });
    const installed = await inspectInstalled(indexedDB, name);
    const verdict = judgeInstalled(installed);
    expect(verdict.kind).toBe('newer');
    if (verdict.kind !== 'newer') return;
    expect(verdict.message).toContain(`phiên bản ${CURRENT_SCHEMA_VERSION + 1}`);
    expect(verdict.message).toContain(`phiên bản ${CURRENT_SCHEMA_VERSION}.`);
    expect(verdict.message).toMatch(/cài DTI Desk bản mới/);
    expect(verdict.message).toMatch(/sao lưu/);
    // The refusal screen says it from the verdict's figures: the same words in Vietnamese, the versions in English.
    expect(translate('vi', 'app.refused.newer', verdict.params)).toBe(verdict.message);
    expect(translate('en', 'app.refused.newer', verdict.params)).toContain(`version ${CURRENT_SCHEMA_VERSION + 1}`);
    const after = (await indexedDB.databases()).find((d) => d.name === name);
    expect(after?.version).toBe(newer);
    expect(await inspectInstalled(indexedDB, name)).toEqual(installed);
  });

  it('refuses the current version with a table missing or one it does not know', async () => {
    const name = unique();
    await rawDb(name, CURRENT_SCHEMA_VERSION * 10, { meta: 'key', units: 'code', spare: 'id' });
    const verdict = judgeInstalled(await inspectInstalled(indexedDB, name));
    expect(verdict.kind).toBe('foreign');
    expect(verdict.kind === 'foreign' && verdict.message).toMatch(/thiếu bảng frameworks.*có bảng lạ spare/);
  });

  it('lets an older version through as an upgrade', () => {
    expect(judgeInstalled({ exists: true, version: 1, tables: [] }, 3)).toEqual({ kind: 'upgrade', from: 1 });
  });
});
