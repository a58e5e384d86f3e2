import type { Locator, Page } from 'playwright-core';

/** The app shell as a user sees it: the title, the navigation, the language toggle. */
export class ShellPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByTestId('app-title');
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name, exact: true });
  }

  async toggleLanguage(): Promise<void> {
    await this.page.locator('.lang-toggle').click();
  }

  async open(name: string): Promise<void> {
    await this.nav(name).click();
  }
}
