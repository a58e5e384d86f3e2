// Issue 15, the first-run form typed by hand: "VD: …" hints (nothing looks filled before the officer types), and
// every error at once, each beside its field; nothing is set up until they are fixed.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel } from './page-models/assessment-page';

describe('first-run form typed by hand, in Chromium at 1366×768', () => {
  let app: AppSession | undefined;
  afterAll(async () => {
    await app?.dispose();
  });

  it('shows "VD: …" hints, every error beside its field at once, then sets up once they are fixed', async () => {
    app = await launchApp();
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const list = new AssessmentsModel(page);
    // Before any role: communes first, since districts are gone from 1/7/2025.
    expect(await page.locator('.shell-header .subtitle').innerText()).toBe(
      'Tự đánh giá, thẩm tra và tổng hợp chỉ số chuyển đổi số cấp xã (cấp huyện: các kỳ trước 1/7/2025)',
    );
    await list.startSetup('2024', 'commune');
    // "Nhập tay…" has a line of its own above "Bắt đầu" (it once ran into the button on the same line).
    const byHand = await page.getByRole('button', { name: /Nhập tay…$/ }).boundingBox();
    const start = await page.getByRole('button', { name: 'Bắt đầu', exact: true }).boundingBox();
    expect(byHand!.y + byHand!.height).toBeLessThanOrEqual(start!.y);
    await list.typeByHand();
    const names = ['district-code', 'district-name', 'commune-code', 'commune-name'];
    for (const name of names) {
      const input = page.locator(`input[name=${name}]`);
      expect(await input.inputValue(), name).toBe('');
      expect(await input.getAttribute('placeholder'), name).toMatch(/^VD: \S/);
    }

    // All four wrong at once: two empty, a code with a space, a name of spaces.
    await page.locator('input[name=commune-code]').fill('14 524');
    await page.locator('input[name=commune-name]').fill('   ');
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    for (const name of names) {
      const field = page.locator('label.field', { has: page.locator(`input[name=${name}]`) });
      await field.getByTestId(`error-${name}`).waitFor();
      expect(await page.locator(`input[name=${name}]`).getAttribute('aria-invalid'), name).toBe('true');
    }
    expect(await page.getByTestId('error-district-code').innerText()).toBe('Nhập mã huyện.');
    expect(await page.getByTestId('error-district-name').innerText()).toBe('Nhập tên huyện.');
    expect(await page.getByTestId('error-commune-code').innerText()).toMatch(/^Mã xã "14 524" không hợp lệ/);
    expect(await page.getByTestId('error-commune-name').innerText()).toBe('Nhập tên xã.');
    await page.screenshot({ path: join(tmpdir(), 'dti-setup-errors-1366x768.png') });
    // Nothing set up: still the first-run form.
    expect(await page.getByText('Thiết lập lần đầu').count()).toBe(1);

    await page.locator('input[name=district-code]').fill('373');
    await page.locator('input[name=district-name]').fill('Huyện Gia Viễn');
    await page.locator('input[name=commune-code]').fill('14524');
    await page.locator('input[name=commune-name]').fill('Xã Gia Phong');
    await list.finishSetup();
    expect(await page.locator('.field-error').count()).toBe(0);
  }, 90_000);
});
