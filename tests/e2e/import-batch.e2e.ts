// A batch above the app's limit is refused before any file is checked, with the way to the command-line tool; a
// large dry run is shown a page at a time, every file still in it.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});
