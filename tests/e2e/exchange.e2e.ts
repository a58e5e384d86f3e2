import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { exportForm } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';

const DISTRICT = { code: '373', name: 'Huyện Gia Viễn' };
const COMMUNE = { code: '14758', name: 'Xã Gia Phong' };
const YEAR = new Date().getFullYear();

/** Row counts and last-change times of the district's IndexedDB, read in the page. */
function dbState(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dti-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              const rows = req.result as { updatedAt?: number; imported?: unknown }[];
              out[n] = {
                count: rows.length,
                updatedAt: rows.map((r) => r.updatedAt ?? null),
                imported: rows.map((r) => r.imported ?? null),
              };
            };
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
        };
      }),
  );
}

async function exportOnce(page: Page, dir: string): Promise<{ path: string; name: string }> {
  return exportForm(page, dir);
}

describe('Excel exchange between a commune and its district, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the commune exports r1 and r2; the district imports, sees the commune, re-imports without change, survives a hostile file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-exchange-'));
    const commune = await launchApp();
    apps.push(commune);
    const list = new AssessmentsModel(commune.page);
    const form = new FormModel(commune.page);
    await list.setupCommune(DISTRICT, COMMUNE);
    await list.open(COMMUNE.name, YEAR);
    await form.value('1.1').selectOption('truong');
    await form.value('1.2', 'a').fill('3');
    await form.value('1.2', 'b').fill('4');
    await form.value('1.4').selectOption('yes');
    await form.evidence('1.4', 'docNumber').fill('15/QĐ-UBND');
    await form.evidence('1.4', 'summary').fill('Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số');
    await form.note('1.2').fill('Năm nay có 4 cuộc họp, 3 cuộc do Chủ tịch chủ trì.');
    await form.waitSaved();
    const r1 = await exportOnce(commune.page, dir);
    expect(r1.name).toMatch(/_r1\.xlsx$/);
    const unitPoints = (await commune.page.getByTestId('unit-points').textContent()) ?? '';
    await form.value('1.5').fill('71,79');
    await form.waitSaved();
    const r2 = await exportOnce(commune.page, dir);
    expect(r2.name).toMatch(/_r2\.xlsx$/);

    const district = await launchApp();
    apps.push(district);
    const page = district.page;
    const districtList = new AssessmentsModel(page);
    await districtList.setupDistrict(DISTRICT.code, DISTRICT.name);
    await districtList.pasteCommunes(`Mã\tTên\n${COMMUNE.code}\t${COMMUNE.name}\n14761\tXã Gia Trung`);
    await expect.poll(() => districtList.unitList().innerText()).toContain('Xã Gia Trung');
    const ex = new ExchangeModel(page);
    await ex.open();
    expect((await ex.figures(COMMUNE.code)).revision).toBe('Chưa nhận');

    await ex.importFiles([r1.path]);
    expect(await ex.outcome(0).textContent()).toBe('Mới');
    await ex.confirm();
    expect(await ex.results().textContent()).toContain('Đã nhập Xã Gia Phong r1');
    await expect.poll(async () => (await ex.figures(COMMUNE.code)).revision).toBe('r1');
    const shown = await ex.figures(COMMUNE.code);
    expect(shown).toMatchObject({ entered: '3/50', completed: '3/50', points: unitPoints });
    const stored = await dbState(page);

    await ex.importFiles([r1.path]);
    expect(await ex.outcome(0).textContent()).toBe('Đã nhập bản này');
    expect(await ex.confirmButton().isDisabled()).toBe(true);
    await ex.cancel();
    expect(await ex.figures(COMMUNE.code)).toEqual(shown);
    expect(await dbState(page)).toEqual(stored);

    const hostile = join(dir, 'bao-cao.xlsx');
    await writeFile(hostile, randomBytes(8192));
    await ex.importFiles([hostile]);
    expect(await ex.outcome(0).textContent()).toMatch(/^Lỗi: .*(Excel|tệp)/);
    await ex.cancel();
    expect(await dbState(page)).toEqual(stored);

    // The page is still usable: the newer revision goes in.
    await ex.importFiles([r2.path]);
    expect(await ex.outcome(0).textContent()).toBe('Bản mới hơn (r1 → r2)');
    await ex.confirm();
    await expect.poll(async () => (await ex.figures(COMMUNE.code)).revision).toBe('r2');
    expect((await ex.figures(COMMUNE.code)).entered).toBe('4/50');
    await page.screenshot({ path: join(tmpdir(), 'dti-exchange-verify.png'), fullPage: true });
  });
});
