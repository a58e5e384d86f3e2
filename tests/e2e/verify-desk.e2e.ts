// The dense verification desk at 1366×768: ≥ 15 lines on screen, a 50-indicator commune verified from the keyboard
// (all but 3 agreed) in ≤ 20 keystrokes, counted here, each verdict read back from IndexedDB, and undo.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawValue } from '../../shared/entry/raw';
import { EMPTY_INFO } from '../../shared/entry/types';
import { exportAssessment } from '../../shared/exchange/export';
import { randomRaw, seededRandom } from '../../shared/verify/bench';
import { shippedFramework } from '../shared/helpers';
import { COMMUNE_A, DISTRICT, districtReceives, YEAR } from './flows/verify-flow';
import type { AppSession } from './harness';
import { VerifyCommuneModel } from './page-models/verify-page';

const fw = shippedFramework('commune');

/**
 * Commune A's file: every indicator filled with a valid value but 1.2 (36 of 30 cán bộ: cannot be right); 2.1, 2.2
 * Có and 2.3 "đầy đủ" (adjusted below).
 */
async function communeFile(dir: string): Promise<string> {
  const rnd = seededRandom(7);
  const fixed: Record<string, RawValue> = {
    '1.2': { numerator: '36', denominator: '30' },
    '2.1': { value: 'yes' },
    '2.2': { value: 'yes' },
    '2.3': { value: 'day_du' },
  };
  const out = await exportAssessment({
    framework: fw,
    unit: { ...COMMUNE_A, type: 'commune' },
    district: DISTRICT,
    period: { year: YEAR, kind: 'year' },
    info: EMPTY_INFO,
    entries: fw.indicators.map((ind, i) => ({
      code: ind.code,
      raw: fixed[ind.code] ?? randomRaw(ind, rnd),
      evidence: {
        docNumber: `${i + 1}/QĐ-UBND`,
        docDate: `15/03/${YEAR}`,
        summary: 'Kế hoạch chuyển đổi số',
        link: '',
      },
      note: i % 7 ? '' : 'Số liệu theo báo cáo quý IV.',
    })),
    revision: 1,
    exportId: 'desk-e2e',
    exportedAt: Date.UTC(YEAR, 0, 15),
    appVersion: '0.1.0',
  });
  const path = join(dir, out.fileName);
  await writeFile(path, out.bytes);
  return path;
}

/** Every stored verdict of the page's database, read with the IndexedDB API (not through the app). */
function storedVerdicts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('dti-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const q = open.result.transaction('entrySets').objectStore('entrySets').getAll();
          q.onsuccess = () => {
            const out: Record<string, string> = {};
            for (const set of q.result as { entries: Record<string, { verified?: { verdict: string } }> }[])
              for (const [code, r] of Object.entries(set.entries)) if (r.verified) out[code] = r.verified.verdict;
            open.result.close();
            resolve(out);
          };
          q.onerror = () => reject(q.error);
        };
      }),
  );
}

describe('dense verification desk, in Chromium at 1366×768', () => {
  let app: AppSession | undefined;
  let dir = '';
  afterAll(async () => {
    await app?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows ≥ 15 lines, verifies 50 indicators (3 adjusted) in ≤ 20 keystrokes, saves each verdict, undoes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-desk-'));
    const file = await communeFile(dir);
    // The dry run names the value that cannot be scored; the file still imports.
    const d = await districtReceives([file], [], async (page) => {
      const note = page.getByTestId('plan-0').getByTestId('unscorable');
      await page.getByTestId('plan-0').screenshot({ path: join(tmpdir(), 'dti-dry-run-unscorable.png') });
      expect(await note.innerText()).toMatch(
        /^1 chỉ số có số liệu tự đánh giá không chấm được điểm \(xem lại khi thẩm tra\):\n+1\.2: Tử số a = 36 lớn hơn mẫu số b = 30/,
      );
    });
    app = d.app;
    const page = app.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const v = new VerifyCommuneModel(page);
    await v.open(COMMUNE_A.code);

    // Before any verdict: no difference is shown ("chưa thẩm tra" is not a loss).
    expect(await page.getByTestId('unit-figures').innerText()).toMatch(/Chênh lệch: chưa có/);
    expect(await page.getByTestId('unit-figures').innerText()).not.toMatch(/−/);

    // A value that cannot be scored says so on its line, with the reason, instead of "—" for no points.
    expect(await page.getByTestId('self-result-1.2').innerText()).toBe('Xem lại');
    expect(await page.getByTestId('self-result-1.2').locator('abbr').getAttribute('title')).toMatch(
      /^Cần xem lại: .*(36|30)/,
    );
    expect(await page.getByTestId('self-result-1.1').innerText()).toMatch(/^\d/);

    // The screenshot at 1366×768, and the lines it shows in full.
    await page.screenshot({ path: join(tmpdir(), 'dti-verify-desk-1366x768.png') });
    const visible = await page.locator('.vline.verdict-row').evaluateAll(
      (rows) =>
        rows.filter((r) => {
          const b = r.getBoundingClientRect();
          return b.height > 0 && b.top >= 0 && b.bottom <= window.innerHeight;
        }).length,
    );
    expect(visible).toBeGreaterThanOrEqual(15);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

    // From the open commune to "Đã thẩm tra 50/50", every key press counted.
    const keys: string[] = [];
    const press = async (key: string) => {
      keys.push(key);
      await page.keyboard.press(key);
    };
    const groupDone = (g: number) =>
      page
        .getByTestId('group-message')
        .filter({ hasText: `Nhóm ${g}:` })
        .waitFor();
    await press('Shift+A'); // group 1 agreed; on to 2.1
    await groupDone(1);
    for (const code of ['2.1', '2.2', '2.3']) {
      await press('d'); // Điều chỉnh: the value (the commune's) is focused and selected
      await v.verifiedInput(code).waitFor();
      await press('ArrowDown'); // Có → Không; đầy đủ → một phần
      await press('Enter'); // on to the reason (the last one written, or a ready-made one, selected)
      await press('Enter'); // saved; on to the next line
      await v.state(code).filter({ hasText: 'Điều chỉnh' }).waitFor();
    }
    for (const g of [2, 3, 4, 5, 6, 7, 8]) {
      await press('Shift+A');
      await groupDone(g);
    }
    await v.progress().filter({ hasText: 'Đã thẩm tra 50/50' }).waitFor();
    expect(keys.length).toBeLessThanOrEqual(20);
    expect(keys).toHaveLength(20);

    const stored = await storedVerdicts(page);
    expect(Object.keys(stored)).toHaveLength(50);
    for (const ind of fw.indicators)
      expect(stored[ind.code], ind.code).toBe(['2.1', '2.2', '2.3'].includes(ind.code) ? 'adjust' : 'agree');
    expect(await v.state('2.1').textContent()).toBe('Điều chỉnh: Không');
    expect(await v.figures('unit-figures')).toMatchObject({ diff: expect.stringMatching(/^−/) });
    await page.screenshot({ path: join(tmpdir(), 'dti-verify-desk-done.png') });

    // Undo takes back the last step (group 8), in IndexedDB too; the line shows it.
    await press('Control+z');
    await v.progress().filter({ hasText: 'Đã thẩm tra 43/50' }).waitFor();
    expect(await v.state('8.1').textContent()).toBe('Chưa thẩm tra');
    const undone = await storedVerdicts(page);
    expect(Object.keys(undone)).toHaveLength(43);
    expect(undone['8.1']).toBeUndefined();

    // B: a request, its remark typed; the side panel shows the selected indicator's evidence and history.
    await v.select('8.1');
    await page.keyboard.press('b');
    await v.remark('8.1').fill('Đề nghị gửi danh sách tài khoản.');
    await page.keyboard.press('Enter');
    await v.state('8.1').filter({ hasText: 'Yêu cầu bổ sung' }).waitFor();
    await v.select('8.1');
    expect(await page.getByTestId('detail-evidence').innerText()).toContain('44/QĐ-UBND');
    await expect.poll(() => page.getByTestId('detail-history').innerText()).toContain('Yêu cầu bổ sung — Đề nghị gửi');
    expect((await storedVerdicts(page))['8.1']).toBe('request');

    // The panel's method reads as words, as in the Excel and the print: no catalogue keys ("truong = …").
    await v.select('1.1');
    await page.screenshot({ path: join(tmpdir(), 'dti-verify-desk-method.png') });
    const method = await page.getByTestId('detail-method').innerText();
    expect(method).toContain('Trưởng ban là Bí thư Đảng ủy hoặc Chủ tịch UBND xã (20 điểm)');
    expect(method).not.toMatch(/\b(truong|pho|khong)\s*=/);
  }, 180_000);
});
