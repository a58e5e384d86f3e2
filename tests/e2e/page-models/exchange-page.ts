import type { Locator, Page } from 'playwright-core';

/** Thẩm tra as the district's verifier drives it: pick files, read the dry run, confirm, read the communes list. */
export class ExchangeModel {
  constructor(readonly page: Page) {}

  /**
   * Opens Thẩm tra; with `year`, makes it the year received ("Kỳ đang nhận"). A district's machine opens on 2024,
   * its last year (districts exist only before 7/2025), so a test that sends it files of another year says so.
   */
  async open(year?: number): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Thẩm tra', exact: true }).click();
    await this.page.getByTestId('verify-page').waitFor();
    if (year !== undefined) await this.page.locator('input[name=receiving-year]').fill(String(year));
  }

  /** The year received, as "Kỳ đang nhận" shows it. */
  async receivingYear(): Promise<string> {
    return this.page.locator('input[name=receiving-year]').inputValue();
  }

  /** Clicks "Nhập tệp của xã…", answers the file chooser and waits for the dry-run table. */
  /** Picks `paths` in the file dialog, after `choosingMs` spent choosing them (none: picked at once). */
  async importFiles(paths: string[], choosingMs = 0): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: 'Nhập tệp của xã…' }).click(),
    ]);
    if (choosingMs > 0) await new Promise((r) => setTimeout(r, choosingMs));
    await chooser.setFiles(paths);
    await this.planTable().waitFor();
  }

  planTable(): Locator {
    return this.page.getByTestId('plan-table');
  }

  /** The rows of the i-th file of the dry run (its outcome, hazards, differences and problems). */
  plan(i: number): Locator {
    return this.page.getByTestId(`plan-${i}`);
  }

  /** The outcome text of the i-th file of the dry run. */
  outcome(i: number): Locator {
    return this.page.getByTestId(`plan-${i}`).getByTestId('outcome');
  }

  confirmButton(): Locator {
    return this.page.getByRole('button', { name: /^Nhập các tệp hợp lệ/ });
  }

  async confirm(): Promise<void> {
    await this.confirmButton().click();
    await this.results().waitFor();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Huỷ', exact: true }).click();
  }

  results(): Locator {
    return this.page.getByTestId('import-results');
  }

  commune(code: string): Locator {
    return this.page.getByTestId(`commune-${code}`);
  }

  /** Revision, entered ratio, completed ratio and points shown for a commune. */
  async figures(code: string): Promise<Record<'revision' | 'entered' | 'completed' | 'points' | 'importedAt', string>> {
    const row = this.commune(code);
    const text = async (id: string) => (await row.getByTestId(id).textContent()) ?? '';
    return {
      revision: await text('revision'),
      entered: await text('entered'),
      completed: await text('completed'),
      points: await text('points'),
      importedAt: await text('imported-at'),
    };
  }
}
