import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The verification of one commune (Thẩm tra → a commune's "Thẩm tra" button), as the verifier drives it. */
export class VerifyCommuneModel {
  constructor(readonly page: Page) {}

  /** From the Thẩm tra board: opens the commune's verification page. */
  async open(unitCode: string): Promise<void> {
    await this.page.getByTestId(`commune-${unitCode}`).getByRole('button', { name: 'Thẩm tra', exact: true }).click();
    await this.page.getByTestId('verify-commune').waitFor();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: '← Các xã' }).click();
    await this.page.getByTestId('verify-page').waitFor();
  }

  async setVerifier(name: string): Promise<void> {
    await this.page.locator('input[name=verifier]').fill(name);
  }

  row(code: string): Locator {
    return this.page.locator(`#ind-${code.replace('.', '\\.')}`);
  }

  /** The verified value input(s) shown for Điều chỉnh: part '' (value), 'a'/'b' (ratio), 'd'/'p' (declared). */
  verifiedInput(code: string, part: '' | 'a' | 'b' | 'd' | 'p' = ''): Locator {
    return this.page.locator(`#v-verified-${code.replace('.', '\\.')}${part ? `-${part}` : ''}`);
  }

  /** Selects the line of an indicator (a click, as a mouse user does; the keyboard stays on the list). */
  async select(code: string): Promise<void> {
    await this.row(code).click();
    await this.page.locator(`#ind-${code.replace('.', '\\.')}[aria-selected=true]`).waitFor();
  }

  /** Selects the line and gives the verdict's key (A, D, B); D and B open the inline editor. */
  async startVerdict(code: string, verdict: 'Đồng ý' | 'Điều chỉnh' | 'Yêu cầu bổ sung'): Promise<void> {
    await this.select(code);
    await this.page.keyboard.press(verdict === 'Đồng ý' ? 'a' : verdict === 'Điều chỉnh' ? 'd' : 'b');
    if (verdict !== 'Đồng ý') await this.remark(code).waitFor();
  }

  /** The remark box of the inline editor. */
  remark(code: string): Locator {
    return this.page.locator(`input[name="${code}-remark"]`);
  }

  /**
   * Gives a verdict as the verifier does: selects the line, presses A / D / B, fills the verified value (adjust)
   * and the remark, Enter; waits for the line to show the stored verdict.
   */
  async decide(
    code: string,
    verdict: 'Đồng ý' | 'Điều chỉnh' | 'Yêu cầu bổ sung',
    opts: { remark?: string; value?: Partial<Record<'' | 'a' | 'b' | 'd' | 'p', string>> } = {},
  ): Promise<void> {
    await this.startVerdict(code, verdict);
    if (verdict !== 'Đồng ý') {
      for (const [part, v] of Object.entries(opts.value ?? {})) await this.verifiedInput(code, part as '').fill(v);
      if (opts.remark !== undefined) await this.remark(code).fill(opts.remark);
      await this.trySave(code);
    }
    await this.state(code).filter({ hasText: verdict }).waitFor();
  }

  /** Enter in the remark box (saves, or shows the errors of an invalid verdict). */
  async trySave(code: string): Promise<void> {
    await this.remark(code).press('Enter');
  }

  errors(code: string): Locator {
    return this.page.getByTestId(`editor-${code}`).locator('.field-error');
  }

  state(code: string): Locator {
    return this.page.getByTestId(`verdict-state-${code}`);
  }

  stale(code: string): Locator {
    return this.page.getByTestId(`stale-${code}`);
  }

  async agreeGroup(group: number): Promise<string> {
    await this.page.getByTestId(`agree-group-${group}`).click();
    const msg = this.page.getByTestId('group-message').filter({ hasText: `Nhóm ${group}:` });
    await msg.waitFor();
    return (await msg.textContent()) ?? '';
  }

  filter(name: 'all' | 'unverified' | 'differences' | 'requests' | 'changed'): Locator {
    return this.page.getByTestId(`verify-filter-${name}`);
  }

  /** Codes of the indicator rows currently shown. */
  async shownCodes(): Promise<string[]> {
    return this.page
      .locator('.verdict-row')
      .evaluateAll((rows) => rows.filter((r) => !r.closest('[hidden]')).map((r) => r.getAttribute('data-code') ?? ''));
  }

  progress(): Locator {
    return this.page.getByTestId('verify-progress');
  }

  /** Self / verified / difference points shown for the unit or a group ('unit-figures', 'group-figures-1'…). */
  async figures(testId: string): Promise<{ self: string; verified: string; diff: string }> {
    const t = async (part: string) => (await this.page.getByTestId(`${testId}-${part}`).textContent()) ?? '';
    return { self: await t('self'), verified: await t('verified'), diff: await t('diff') };
  }

  /** "Xuất tệp yêu cầu bổ sung" → the download saved into `dir`. */
  async exportRemarks(dir: string): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Xuất tệp yêu cầu bổ sung' }).click(),
    ]);
    const name = download.suggestedFilename();
    const path = join(dir, name);
    await download.saveAs(path);
    await this.page.getByTestId('remarks-export-message').waitFor();
    return { path, name };
  }
}

/** The commune's side of the return for correction, on its form. */
export class RemarksModel {
  constructor(readonly page: Page) {}

  async importFile(path: string): Promise<string> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Nhập tệp yêu cầu bổ sung của huyện…' }).click(),
    ]);
    await chooser.setFiles([path]);
    const msg = this.page.getByTestId('remarks-import-message');
    await msg.waitFor();
    return (await msg.textContent()) ?? '';
  }

  banner(): Locator {
    return this.page.getByTestId('remarks-banner');
  }

  remark(code: string): Locator {
    return this.page.getByTestId(`remark-${code}`);
  }
}
