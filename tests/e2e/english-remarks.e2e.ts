// Issue 15, point 5: the district's remarks come back to a commune working in English: the import message, the
// banner and each indicator's remark say what happened in English, the remarks themselves (typed by the verifier)
// stay Vietnamese, marked lang="vi". On the district, the commune's received form opens read-only, in English.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { untranslated } from './english';
import {
  ADJUST_REMARK,
  COMMUNE_A,
  communeExports,
  districtReceives,
  fillCommuneA,
  REQUEST_REMARK,
  verifyFirstRound,
} from './flows/verify-flow';
import type { AppSession } from './harness';
import { RemarksModel } from './page-models/verify-page';
import { ShellPage } from './page-models/shell-page';

describe('remarks read in English, in Chromium', () => {
  const sessions: AppSession[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.dispose();
  });

  it('the commune imports the district’s remarks in English; the district reads the received form in English', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dti-english-remarks-'));
    const a = await communeExports(COMMUNE_A, dir, fillCommuneA);
    sessions.push(a.app);
    const d = await districtReceives([a.r1.path]);
    sessions.push(d.app);
    const { remarks } = await verifyFirstRound(d.app.page, dir);

    const page = a.app.page;
    await new ShellPage(page).toggleLanguage();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import the district’s remarks file…' }).click(),
    ]);
    await chooser.setFiles([remarks.path]);
    const message = page.getByTestId('remarks-import-message');
    await message.waitFor();
    expect(await message.innerText()).toMatch(/^Imported .+\.xlsx: 2 remarks from the district\.$/);
    const model = new RemarksModel(page);
    await model.banner().waitFor();
    expect(await model.banner().innerText()).toContain(
      'The district asks for more information on 1 indicator(s) and adjusted 1 indicator(s): ',
    );
    expect(await model.banner().innerText()).toContain('More information requested — 1.3');
    expect(await model.banner().innerText()).toContain('Adjusted to');
    expect(await model.remark('1.3').innerText()).toBe(`The district asks for more information: ${REQUEST_REMARK}`);
    expect(await model.remark('1.2').innerText()).toMatch(/^The district adjusted it to .+: /);
    expect(await model.remark('1.2').innerText()).toContain(ADJUST_REMARK);
    expect.soft(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'dti-english-remarks.png') });

    // The district opens the commune's file from its list: the commune's statement, read only.
    const district = d.app.page;
    await new ShellPage(district).toggleLanguage();
    await new ShellPage(district).open('Assessments');
    await district.locator(`[data-testid^="assessment-${COMMUNE_A.code}-"] button`).click();
    await district.getByTestId('entry-title').waitFor();
    expect(await district.getByTestId('read-only').innerText()).toBe('Sent by the unit (export 1) — read only');
    expect.soft(await untranslated(district)).toEqual([]);
  }, 180_000);
});
