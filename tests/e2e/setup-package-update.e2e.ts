// Issue 12: "the same package later brings a new framework version to every commune". The province (Ninh Bình,
// from 7/2025) sets a commune up with its package; later it loads a new version of the commune set and exports the
// package again; the commune, already set up and with an assessment begun, opens it in Cài đặt: new assessments
// get the new version, the one begun keeps its own, and the province receives a file made on the new version.
// (Another unit's package is refused: tests/renderer/db/repositories/receive-package.test.ts.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { exportForm, fillCommuneB, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';
import { ShellPage } from './page-models/shell-page';

/** Clicks a button that opens a file chooser and gives it `path`. */
async function choose(page: Page, button: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Saves the download a click starts into `dir`; returns its path. */
async function download(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

describe('a new framework version reaches a commune already set up, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('province sends the package again with version 2026.1; the commune opens it in Cài đặt', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-package-update-'));
    const province = await launchApp();
    apps.push(province);
    const p = province.page;
    await new AssessmentsModel(p).setupBySearch('2025', 'verifier', 'ninh binh', 'Tỉnh Ninh Bình');
    await new AssessmentsModel(p).finishSetup();
    await new ShellPage(p).open('Cài đặt');
    const exportPackage = () => p.getByRole('button', { name: 'Xuất gói thiết lập cho xã' }).click();
    const first = await download(p, dir, exportPackage);
    await expect
      .poll(() => p.getByRole('status').filter({ hasText: 'Đã lưu goi-thiet-lap' }).innerText())
      .toContain('phiên bản 2025.1');

    // The commune sets itself up from the first package and begins its assessment on 2025.1.
    const commune = await launchApp();
    apps.push(commune);
    const c = commune.page;
    await c.getByText('Thiết lập lần đầu').waitFor();
    await choose(c, 'Mở gói thiết lập cho xã…', first);
    await expect.poll(() => c.getByTestId('setup-package').innerText()).toContain('Tỉnh Ninh Bình (mã 37)');
    await c.locator('input[name=unit-search]:not([disabled])').fill('gia vien');
    await c.getByTestId('unit-hits').getByRole('button').first().click();
    const clist = new AssessmentsModel(c);
    await clist.finishSetup();
    await clist.open('Xã Gia Viễn', YEAR);
    expect(await c.locator('.framework-note').innerText()).toContain('phiên bản 2025.1');

    // The province loads a new version of the commune set (edited in Excel) and exports the package again.
    const row = p.getByTestId('framework-ninh-binh-xa-2025.1');
    const workbook = await download(p, dir, () => row.getByRole('button', { name: 'Xuất Excel' }).click());
    const wb = XLSX.read(await readFile(workbook), { type: 'buffer' });
    const nhom = wb.Sheets['Nhom']!;
    for (let r = 0; r < 40; r++) {
      const key = nhom[XLSX.utils.encode_cell({ r, c: 0 })]?.v;
      if (key === 'version') nhom[XLSX.utils.encode_cell({ r, c: 1 })] = { t: 's', v: '2026.1' };
      if (key === 'title')
        nhom[XLSX.utils.encode_cell({ r, c: 1 })] = { t: 's', v: 'Bộ chỉ số cấp xã của tỉnh Ninh Bình năm 2026' };
    }
    const edited = join(dir, 'bo-chi-so-2026.xlsx');
    await writeFile(edited, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await choose(p, 'Nạp bộ chỉ số từ Excel…', edited);
    await expect
      .poll(() => p.getByRole('status').filter({ hasText: 'Đã nạp bộ chỉ số' }).innerText())
      .toContain('phiên bản 2026.1');
    const second = join(dir, 'goi-lan-2.xlsx');
    await writeFile(second, await readFile(await download(p, dir, exportPackage)));
    await expect
      .poll(() => p.getByRole('status').filter({ hasText: 'Đã lưu goi-thiet-lap' }).innerText())
      .toContain('phiên bản 2026.1');

    await new ShellPage(c).open('Cài đặt');
    await choose(c, 'Mở gói thiết lập mới…', second);
    const done = c.getByRole('status').filter({ hasText: 'bộ chỉ số' });
    await expect
      .poll(() => done.innerText())
      .toContain('Đã nhận bộ chỉ số Bộ chỉ số cấp xã của tỉnh Ninh Bình năm 2026, phiên bản 2026.1');
    expect(await c.getByTestId('framework-ninh-binh-xa-2026.1').innerText()).toContain('từ 1/7/2025');
    await c.setViewportSize({ width: 1366, height: 768 });
    await c.getByRole('heading', { name: 'Gói thiết lập từ đơn vị nhận' }).scrollIntoViewIfNeeded();
    await c.screenshot({ path: join(tmpdir(), 'dti-package-update-commune.png') });

    // The assessment begun keeps 2025.1; the next one gets 2026.1, is filled, exported and received by the province.
    await new ShellPage(c).open('Đánh giá');
    const form = new FormModel(c);
    await form.back();
    await clist.open('Xã Gia Viễn', YEAR);
    expect(await c.locator('.framework-note').innerText()).toContain('phiên bản 2025.1');
    await form.back();
    await clist.open('Xã Gia Viễn', YEAR + 1);
    expect(await c.locator('.framework-note').innerText()).toContain(
      'Bộ chỉ số cấp xã của tỉnh Ninh Bình năm 2026 (phiên bản 2026.1)',
    );
    await fillCommuneB(form);
    await form.waitSaved();
    const file = await exportForm(c, dir);
    await p.getByRole('navigation').getByRole('button', { name: 'Đánh giá', exact: true }).click();
    const ex = new ExchangeModel(p);
    await ex.open();
    await p.locator('input[name=receiving-year]').fill(String(YEAR + 1));
    await ex.importFiles([file.path]);
    expect(await ex.outcome(0).innerText()).not.toContain('Bị từ chối');
    await ex.confirm();
    await expect.poll(async () => (await ex.figures('14464')).revision).toBe('r1');
  });
});
