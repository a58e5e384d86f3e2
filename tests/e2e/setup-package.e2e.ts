// Issue 12: the province (Ninh Bình, from 7/2025) exports "Gói thiết lập cho xã"; a fresh commune profile opens it
// at first run, picks itself from the province's communes (no code, no period, no role typed or chosen), fills and
// exports; the province imports that file with no unit typed anywhere. A damaged package is refused in Vietnamese.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { exportForm, fillCommuneB, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';
import { ShellPage } from './page-models/shell-page';

describe('the setup package, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('province exports it, a commune sets up from it, fills and exports, the province imports', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-package-'));
    const province = await launchApp();
    apps.push(province);
    const p = province.page;
    const plist = new AssessmentsModel(p);
    await plist.startSetup('2025', 'verifier');
    await p.locator('input[name=unit-search]').fill('ninh binh');
    // A hit is chosen by a click anywhere on its row: here its right end, far from its words.
    const hit = p.getByTestId('unit-hits').locator('li', { hasText: 'Tỉnh Ninh Bình' });
    const box = (await hit.boundingBox())!;
    await hit.click({ position: { x: box.width - 8, y: box.height / 2 } });
    await p.getByTestId('picked-unit').waitFor({ timeout: 2_000 });
    // "Thêm ngay … của Tỉnh Ninh Bình theo danh mục" is one run of text beside its box, wrapping as a paragraph
    // (every line starts at the same left edge), not three flex columns each wrapping on its own.
    const fill = p.locator('label.check').filter({ has: p.locator('input[name=fill]') });
    const layout = await fill.evaluate((label) => {
      const lefts = new Map<number, number>(); // line top → its leftmost text
      const walk = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          const top = Math.round(r.top / 4);
          lefts.set(top, Math.min(lefts.get(top) ?? Infinity, Math.round(r.left)));
        }
      }
      const blocks = [...label.childNodes].filter((n) => n.nodeType === 1 || n.textContent?.trim()).length;
      return { lineStarts: new Set(lefts.values()).size, blocks };
    });
    expect(layout).toEqual({ lineStarts: 1, blocks: 2 });
    await plist.finishSetup();
    // The province machine says what it does, not "cấp huyện, cấp xã".
    const subtitle = p.locator('.shell-header .subtitle');
    await expect.poll(() => subtitle.innerText()).toMatch(/^Sở Khoa học và Công nghệ: thẩm tra và tổng hợp/);
    expect(await subtitle.innerText()).not.toMatch(/huyện/);
    // Tổng hợp before any file: no empty list of units and nothing to print yet.
    await new ShellPage(p).open('Tổng hợp');
    await p.getByText('Chưa có đơn vị nào có kết quả trong kỳ này.').waitFor();
    expect(await p.locator('select[name=summary-unit]').count()).toBe(0);
    expect(await p.getByRole('button', { name: 'In / Lưu PDF' }).isDisabled()).toBe(true);
    await new ShellPage(p).open('Cài đặt');
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Xuất gói thiết lập cho xã' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^goi-thiet-lap_tinh-ninh-binh_.+\.xlsx$/);
    const pkgPath = join(dir, download.suggestedFilename());
    await download.saveAs(pkgPath);

    // A damaged package (its framework edited after it was made) is refused and sets nothing up.
    const wb = XLSX.read(await readFile(pkgPath), { type: 'buffer' });
    wb.Sheets['ChiSo']!['D2'] = { t: 's', v: 'Chỉ số đã bị sửa tay' };
    const damaged = join(dir, 'goi-da-sua.xlsx');
    await writeFile(damaged, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    const commune = await launchApp();
    apps.push(commune);
    const c = commune.page;
    await c.getByText('Thiết lập lần đầu').waitFor();
    const openPackage = async (path: string) => {
      const [chooser] = await Promise.all([
        c.waitForEvent('filechooser'),
        c.getByRole('button', { name: 'Mở gói thiết lập cho xã…' }).click(),
      ]);
      await chooser.setFiles(path);
    };
    await openPackage(damaged);
    expect(await c.getByRole('alert').innerText()).toMatch(
      /goi-da-sua\.xlsx: .*dấu kiểm không khớp.*Không có gì thay đổi/,
    );
    await openPackage(pkgPath);
    expect(await c.getByTestId('setup-package').innerText()).toContain('Gói thiết lập của Tỉnh Ninh Bình (mã 37)');
    // Only the province's communes are offered: "gia vien" finds Xã Gia Viễn of Ninh Bình alone.
    await c.locator('input[name=unit-search]:not([disabled])').fill('gia vien');
    const hits = c.getByTestId('unit-hits').getByRole('button');
    expect(await hits.allInnerTexts()).toEqual([expect.stringMatching(/^Xã Gia Viễn — Tỉnh Ninh Bình/)]);
    await hits.first().click();
    const clist = new AssessmentsModel(c);
    await clist.finishSetup();
    await expect
      .poll(() => c.locator('.shell-header .subtitle').innerText())
      .toMatch(/^Tự đánh giá chỉ số chuyển đổi số cấp xã/);
    // A commune's machine shows only what a commune uses: no Thẩm tra or Tổng hợp; the province has them.
    const navNames = (page: typeof c) => page.getByRole('navigation').getByRole('button').allInnerTexts();
    await expect.poll(() => navNames(c)).toEqual(['Đánh giá', 'Cài đặt']);
    expect(await navNames(p)).toEqual(['Đánh giá', 'Thẩm tra', 'Tổng hợp', 'Cài đặt']);
    await clist.open('Xã Gia Viễn', YEAR);
    const form = new FormModel(c);
    // It still prints its own form.
    await c.getByRole('button', { name: 'In / Lưu PDF' }).waitFor();
    await c.setViewportSize({ width: 1366, height: 768 });
    await c.screenshot({ path: join(tmpdir(), 'dti-commune-shell-1366x768.png') });
    await fillCommuneB(form);
    await form.waitSaved();
    const file = await exportForm(c, dir);

    await p.getByRole('navigation').getByRole('button', { name: 'Đánh giá', exact: true }).click();
    const ex = new ExchangeModel(p);
    await ex.open();
    await ex.importFiles([file.path]);
    await ex.confirm();
    await expect.poll(async () => (await ex.figures('14464')).revision).toBe('r1');
  });
});
