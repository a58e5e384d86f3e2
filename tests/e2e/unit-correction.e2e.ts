// Issue 12: a commune set up before 7/2025 (Xã Gia Phong under Huyện Gia Viễn) that now reports to the province
// corrects its units in Cài đặt, after a confirmation: its assessment and every typed value stay, the change is in
// the history, and the next exported file names Tỉnh Ninh Bình, from the 2025 list.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { exportForm, fillCommuneB, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ShellPage } from './page-models/shell-page';

/** The _manifest sheet of an exported file as key → value. */
async function manifestOf(path: string): Promise<Map<string, string>> {
  const wb = XLSX.read(await readFile(path), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['_manifest']!, { header: 1, raw: false });
  return new Map(rows.map((r) => [String(r[0]), String(r[1] ?? '')]));
}

describe('a commune corrects its units in Cài đặt, in Chromium', () => {
  let app: AppSession | undefined;
  let dir = '';
  afterAll(async () => {
    await app?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Gia Phong moves from Huyện Gia Viễn (2024) to Tỉnh Ninh Bình (2025) without losing its assessment', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-correct-'));
    app = await launchApp();
    const page = app.page;
    const list = new AssessmentsModel(page);
    await list.setupBySearch('2024', 'commune', 'gia phong', /^Xã Gia Phong — Huyện Gia Viễn/);
    await list.finishSetup();
    await list.open('Xã Gia Phong', YEAR);
    const form = new FormModel(page);
    await fillCommuneB(form);
    await form.waitSaved();
    expect((await manifestOf((await exportForm(page, dir)).path)).get('parentName')).toBe('Huyện Gia Viễn');

    const shell = new ShellPage(page);
    await shell.open('Cài đặt');
    const units = page.getByTestId('machine-units');
    expect(await units.innerText()).toContain('Huyện Gia Viễn (mã 373)');
    await page.getByRole('button', { name: 'Sửa đơn vị…' }).click();
    const box = page.getByTestId('unit-correct');
    await box.getByLabel(/^từ 1\/7\/2025/).check();
    await box.locator('input[name=unit-search]:not([disabled])').fill('gia phong');
    await box
      .getByTestId('unit-hits')
      .getByRole('button', { name: /^Xã Gia Phong — Tỉnh Ninh Bình/ })
      .click();
    await box.getByRole('button', { name: 'Xem thay đổi' }).click();
    // Nothing is written before the confirmation.
    expect(await box.getByTestId('correct-plan').innerText()).toContain(
      'Đơn vị nhận: Huyện Gia Viễn (mã 373) → Tỉnh Ninh Bình (mã 37)',
    );
    expect(await units.innerText()).toContain('Huyện Gia Viễn (mã 373)');
    await box.getByRole('button', { name: 'Xác nhận sửa' }).click();
    await expect.poll(() => units.innerText()).toContain('Tỉnh Ninh Bình (mã 37)');
    expect(await units.innerText()).toContain('từ 1/7/2025');
    expect(await page.getByRole('status').first().innerText()).toContain('Các bản đánh giá được giữ nguyên');

    // Back to the form that was open: the same assessment, with its values.
    await shell.open('Đánh giá');
    await page.getByTestId('entry-title').waitFor();
    expect(await form.value('1.1').inputValue()).toBe('pho');
    expect(await form.value('1.4').inputValue()).toBe('yes');
    const m = await manifestOf((await exportForm(page, dir)).path);
    expect([m.get('unitCode'), m.get('unitList'), m.get('parentCode'), m.get('parentName')]).toEqual([
      '14524',
      '2025',
      '37',
      'Tỉnh Ninh Bình',
    ]);
    const history = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('dti-desk');
          open.onsuccess = () => {
            const req = open.result.transaction('historyBooks').objectStore('historyBooks').getAll();
            req.onsuccess = () => {
              const books = req.result as { logs: Record<string, { field: string; new: string }[]> }[];
              resolve(
                books
                  .flatMap((b) => Object.values(b.logs).flat())
                  .filter((r) => r.field === 'parent')
                  .map((r) => r.new),
              );
              open.result.close();
            };
          };
        }),
    );
    expect(history).toEqual(['Tỉnh Ninh Bình (mã 37)', 'Tỉnh Ninh Bình (mã 37)']);
  });

  it('a commune typed by hand (a merger not yet in the list) corrects its typed code, with its assessment kept', async () => {
    await app?.dispose();
    app = await launchApp();
    const page = app.page;
    const list = new AssessmentsModel(page);
    // Set up by hand, from 7/2025: a new commune not in the list, its code mistyped.
    await list.startSetup('2025', 'commune');
    await list.typeByHand();
    await page.locator('input[name=district-code]').fill('37');
    await page.locator('input[name=district-name]').fill('Tỉnh Ninh Bình');
    await page.locator('input[name=commune-code]').fill('99991');
    await page.locator('input[name=commune-name]').fill('Xã Gia Hưng Mới');
    await list.finishSetup();
    await list.open('Xã Gia Hưng Mới', YEAR);
    const form = new FormModel(page);
    await fillCommuneB(form);
    await form.waitSaved();

    const shell = new ShellPage(page);
    await shell.open('Cài đặt');
    const units = page.getByTestId('machine-units');
    expect(await units.innerText()).toContain('Xã Gia Hưng Mới (mã 99991) — nhập tay, không có trong danh mục');
    await page.getByRole('button', { name: 'Sửa đơn vị…' }).click();
    const box = page.getByTestId('unit-correct');
    // A typed unit opens on its typed fields, filled with what it is now.
    const typed = box.getByTestId('correct-typed');
    expect(await typed.locator('input[name=correct-commune-code]').inputValue()).toBe('99991');
    await typed.locator('input[name=correct-commune-code]').fill('99 1');
    await box.getByRole('button', { name: 'Xem thay đổi' }).click();
    expect(await box.getByRole('alert').innerText()).toContain('Xã: mã đơn vị "99 1" không hợp lệ');
    await typed.locator('input[name=correct-commune-code]').fill('99919');
    await typed.locator('input[name=correct-commune-name]').fill('Xã  Gia Hưng');
    await box.getByRole('button', { name: 'Xem thay đổi' }).click();
    expect(await box.getByTestId('correct-plan').innerText()).toContain(
      'Xã: Xã Gia Hưng Mới (mã 99991) → Xã Gia Hưng (mã 99919)',
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmpdir(), 'dti-unit-correct-typed.png') });
    await box.getByRole('button', { name: 'Xác nhận sửa' }).click();
    await expect.poll(() => units.innerText()).toContain('Xã Gia Hưng (mã 99919) — nhập tay');

    await shell.open('Đánh giá');
    await page.getByTestId('entry-title').waitFor();
    expect(await form.value('1.1').inputValue()).toBe('pho');
    const m = await manifestOf((await exportForm(page, dir)).path);
    expect([m.get('unitCode'), m.get('unitName'), m.get('parentCode')]).toEqual(['99919', 'Xã Gia Hưng', '37']);
  });
});
