// Issue 15, point 5: a commune officer who switches to English meets no Vietnamese chrome on the first-run form
// (with its errors), the assessments list, the new-assessment form and the entry form (folded rows opened, a
// validation error, filters, the history dialog). Data stays Vietnamese and is marked lang="vi" (see ./english.ts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_STUB } from './bridge-stub';
import { untranslated } from './english';
import { COMMUNE_A, DISTRICT, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ShellPage } from './page-models/shell-page';

describe('a commune in English, in Chromium at 1366×768', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('shows every screen of the commune’s path in English, data in Vietnamese', async () => {
    app = await launchApp();
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await new ShellPage(page).toggleLanguage();

    // First-run form: period, role, the unit typed by hand, every error at once.
    await page.getByRole('heading', { name: 'First-time setup' }).waitFor();
    await page.locator('input[name=unit-search]:not([disabled])').waitFor();
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByLabel(/^Before 1\/7\/2025/).check();
    await page.getByLabel(/^The People’s Committee of one commune/).check();
    await page.locator('input[name=unit-search]').fill('gia vien');
    await page.getByTestId('unit-hits').getByRole('button').first().waitFor();
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByRole('button', { name: 'Unit not in the list? Type it in…' }).click();
    await page.locator('input[name=commune-code]').fill('14 524');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByTestId('error-commune-name').waitFor();
    expect(await page.getByTestId('error-district-code').innerText()).toBe('Enter the district code.');
    expect(await page.getByTestId('error-commune-code').innerText()).toMatch(/^The commune code "14 524" is not valid/);
    expect(await page.getByText('Not set up yet: correct the fields marked in red above.').isVisible()).toBe(true);
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-setup.png'), fullPage: true });
    await page.locator('input[name=district-code]').fill('373');
    await page.locator('input[name=district-name]').fill('Huyện Gia Viễn');
    await page.locator('input[name=commune-code]').fill('14524');
    await page.locator('input[name=commune-name]').fill('Xã Gia Phong');
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    // The (empty) list and the new-assessment form, with its own error.
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.getByRole('heading', { name: 'Open an assessment' }).waitFor({ timeout: 5000 });
    await page.locator('input[name=year]').fill('1999');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText('The assessment year is not valid (2020–2100).').waitFor();
    expect.soft(await untranslated(page)).toEqual([]);
    await page.locator('input[name=year]').fill('2025');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByTestId('entry-title').waitFor();

    // The form: figures, a validation error, an evidence date outside the period, folded rows opened.
    const form = new FormModel(page);
    await page.getByRole('heading', { name: 'A. General information' }).waitFor({ timeout: 5000 });
    await form.info('contactPhone').fill('abc');
    await form.value('1.1').selectOption('truong');
    await form.value('1.2', 'a').fill('3');
    await form.value('1.2', 'b').fill('4');
    await form.value('7.2').fill('mười');
    await form.openMore('1.1', '1.2', '1.4');
    await form.evidence('1.4', 'docDate').fill('31/12/2024');
    await form.note('1.2').fill('Năm 2025 có 4 cuộc họp.');
    await form.waitSaved();
    expect(await form.saveState().innerText()).toMatch(/^Saved \d\d:\d\d$/);
    expect(await form.groupRatio(1).textContent()).toMatch(/^\d+\/5 completed or basically completed$/);
    expect(await page.getByText('The phone number is not right.').isVisible()).toBe(true);
    expect(await form.row('1.4').getByText('is outside the assessment period').isVisible()).toBe(true);
    expect(await form.status('3.1').textContent()).toBe('Not entered');
    expect(await page.getByTestId('marks-1.2').innerText()).toContain('✓ explanation');
    // What shared/ says of a value, in English: a field error (the word typed stays Vietnamese, marked so), how the
    // points of a ratio and of a level named in the framework's words were given, the unit's summary sentence.
    const error = form.row('7.2').locator('.field-error');
    expect(await error.textContent()).toBe('"mười" is not a valid number (valid examples: 12; 71,79; 2.416; 1.234,5).');
    expect(await error.getAttribute('lang')).toBeNull();
    expect(await error.locator('[lang=vi]').textContent()).toBe('mười');
    expect(await page.getByTestId('how-1.2').innerText()).toBe('a/b = 3/4 = 75,00% → 0,75 × 20 = 15 pts');
    expect(await page.getByTestId('how-1.1').innerText()).toMatch(/^Level: .+ → [\d,]+ × \d+ = [\d,]+ pts$/);
    expect(await page.getByTestId('unit-sentence').innerText()).toMatch(
      /^\d+\/50 indicators completed or basically completed, \d+\/50 with low completion or not done, \d+\/50 not entered\.$/,
    );
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-entry.png') });

    // Filters: a status, then text; the count says what is shown.
    await page.getByLabel('Filter by status').selectOption('hoan-thanh');
    await expect.poll(() => page.getByTestId('filter-count').innerText()).toMatch(/^Showing \d+\/\d+ indicators$/);
    await page.getByLabel('Filter by status').selectOption('all');
    await page.getByLabel('Search indicators').fill('hoi nghi');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByLabel('Search indicators').fill('');

    // The history dialog of an indicator.
    await form.row('1.2').getByRole('button', { name: 'Change history' }).click();
    const history = page.getByTestId('history-table');
    await expect.poll(() => history.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await history.innerText()).toContain('Numerator a');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    // Back to the list: the assessment's row.
    await page.getByRole('button', { name: '← Assessments' }).click();
    await page.getByTestId('assessment-table').waitFor();
    expect(await page.getByTestId('export-state').innerText()).toBe('Draft');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-list.png') });
  }, 120_000);

  it('checks, exports, offers the e-mail and prints in English; the e-mail and the printed form stay Vietnamese', async () => {
    app = await launchApp({ initScript: BRIDGE_STUB });
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const list = new AssessmentsModel(page);
    await list.setupCommune(DISTRICT, COMMUNE_A);
    await list.open(COMMUNE_A.name, YEAR);
    await new ShellPage(page).toggleLanguage();
    const form = new FormModel(page);
    await form.value('1.2', 'a').fill('36');
    await form.value('1.2', 'b').fill('30');
    await form.value('1.4').selectOption('yes');
    await form.openMore('1.4');
    await form.evidence('1.4', 'docDate').fill(`15/03/${YEAR - 3}`);
    await form.value('2.1').selectOption('yes');
    await form.waitSaved();
    await expect.poll(() => form.status('1.2').textContent()).toBe('Needs review');
    const why =
      'Numerator a = 36 is greater than denominator b = 30 (a/b = 36/30 = 120,00%): a rate cannot exceed 100%; check the figures.';
    expect(await page.getByTestId('warnings-1.2').innerText()).toBe(why);

    await page.getByRole('button', { name: 'Export Excel', exact: true }).click();
    const check = page.getByTestId('export-check');
    await check.waitFor();
    expect(await check.getByRole('heading', { level: 3 }).innerText()).toMatch(
      /^Before exporting: \d+ things the receiver will ask about$/,
    );
    expect(await check.getByTestId('export-check-value').innerText()).toMatch(/^Figures to review \(1\)/);
    expect(await check.getByTestId('export-check-value').innerText()).toContain(`: ${why}`);
    expect.soft(await untranslated(page)).toEqual([]);
    await check.getByRole('button', { name: 'Export anyway' }).click();
    const done = page.getByTestId('export-message');
    await done.waitFor();
    expect(await done.innerText()).toMatch(/The file is saved at C:/);
    await expect.poll(() => page.getByTestId('export-state').textContent()).toBe('Exported r1');
    const mail = page.getByTestId('export-mail');
    await mail.locator('input[name="receiver-email"]').fill('not an address');
    await mail.getByRole('button', { name: `Write the e-mail to ${DISTRICT.name}` }).click();
    await expect
      .poll(() => page.getByTestId('export-mail-note').textContent())
      .toMatch(/^The e-mail address is not valid/);
    await mail.getByText('Show the e-mail text').click();
    // The e-mail itself goes to a Vietnamese office: Vietnamese, marked as such.
    expect(await page.getByTestId('export-mail-text').innerText()).toContain('Kính gửi');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-export.png') });

    await page.getByRole('button', { name: 'Print / Save PDF' }).first().click();
    const view = page.getByTestId('form-print-view');
    await view.getByTestId('form-print-doc').waitFor();
    expect(await view.getByTestId('form-print-doc').innerText()).toContain('BIỂU MẪU 01');
    expect(await view.getByRole('button', { name: '← Back to the form' }).isVisible()).toBe(true);
    expect.soft(await untranslated(page)).toEqual([]);
    await view.getByRole('button', { name: '← Back to the form' }).click();
  }, 120_000);
});
