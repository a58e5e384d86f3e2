// Issue 15, point 5: a district verifier who switches to English meets no Vietnamese chrome on the Thẩm tra board,
// the desk (a line selected, the side panel open, the inline editor, a refused verdict), the minutes' team editor,
// the Tổng hợp page and the send card. Data (indicator and unit names, methods, evidence, remarks) and documents (the
// minutes, the report's sentence) stay Vietnamese and are marked lang="vi" (see ./english.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_INFO } from '../../shared/entry/types';
import { exportAssessment } from '../../shared/exchange/export';
import { randomRaw, seededRandom } from '../../shared/verify/bench';
import { shippedFramework } from '../shared/helpers';
import { untranslated } from './english';
import { COMMUNE_A, COMMUNE_B, DISTRICT, districtReceives, YEAR } from './flows/verify-flow';
import type { AppSession } from './harness';
import { ShellPage } from './page-models/shell-page';
import { VerifyCommuneModel } from './page-models/verify-page';

const fw = shippedFramework('commune');

/** A commune's file with every indicator filled (evidence and a giải trình on some). */
async function communeFile(dir: string, unit: { code: string; name: string }, seed: number): Promise<string> {
  const rnd = seededRandom(seed);
  const out = await exportAssessment({
    framework: fw,
    unit: { ...unit, type: 'commune' },
    district: DISTRICT,
    period: { year: YEAR, kind: 'year' },
    info: EMPTY_INFO,
    entries: fw.indicators.map((ind, i) => ({
      code: ind.code,
      raw: randomRaw(ind, rnd),
      evidence: {
        docNumber: `${i + 1}/QĐ-UBND`,
        docDate: `15/03/${YEAR}`,
        summary: 'Kế hoạch chuyển đổi số',
        link: '',
      },
      note: i % 5 ? '' : 'Số liệu theo báo cáo quý IV.',
    })),
    revision: 1,
    exportId: `english-${unit.code}`,
    exportedAt: Date.UTC(YEAR, 0, 15),
    appVersion: '0.1.0',
  });
  const path = join(dir, out.fileName);
  await writeFile(path, out.bytes);
  return path;
}

describe('a district verifier in English, in Chromium at 1366×768', () => {
  let app: AppSession | undefined;
  let dir = '';
  afterAll(async () => {
    await app?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the board, the desk, the minutes, Tổng hợp and the send card in English, data in Vietnamese', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-english-verifier-'));
    const files = [await communeFile(dir, COMMUNE_A, 7), await communeFile(dir, COMMUNE_B, 11)];
    app = (await districtReceives(files)).app;
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    // The import's own result lines (renderer/exchange's messages, another area's catalogue) go with a reload.
    await page.reload();
    await page.getByRole('navigation').waitFor();
    const shell = new ShellPage(page);
    await shell.toggleLanguage();

    // The board: both communes received.
    await shell.open('Verification');
    await page.getByRole('heading', { name: 'Communes — year ' + YEAR }).waitFor();
    expect(await page.getByTestId('communes-received').innerText()).toBe('Files received from 2/2 communes.');
    expect(await page.getByTestId(`commune-${COMMUNE_A.code}`).getByTestId('state').innerText()).toBe('Received');
    expect.soft(await untranslated(page)).toEqual([]);

    // The desk: group 1 agreed from the keyboard, a request with its remark, a line selected with its side panel.
    await page.getByTestId(`commune-${COMMUNE_A.code}`).getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByTestId('verify-commune').waitFor();
    const v = new VerifyCommuneModel(page);
    expect(await page.getByTestId('unit-figures').innerText()).toMatch(/Difference: none yet \(no verdict given\)/);
    await page.keyboard.press('Shift+A');
    await page
      .getByTestId('group-message')
      .filter({ hasText: /^Group 1: agreed on \d+ indicators\./ })
      .waitFor();
    await v.select('2.1');
    await page.keyboard.press('b');
    await page.getByTestId('editor-2.1').waitFor();
    expect(await page.getByTestId('editor-2.1').innerText()).toContain('What to supply (↓ suggestions)');
    await page.locator('input[name="2.1-remark"]').fill('');
    await page.keyboard.press('Enter');
    await page.getByText('Say what the commune must supply.').waitFor();
    expect.soft(await untranslated(page)).toEqual([]);
    await page.locator('input[name="2.1-remark"]').fill('Đề nghị bổ sung tài liệu kiểm chứng.');
    await page.keyboard.press('Enter');
    await v.row('2.1').getByText('Request evidence').waitFor();
    await v.select('2.2');
    await page.keyboard.press('d');
    await v.verifiedInput('2.2').waitFor();
    expect(await page.getByTestId('editor-2.2').innerText()).toContain('Reason for the adjustment');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await v.select('2.3');
    const detail = page.getByTestId('verify-detail');
    expect(await detail.getByRole('heading', { level: 3 }).innerText()).toMatch(/^2\.3\. /);
    for (const label of ['Commune’s self-assessment', 'Commune’s evidence', 'Scoring method'])
      expect(await detail.getByText(label, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByTestId('verify-progress').innerText()).toMatch(
      /^Verified \d+\/50 \(agreed \d+, adjusted 0\)/,
    );
    expect(await page.getByTestId('verify-filter-unverified').innerText()).toMatch(/^Not verified \(\d+\)$/);
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-desk.png') });

    // The minutes of commune A: the team editor and the toolbar in English, the document in Vietnamese.
    await page.getByRole('button', { name: '← Communes' }).click();
    await page.getByTestId(`commune-${COMMUNE_A.code}`).getByRole('button', { name: 'Minutes' }).click();
    await page.getByTestId('minutes-doc').waitFor();
    await page.getByLabel('Full name of member 1').fill('Trần Thị Thẩm Tra');
    await page.getByRole('button', { name: 'Save the team' }).click();
    await page.getByTestId('team-editor').getByText('Saved.').waitFor();
    expect(await page.getByTestId('minutes-doc').getAttribute('lang')).toBe('vi');
    expect.soft(await untranslated(page)).toEqual([]);
    await page.getByRole('button', { name: '← Back to the communes' }).click();

    // Tổng hợp: the send card (checklist, the confirmation of a partial report), the chart and the heat map.
    await shell.open('Summary');
    const card = page.getByTestId('send-card');
    await card.getByRole('heading', { name: 'Send the results to the province' }).waitFor();
    expect(await page.getByTestId('check-verified').innerText()).toContain(
      'Verification finished for 0/2 communes that submitted.',
    );
    expect(await page.getByTestId('check-unverified').innerText()).toMatch(
      /2 communes submitted but are not fully verified: Xã Gia Phong, Xã Gia Trung\./,
    );
    expect((await card.locator('.send-confirm').innerText()).trim()).toMatch(/^I know the report is incomplete \(/);
    expect(await page.getByTestId('district-sentence').getAttribute('lang')).toBe('vi');
    expect(await page.getByTestId('heat-basis').innerText()).toMatch(/^2 communes not fully verified yet/);
    await page.getByRole('heading', { name: /^Results by group/ }).waitFor({ timeout: 5000 });
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-summary.png'), fullPage: true });
  });
});
