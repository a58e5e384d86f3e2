// Issue 15: an indicator worded as a negative ("Không để xảy ra sự cố …") is answered in its own words on a 2026
// commune form (framework 2025.1), and the answer given is the one stored and scored.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';

describe('yes/no in the framework’s words, in Chromium at 1366×768', () => {
  let app: AppSession | undefined;
  afterAll(async () => {
    await app?.dispose();
  });

  it('5.2 offers "Không xảy ra sự cố" / "Có xảy ra sự cố …" and scores the first 25 points', async () => {
    app = await launchApp();
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const list = new AssessmentsModel(page);
    await list.setupBySearch('2025', 'commune', 'gia vien', 'Xã Gia Viễn — Tỉnh Ninh Bình');
    await list.finishSetup();
    await list.open('Xã Gia Viễn', 2026);
    const form = new FormModel(page);
    const select = form.value('5.2');
    const options = await select.locator('option').allTextContents();
    expect(options.some((o) => o.startsWith('Không xảy ra sự cố'))).toBe(true);
    expect(options.some((o) => o.startsWith('Có xảy ra sự cố hoặc chưa được xác nhận'))).toBe(true);
    expect(options.some((o) => /^(Có|Không)$/u.test(o.trim()))).toBe(false);
    await select.selectOption({ label: options.find((o) => o.startsWith('Không xảy ra sự cố'))! });
    await form.waitSaved();
    await form.row('5.2').scrollIntoViewIfNeeded();
    expect(await form.points('5.2').textContent()).toBe('25,00');
    expect(await form.status('5.2').textContent()).toBe('Hoàn thành');
    await page.screenshot({ path: join(tmpdir(), 'dti-negative-indicator.png') });
  });
});
