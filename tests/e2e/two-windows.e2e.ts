import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';

/**
 * Issue 13: nothing the officer saw as saved is lost, and nothing stale is shown as saved.
 * - A failed save (a simulated quota error) then "← Danh sách đánh giá" or the main navigation asks first; staying
 *   keeps the edit, and "Thử lại" saves it.
 * - Two tabs on one assessment: edits to different fields both survive and each tab follows the other's; edits to
 *   the same field end with each tab showing the database value or a visible conflict, never a stale "Đã lưu".
 */

/** Makes writes to the entries store (entrySets) fail as a full disk does, while `window.__failWrites` is set. */
const QUOTA_STUB = `
(() => {
  for (const name of ['put', 'add']) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (...args) {
      if (window.__failWrites && this.name === 'entrySets') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  }
})();
`;

const YEAR = 2025;

/** What the database holds for one raw field of one indicator, read by the page (not through the form). */
function stored(page: Page, code: string, field: string): Promise<string> {
  return page.evaluate(
    ({ code, field }) =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('dti-desk');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('entrySets', 'readonly');
          const all = tx.objectStore('entrySets').getAll();
          all.onsuccess = () => {
            const sets = all.result as { entries: Record<string, { raw: Record<string, string> }> }[];
            const e = sets.map((s) => s.entries[code]).find((x) => x);
            db.close();
            resolve(e?.raw[field] ?? '');
          };
        };
        req.onerror = () => reject(req.error);
      }),
    { code, field },
  );
}

/**
 * Replaces the field's text in one step, as one input event, like a paste over a selection. Playwright's fill takes
 * several steps (focus, select all, insert), and the other tab's commit can land between them: the row then follows
 * it under the selection and the insert joins both texts ("2211"), a race of the driver, not of two officers.
 */
async function typeAtOnce(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, value) => {
    const input = el as HTMLInputElement;
    input.focus();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function settled(page: Page): Promise<void> {
  await page
    .locator('[data-testid=save-state][data-state=saved], [data-testid=save-state][data-state=conflict]')
    .waitFor();
}

describe('unsaved edits and two windows', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await launchApp({ initScript: QUOTA_STUB });
    page = app.page;
    const list = new AssessmentsModel(page);
    await list.setupCommune({ code: '377', name: 'Huyện Gia Viễn' }, { code: '09244', name: 'Xã Gia Phong' });
    await list.open('Xã Gia Phong', YEAR);
  });
  afterAll(async () => app?.dispose());

  it('a failed save, then leaving the form by the back button or the navigation, asks first; nothing is lost', async () => {
    const form = new FormModel(page);
    await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
    await form.value('1.3').fill('7');
    const state = page.locator('[data-testid=save-state][data-state=error]');
    await state.waitFor();
    expect(await state.textContent()).toContain('Máy hết chỗ lưu dữ liệu');
    expect(await state.textContent()).not.toMatch(/quota/i);

    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await form.back();
    await page.getByRole('navigation').getByRole('button', { name: 'Cài đặt', exact: true }).click();
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('chưa được lưu');
    // Still on the form, the edit still there.
    expect(await page.getByTestId('entry-title').isVisible()).toBe(true);
    expect(await form.value('1.3').inputValue()).toBe('7');

    await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = false));
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await form.waitSaved();
    expect(await stored(page, '1.3', 'value')).toBe('7');
    page.removeAllListeners('dialog');
    await form.back();
    await page.getByRole('heading', { name: 'Các bản đánh giá' }).waitFor();
    expect(asked).toHaveLength(2); // nothing left to lose: no question
    await new AssessmentsModel(page).reopen('09244', String(YEAR));
  });

  it('two tabs: different fields both survive and follow; the same field ends at the database value or a conflict', async () => {
    const tab2 = await app.context.newPage();
    await tab2.goto(inject('baseUrl')); // the open form is remembered, so the second tab opens the same assessment
    await tab2.getByTestId('entry-title').waitFor();
    const f1 = new FormModel(page);
    const f2 = new FormModel(tab2);

    // Different fields, one per tab: both saved, and each tab shows the other's edit.
    await f1.value('1.5').fill('71,79');
    await f2.value('1.2', 'a').fill('3');
    await f1.waitSaved();
    await f2.waitSaved();
    await expect.poll(() => f1.value('1.2', 'a').inputValue()).toBe('3');
    await expect.poll(() => f2.value('1.5').inputValue()).toBe('71,79');
    expect(await stored(page, '1.5', 'value')).toBe('71,79');
    expect(await stored(page, '1.2', 'numerator')).toBe('3');

    // The same field in both tabs at once, several rounds: never a stale value shown as saved.
    for (const [a, b] of [
      ['11', '22'],
      ['5', '6'],
      ['40', '41'],
    ]) {
      await Promise.all([typeAtOnce(f1.value('1.3'), a!), typeAtOnce(f2.value('1.3'), b!)]);
      await Promise.all([settled(page), settled(tab2)]);
      await page.waitForTimeout(300); // let each tab see the other's commit
      const db = await stored(page, '1.3', 'value');
      expect([a, b]).toContain(db);
      for (const [tab, form] of [
        [page, f1],
        [tab2, f2],
      ] as const) {
        const conflict = tab.getByTestId('conflict-1.3');
        if (await conflict.isVisible()) {
          expect(await conflict.textContent()).toContain(`“${db}”`);
          expect(await tab.getByTestId('save-state').getAttribute('data-state')).toBe('conflict');
          await conflict.getByRole('button', { name: 'Dùng giá trị đã lưu' }).click();
        }
        await expect.poll(() => form.value('1.3').inputValue()).toBe(db);
      }
      await f1.waitSaved();
      await f2.waitSaved();
    }
    await tab2.close();
  });
});
