// A batch above the app's limit is refused before any file is checked, with the way to the command-line tool; a
// large dry run is shown a page at a time, every file still in it; files dropped on the page keep their order; a
// committed batch is told in one headline, the files not imported first and the imported ones folded.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportAssessment } from '../../shared/exchange/export';
import { sampleInput } from '../shared/exchange/sample';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';

let app: AppSession | undefined;
let dir = '';
afterAll(async () => {
  await app?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function files(n: number, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = join(dir, `${prefix}-${String(i).padStart(4, '0')}.xlsx`);
    await writeFile(p, randomBytes(64));
    out.push(p);
  }
  return out;
}

describe('import batches in Chromium', () => {
  it('refuses 1,001 files up front pointing to dti-desk, and pages a 150-file dry run', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-batch-'));
    app = await launchApp();
    const { page } = app;
    await new AssessmentsModel(page).setupDistrict('373', 'Huyện Gia Viễn');
    const ex = new ExchangeModel(page);
    await ex.open();

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Nhập tệp của xã…' }).click(),
    ]);
    await chooser.setFiles(await files(1001, 'many'));
    const alert = page.getByRole('alert').filter({ hasText: 'dti-desk check' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Lượt nhập có 1.001 tệp, nhiều hơn 1.000 tệp');
    expect(await ex.planTable().count()).toBe(0);

    await ex.importFiles(await files(150, 'some'));
    expect(await page.locator('[data-testid^="plan-"][data-testid$="0"]').count()).toBeGreaterThan(0);
    expect(await ex.planTable().locator('tbody[data-testid^="plan-"]').count()).toBe(100);
    for (const i of [0, 57, 99]) expect(await ex.outcome(i).textContent()).toMatch(/^Lỗi: /);
    await page.getByRole('button', { name: 'Hiện thêm 50 tệp (còn 50 tệp)' }).click();
    expect(await ex.planTable().locator('tbody[data-testid^="plan-"]').count()).toBe(150);
    expect(await ex.outcome(149).textContent()).toMatch(/^Lỗi: /);
    await page.screenshot({ path: join(tmpdir(), 'dti-import-batch.png'), fullPage: false });
  });

  it('files dropped on Thẩm tra are read several at a time and checked in the order they were dropped', async () => {
    const { page } = app as AppSession;
    await page.getByRole('button', { name: 'Huỷ', exact: true }).first().click();
    await page.getByTestId('plan-table').waitFor({ state: 'detached' });
    // Larger files first, so that reading several at once would finish them out of order.
    const names = Array.from({ length: 12 }, (_, i) => `tha-${String(12 - i).padStart(2, '0')}.xlsx`);
    const drop = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      list.forEach((name, i) => dt.items.add(new File([new Uint8Array(200_000 - i * 15_000).fill(7)], name)));
      return dt;
    }, names);
    const target = page.getByTestId('verify-page');
    await target.dispatchEvent('dragover', { dataTransfer: drop });
    await target.dispatchEvent('drop', { dataTransfer: drop });
    await page.getByTestId('plan-table').waitFor();
    const shown = await page.locator('tbody[data-testid^="plan-"] tr:first-child td:first-child').allTextContents();
    expect(shown.map((t) => t.trim())).toEqual(names);
    for (const i of [0, 11])
      expect(await page.getByTestId(`plan-${i}`).getByTestId('outcome').textContent()).toMatch(/^Lỗi: /);
  });

  it('a committed batch: one headline with the counts, the refused file first, the 12 imported folded', async () => {
    const { page } = app as AppSession;
    await page.getByRole('button', { name: 'Huỷ', exact: true }).first().click();
    const communes = Array.from({ length: 12 }, (_, i) => ({ code: String(14700 + i), name: `Xã Thử ${i + 1}` }));
    const paths: string[] = [];
    for (const [i, c] of communes.entries()) {
      const out = await exportAssessment(
        sampleInput({ unit: { ...c, type: 'commune' }, revision: 1, exportId: `batch-${i}` }),
      );
      paths.push(join(dir, `${c.code}_${out.fileName}`));
      await writeFile(paths.at(-1) as string, out.bytes);
    }
    const broken = join(dir, 'hong.xlsx');
    await writeFile(broken, randomBytes(64));
    await page.getByRole('navigation').getByRole('button', { name: 'Đánh giá', exact: true }).click();
    await new AssessmentsModel(page).pasteCommunes(communes.map((c) => `${c.code}\t${c.name}`).join('\n'));
    await page.getByRole('heading', { name: 'Đơn vị thuộc Huyện Gia Viễn (12)' }).waitFor();
    const ex = new ExchangeModel(page);
    await ex.open();
    await page.locator('input[name=receiving-year]').fill('2024');
    await ex.importFiles([...paths.slice(0, 6), broken, ...paths.slice(6)]);
    await ex.confirm();

    expect(await page.getByTestId('import-headline').innerText()).toBe(
      'Đã nhập 12/13 tệp. 1 tệp không nhập (lý do ở dưới).',
    );
    const results = ex.results();
    const shown = (await results.innerText()).split('\n').filter((l) => l.trim() !== '');
    expect(shown[1]).toMatch(/^hong\.xlsx: Không nhập — /);
    // A broken file needs the verifier's attention: its line is shown as an error, not greyed out as skipped.
    expect(await results.locator('li.form-error').allInnerTexts()).toEqual([shown[1]]);
    expect(shown[2]).toBe('Xem 12 tệp đã nhập');
    const imported = results.locator('li.form-ok');
    expect(await imported.count()).toBe(12);
    expect(await imported.first().isVisible()).toBe(false);
    await results.getByText('Xem 12 tệp đã nhập').click();
    expect(await imported.first().isVisible()).toBe(true);
    expect(await imported.first().innerText()).toMatch(/: Đã nhập Xã Thử 1 r1\.$/);
    await page.screenshot({ path: join(tmpdir(), 'dti-import-results.png') });
    for (const c of [communes[0], communes[11]])
      await expect.poll(async () => (await ex.figures((c as { code: string }).code)).revision).toBe('r1');
  });
});
