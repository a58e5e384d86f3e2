import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel } from './page-models/assessment-page';
import { ShellPage } from './page-models/shell-page';

/** Edits a framework workbook: metadata in sheet Nhom (key in column A, value in B), cells in sheet ChiSo. */
function editWorkbook(bytes: Buffer, meta: Record<string, string>, cells: Record<string, string> = {}): Buffer {
  const wb = XLSX.read(bytes, { type: 'buffer' });
  const nhom = wb.Sheets['Nhom']!;
  const range = XLSX.utils.decode_range(nhom['!ref']!);
  for (let r = range.s.r; r <= range.e.r; r++) {
    const key = nhom[XLSX.utils.encode_cell({ r, c: 0 })]?.v;
    if (typeof key === 'string' && key in meta) nhom[XLSX.utils.encode_cell({ r, c: 1 })] = { t: 's', v: meta[key] };
  }
  for (const [addr, v] of Object.entries(cells)) wb.Sheets['ChiSo']![addr] = { t: 's', v };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('frameworks as data, in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('shows the shipped frameworks as reconstructions, exports one, loads an edited version, refuses broken and changed files', async () => {
    app = await launchApp();
    const { page } = app;
    await new AssessmentsModel(page).setupCommune(
      { code: '377', name: 'Huyện Gia Viễn' },
      { code: '09244', name: 'Xã Gia Phong' },
    );
    await new ShellPage(page).open('Cài đặt');
    const table = page.getByTestId('framework-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.innerText()).toContain('chưa phải văn bản chính thức');
    expect(await table.getByText('Có sẵn trong ứng dụng').count()).toBe(3);
    // Each set says its level and the administrative period it applies to (issue 12).
    expect(await page.getByTestId('framework-ninh-binh-huyen-2022.1').innerText()).toMatch(
      /Cấp huyện\s+trước 1\/7\/2025/,
    );
    expect(await page.getByTestId('framework-ninh-binh-xa-2022.1').innerText()).toMatch(
      /Cấp xã\s+trước 1\/7\/2025; từ 1\/7\/2025/,
    );
    expect(await page.getByTestId('framework-ninh-binh-xa-2025.1').innerText()).toMatch(
      /xã, phường, đặc khu.*\s+Cấp xã \(xã, phường, đặc khu\)\s+từ 1\/7\/2025\s+2025\.1/s,
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmpdir(), 'dti-frameworks-periods.png') });
    // The buttons' cell is a cell of its row like the others (a flex cell once left the table: borders askew).
    const cells = page.getByTestId('framework-ninh-binh-xa-2025.1').locator('td');
    const [first, actions] = [await cells.first().boundingBox(), await cells.last().boundingBox()];
    expect([actions!.y, actions!.height]).toEqual([first!.y, first!.height]);

    const row = page.getByTestId('framework-ninh-binh-xa-2022.1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bo-chi-so_ninh-binh-xa_2022.1.xlsx');
    const exported = await readFile((await download.path())!);
    const dir = app.profileDir;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));

    const upload = async (name: string, bytes: Buffer) => {
      const file = join(dir, name);
      await writeFile(file, bytes);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Nạp bộ chỉ số từ Excel…' }).click(),
      ]);
      await chooser.setFiles(file);
    };

    // A province's edited list under a new version loads and becomes the default for new assessments.
    await upload('v2025.xlsx', editWorkbook(exported, { version: '2026.1', title: 'Bộ chỉ số cấp xã năm 2025' }));
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Đã nạp bộ chỉ số: Bộ chỉ số cấp xã năm 2025, phiên bản 2026.1 (50 chỉ số)');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    // The workbook (about 28 kB) was read in the app's import worker, off the page's thread.
    expect(
      await page.evaluate(() => (globalThis as { __dtiLastOutsideRead?: unknown }).__dtiLastOutsideRead),
    ).toMatchObject({ kind: 'framework', name: 'v2025.xlsx', readIn: 'worker' });
    expect(workers.some((u) => u.includes('import.worker'))).toBe(true);

    // A broken rule: refused with sheet, row, column and indicator; nothing added.
    await upload('broken.xlsx', editWorkbook(exported, { version: '2026.2' }, { I3: 'steps:abc' }));
    const errors = page.getByTestId('framework-errors');
    await expect.poll(() => errors.innerText()).toContain('Trang "ChiSo", dòng 3, cột "scoring", chỉ số 1.2');
    expect(await table.locator('tbody tr').count()).toBe(4);

    // Used by an assessment, version 2026.1 can no longer change.
    await new ShellPage(page).open('Đánh giá');
    await new AssessmentsModel(page).open('Xã Gia Phong', 2025);
    expect(await page.locator('.framework-note').innerText()).toContain('Bộ chỉ số cấp xã năm 2025 (phiên bản 2026.1)');
    await new ShellPage(page).open('Cài đặt');
    await upload('changed.xlsx', editWorkbook(exported, { version: '2026.1', title: 'Tên khác' }));
    await expect.poll(() => errors.innerText()).toContain('đã được 1 bản đánh giá sử dụng nên không thể thay đổi');
    expect(await page.getByTestId('framework-ninh-binh-xa-2026.1').innerText()).toContain('Bộ chỉ số cấp xã năm 2025');
  });
});
