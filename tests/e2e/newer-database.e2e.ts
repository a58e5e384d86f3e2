import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { dumpDb, writeRawDb } from './idb';
import { launchApp, type AppSession } from './harness';

/**
 * Issue 13: a database written by a newer app (raised version with an extra table, a removed table, or a changed
 * key) is refused with a Vietnamese message naming both versions and what to do, before anything is written:
 * afterwards the database's version, tables and rows are exactly as they were. Never a blank page.
 */

const V2_KEYS: Record<string, string | string[]> = {
  meta: 'key',
  units: 'code',
  frameworks: ['id', 'version'],
  assessments: 'id',
  entries: ['assessmentId', 'code'],
  history: 'seq',
};
/** A version far ahead of this app, written by "a newer app". */
const NEWER = CURRENT_SCHEMA_VERSION + 7;
const MARK = { key: 'role', value: { kind: 'district' } };

function layout(change: 'extra' | 'removed' | 'key') {
  const stores: Record<string, { keyPath: string | string[]; rows?: unknown[] }> = {};
  for (const [name, keyPath] of Object.entries(V2_KEYS)) stores[name] = { keyPath };
  stores.meta!.rows = [MARK];
  if (change === 'extra') stores.attachments = { keyPath: 'id', rows: [{ id: 'x', size: 1 }] };
  if (change === 'removed') delete stores.history;
  if (change === 'key') stores.entries = { keyPath: 'id', rows: [{ id: 'e1', code: '1.2' }] };
  return stores;
}

describe('a database newer than the app', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
    await app.page.getByRole('navigation').waitFor();
  });
  afterAll(async () => app?.dispose());

  it.each([
    ['extra', 'an extra table'],
    ['removed', 'a table removed'],
    ['key', 'a changed key'],
  ] as const)('raised with %s (%s) is refused, and left exactly as it was', async (change, _what) => {
    const page = app.page;
    // A page of the app's origin that does not run the app, to write the newer database while nothing holds it.
    await page.goto(new URL('favicon.svg', inject('baseUrl')).href);
    await writeRawDb(page, NEWER * 10, layout(change));
    const before = await dumpDb(page);
    expect(before?.version).toBe(NEWER * 10);

    await page.goto(inject('baseUrl'));
    const refusal = page.getByTestId('db-refused');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain(`cơ sở dữ liệu phiên bản ${NEWER}`);
    expect(text).toContain(`cơ sở dữ liệu phiên bản ${CURRENT_SCHEMA_VERSION}.`);
    expect(text).toMatch(/Cài DTI Desk bản mới hơn/i);
    expect(text).toMatch(/sao lưu/);
    // Give any stray open a moment, then read the disk again from outside the app.
    await page.waitForTimeout(300);
    await page.goto(new URL('favicon.svg', inject('baseUrl')).href);
    expect(await dumpDb(page)).toEqual(before);
  });
});
