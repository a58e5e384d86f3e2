import type { Download, Locator, Page } from 'playwright-core';

/** Cài đặt (province e-mail), Tổng hợp (hand-off card, dashboard) and the minutes print view, as a verifier drives them. */
export class HandoffModel {
  constructor(readonly page: Page) {}

  private nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name, exact: true });
  }

  async setProvinceEmail(email: string): Promise<string> {
    await this.nav('Cài đặt').click();
    const input = this.page.getByLabel('Thư điện tử của tỉnh');
    await input.fill(email);
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    return (await this.page.getByTestId('province-email-message').textContent()) ?? '';
  }

  async openSummary(): Promise<void> {
    await this.nav('Tổng hợp').click();
    await this.page.getByTestId('summary-page').waitFor();
  }

  sendButton(): Locator {
    return this.page.getByTestId('send-card').getByRole('button', { name: 'Gửi kết quả về tỉnh' });
  }

  /** The send checklist (verified / received not verified / not received / own form). */
  checklist(): Locator {
    return this.page.getByTestId('send-checklist');
  }

  /** Ticks "Tôi biết báo cáo chưa đầy đủ … và vẫn gửi" when the report is partial; true when it was. */
  async confirmPartial(): Promise<boolean> {
    const box = this.page.getByTestId('send-card').locator('input[name="confirm-partial"]');
    if ((await box.count()) === 0) return false;
    await box.check();
    return true;
  }

  /** Clicks "Gửi kết quả về tỉnh" in a browser (confirming a partial report first) and returns the download. */
  async sendAndDownload(): Promise<Download> {
    await this.confirmPartial();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.sendButton().click()]);
    await this.result().waitFor();
    return download;
  }

  result(): Locator {
    return this.page.getByTestId('send-result');
  }

  async mailto(): Promise<string> {
    return (await this.page.getByTestId('mailto-link').getAttribute('href')) ?? '';
  }

  /** Opens the minutes of a commune from the Thẩm tra board. */
  async openMinutes(code: string): Promise<Locator> {
    await this.nav('Thẩm tra').click();
    await this.page.getByTestId(`commune-${code}`).getByRole('button', { name: 'Biên bản' }).click();
    const doc = this.page.getByTestId('minutes-doc');
    await doc.waitFor();
    return doc;
  }
}
