import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { ShellPage } from './page-models/shell-page';

describe('app shell in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('shows the Vietnamese title and navigation, switches to English and back', async () => {
    app = await launchApp();
    const shell = new ShellPage(app.page);
    await expect.poll(() => shell.title().textContent()).toBe('DTI Desk — Đánh giá chuyển đổi số');
    expect(await app.page.title()).toBe('DTI Desk — Đánh giá chuyển đổi số');
    for (const name of ['Đánh giá', 'Thẩm tra', 'Tổng hợp', 'Cài đặt']) {
      expect(await shell.nav(name).isVisible()).toBe(true);
    }
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('vi');

    await shell.toggleLanguage();
    await expect.poll(() => shell.title().textContent()).toBe('DTI Desk — Digital transformation assessment');
    expect(await shell.nav('Verification').isVisible()).toBe(true);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');

    await shell.toggleLanguage();
    await expect.poll(() => shell.title().textContent()).toBe('DTI Desk — Đánh giá chuyển đổi số');
    expect(await shell.nav('Thẩm tra').isVisible()).toBe(true);
  });

  it('keeps the chosen language after a reload', async () => {
    app = await launchApp();
    const shell = new ShellPage(app.page);
    await shell.toggleLanguage();
    await expect.poll(() => shell.title().textContent()).toContain('Digital transformation');
    await app.page.reload();
    await expect.poll(() => shell.title().textContent()).toContain('Digital transformation');
  });

  it('navigates to Cài đặt and shows the app version in the browser host', async () => {
    app = await launchApp();
    const shell = new ShellPage(app.page);
    await shell.open('Cài đặt');
    await expect.poll(() => app!.page.getByTestId('app-version').textContent()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await app.page.getByText('Trình duyệt', { exact: true }).isVisible()).toBe(true);
    expect(await shell.nav('Cài đặt').getAttribute('aria-current')).toBe('page');
  });
});
