// Issue 15, point 5: a district verifier who switches to English meets no Vietnamese chrome in Cài đặt and its
// panels (the unit and its correction, the setup package, backup and restore with a dry run and refused files,
// documents, the province e-mail, frameworks and a broken framework workbook), on the list of communes (and a pasted
// line refused), or in the refusal of a hostile file on the import screen. Data stays Vietnamese and is marked lang="vi" (see ./english.ts).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { exportAssessment } from '../../shared/exchange/export';
import { frameworkToWorkbook } from '../../shared/exchange/framework-workbook';
import { sampleInput } from '../shared/exchange/sample';
import { shippedFramework } from '../shared/helpers';
import { untranslated } from './english';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel } from './page-models/assessment-page';
import { ShellPage } from './page-models/shell-page';

async function pick(page: Page, button: string | RegExp, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(paths);
}

describe('Cài đặt in English, in Chromium at 1366×768', () => {
  let app: AppSession | undefined;
  let dir = '';
  afterAll(async () => {
    await app?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the settings panels, the communes and an import refusal in English, data in Vietnamese', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-english-settings-'));
    app = await launchApp();
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const list = new AssessmentsModel(page);
    await list.setupDistrict('373', 'Huyện Gia Viễn');
    await list.pasteCommunes('Mã\tTên\n14758\tXã Gia Phong\n14761\tXã Gia Trung');
    await list.unitList().getByText('Xã Gia Trung').waitFor();
    const shell = new ShellPage(page);
    await shell.toggleLanguage();

    // The communes of the district, on the list page.
    await page.getByRole('heading', { name: 'Units of Huyện Gia Viễn (2)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Remove Xã Gia Phong' }).isVisible()).toBe(true);
    expect.soft(await untranslated(page)).toEqual([]);
    // A pasted line that is not a unit: shared's reason, said in English.
    await page.locator('textarea[name=unit-paste]').fill('14758 x\tBad');
    await page.getByRole('button', { name: 'Add the communes' }).click();
    await page
      .getByText('Row 1: unit code "14758 x" is not valid (digits and unaccented letters only, at most 20 characters).')
      .waitFor();
    expect.soft(await untranslated(page)).toEqual([]);

    // Cài đặt: every panel at once.
    await shell.open('Settings');
    await page.getByTestId('backup-panel').waitFor();
    for (const name of [
      'This computer’s unit',
      'Setup package for communes',
      'Backup and restore',
      'Documents',
      'Sending results to the province',
      'Frameworks',
      'About',
    ])
      // Each panel reads its own data, so each heading is waited for, not sampled once.
      await page.getByRole('heading', { name, exact: true }).waitFor({ timeout: 5000 });
    await page.getByTestId('framework-table').locator('tbody tr').first().waitFor();
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-settings.png'), fullPage: true });

    // A framework workbook with a rule no one can read: the catalogue's error, location and reason, in English.
    const book = XLSX.read(frameworkToWorkbook(shippedFramework('commune')), { type: 'array' });
    book.Sheets.ChiSo!.I2 = { t: 's', v: 'foo' };
    const broken = join(dir, 'bo-chi-so-hong.xlsx');
    await writeFile(broken, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await pick(page, 'Load a framework from Excel…', [broken]);
    const fwErrors = page.getByTestId('framework-errors');
    await fwErrors.waitFor();
    expect(await fwErrors.innerText()).toContain(
      'Sheet "ChiSo", row 2, column "scoring", indicator 1.1: Scoring rule "foo" cannot be understood: it must be bool, ratio, manual, target:N, steps:… or choice:….',
    );
    expect.soft(await untranslated(page)).toEqual([]);

    // The unit's correction form (typed by hand, so its typed fields are open).
    await page.getByRole('button', { name: 'Correct the unit…' }).click();
    await page.getByTestId('unit-correct').waitFor();
    expect(await page.getByText('Administrative period', { exact: true }).isVisible()).toBe(true);
    expect.soft(await untranslated(page)).toEqual([]);
    const byHand = page.getByRole('button', { name: 'Unit not in the list? Type it in…' });
    if (await byHand.isVisible()) await byHand.click();
    await page.getByTestId('correct-typed').waitFor();
    expect(await page.getByText('Type in a unit that is not in the list').isVisible()).toBe(true);
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByTestId('unit-correct').getByRole('button', { name: 'Cancel' }).click();

    // The setup package, saved: the message names the unit and framework in Vietnamese.
    const [pkg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the setup package for communes' }).click(),
    ]);
    expect(pkg.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByText(/Send this file to the communes\.$/).waitFor();
    expect.soft(await untranslated(page)).toEqual([]);

    // Documents and the province e-mail: saved, and an address refused.
    await page.locator('input[name=doc-place]').fill('Gia Viễn');
    await page.getByRole('button', { name: 'Save document details' }).click();
    await page
      .getByTestId('documents-message')
      .getByText(/^Saved\./)
      .waitFor();
    await page.locator('input[name=province-email]').fill('so khcn@ninhbinh');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('province-email-message').waitFor();
    expect(await page.getByTestId('province-email-message').innerText()).toMatch(/e-mail address/);
    expect.soft(await untranslated(page)).toEqual([]);

    // Backup: download one, dry-run it (then cancel), and have a cut and a foreign file refused.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup file' }).click(),
    ]);
    const backup = join(dir, download.suggestedFilename());
    await download.saveAs(backup);
    expect(await page.getByTestId('backup-message').innerText()).toMatch(/^Backed up: .*Downloads folder/);
    await pick(page, 'Restore from a backup file…', [backup]);
    await page.getByTestId('restore-plan').waitFor();
    expect(await page.getByTestId('restore-plan').innerText()).toContain('Administrative units');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByTestId('restore-plan').getByRole('button', { name: 'Cancel' }).click();
    const bytes = await readFile(backup);
    const cut = join(dir, 'cat-ngan.dtidesk');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await pick(page, 'Restore from a backup file…', [cut]);
    await expect
      .poll(() => page.getByTestId('backup-message').textContent())
      .toBe(
        'File "cat-ngan.dtidesk": The backup file is cut short or damaged: its data cannot be read. Not restored; use another backup.',
      );
    expect.soft(await untranslated(page)).toEqual([]);
    const foreign = join(dir, 'anh.dtidesk');
    await writeFile(foreign, randomBytes(2048));
    await pick(page, 'Restore from a backup file…', [foreign]);
    await expect.poll(() => page.getByTestId('backup-message').textContent()).toMatch(/not a DTI Desk backup file/);
    expect.soft(await untranslated(page)).toEqual([]);

    // The import screen: a file of random bytes and a PDF named .xlsx, each refused in English.
    const random = join(dir, 'bao-cao.xlsx');
    await writeFile(random, randomBytes(8192));
    const pdf = join(dir, 'cong-van.xlsx');
    await writeFile(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1024)]));
    await shell.open('Verification');
    await page.getByTestId('verify-page').waitFor();
    // And a good file of a commune this district does not list: refused in English, its name marked Vietnamese.
    const stranger = await exportAssessment(
      sampleInput({ unit: { code: '99999', name: 'Xã Ngoài', type: 'commune' } }),
    );
    const strangerPath = join(dir, stranger.fileName);
    await writeFile(strangerPath, stranger.bytes);
    await pick(page, 'Import commune files…', [random, pdf, strangerPath]);
    await page.getByTestId('plan-table').waitFor();
    const outcomes = page.getByTestId('plan-table').getByTestId('outcome');
    await expect.poll(() => outcomes.count()).toBe(3);
    const texts = await outcomes.allInnerTexts();
    expect(
      texts.some((t) => /^Refused: Unit Xã Ngoài \(code 99999\) is not yet in the list of units of /.test(t)),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith('Error: The file is not an Excel .xlsx file'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Error: The file is a PDF document named .xlsx'))).toBe(true);
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-import-refusal.png'), fullPage: true });
  });
});
