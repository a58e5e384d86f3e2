// A commune's side of the hand-off, on the desktop bridge (stubbed preload), in one session: a numerator above
// its denominator is "Cần xem lại" and appears in the pre-export check with the other questions a reader would
// ask; after export the app says where the file is ("Mở thư mục") and offers the e-mail to the district; an edit
// after export shows "Đã sửa sau lần xuất r1 — cần xuất lại" on the form and in the list.
import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_STUB, type BridgeCall } from './bridge-stub';
import { DISTRICT, COMMUNE_A, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';

const calls = (app: AppSession) =>
  app.page.evaluate(() =>
    (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls.filter((c) => c.fn !== 'appInfo'),
  );

describe('commune export: check, where the file is, e-mail, export again', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('checks before export, says where the file went, offers the e-mail, and asks to export again after an edit', async () => {
    app = await launchApp({ initScript: BRIDGE_STUB });
    const { page } = app;
    const list = new AssessmentsModel(page);
    await list.setupCommune(DISTRICT, COMMUNE_A);
    await list.open(COMMUNE_A.name, YEAR);
    const form = new FormModel(page);
    await form.value('1.2', 'a').fill('36');
    await form.value('1.2', 'b').fill('30');
    await form.value('1.4').selectOption('yes');
    await form.openMore('1.4');
    await form.evidence('1.4', 'docDate').fill(`15/03/${YEAR - 3}`);
    await form.value('2.1').selectOption('yes');
    await form.waitSaved();
    // 36/30 cannot be right: not "Hoàn thành", no points.
    await expect.poll(() => form.status('1.2').textContent()).toBe('Cần xem lại');
    expect(await form.points('1.2').textContent()).not.toMatch(/[1-9]/);
    expect(await page.getByTestId('export-state').textContent()).toBe('Nháp');

    // The check lists what a reader would question; "Để sửa trước" saves nothing.
    const headBox = () => page.locator('.entry-head').boundingBox();
    const head = (await headBox())!;
    // A low window, the officer further down the form: the check is taller than the room below the head.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width, height: 360 });
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.getByRole('button', { name: 'Xuất Excel', exact: true }).click();
    const check = page.getByTestId('export-check');
    await check.waitFor();
    // Shown below the sticky head, which keeps its height (holding the check, it once took most of the screen),
    // scrolled by its top: its title is not left under the head, as aligning its bottom did.
    const headNow = (await headBox())!;
    expect(headNow.height).toBe(head.height);
    await expect.poll(async () => (await check.boundingBox())!.y).toBeGreaterThanOrEqual(headNow.y + headNow.height);
    expect((await check.boundingBox())!.y).toBeLessThan(360);
    await page.setViewportSize(viewport);
    expect(await check.getByTestId('export-check-value').innerText()).toMatch(
      /1\.2 .*Tử số a = 36 lớn hơn mẫu số b = 30.*cần xem lại/s,
    );
    expect(await check.getByTestId('export-check-date').innerText()).toMatch(/1\.4 .*nằm ngoài kỳ đánh giá/s);
    expect(await check.getByTestId('export-check-no-evidence').innerText()).toMatch(/2\.1 .*chưa ghi văn bản/s);
    await check.getByRole('button', { name: 'Để sửa trước' }).click();
    expect(await check.count()).toBe(0);
    expect((await calls(app)).filter((c) => c.fn === 'saveFile')).toEqual([]);

    // Export anyway: the message says where the file is, with "Mở thư mục", and offers the e-mail.
    await page.getByRole('button', { name: 'Xuất Excel', exact: true }).click();
    await check.getByRole('button', { name: 'Vẫn xuất' }).click();
    const done = page.getByTestId('export-message');
    await done.waitFor();
    expect((await headBox())!.height).toBe(head.height);
    expect((await done.boundingBox())!.y).toBeGreaterThanOrEqual(head.y + head.height);
    const saved = (await calls(app)).find((c) => c.fn === 'saveFile');
    const path = `C:\\Users\\can-bo\\Documents\\${String(saved?.name)}`;
    expect(await done.innerText()).toContain(`Tệp được lưu tại ${path}.`);
    await done.getByRole('button', { name: 'Mở thư mục' }).click();
    await expect.poll(async () => (await calls(app!)).some((c) => c.fn === 'revealFile' && c.path === path)).toBe(true);
    await expect.poll(() => page.getByTestId('export-state').textContent()).toBe('Đã xuất r1');

    const mail = page.getByTestId('export-mail');
    // The e-mail's text in the page's font, not a <pre>'s monospace one (which may lack Vietnamese letters).
    const fontOf = (l: Locator) => l.evaluate((e) => getComputedStyle(e).fontFamily);
    expect(await fontOf(mail.getByTestId('export-mail-text'))).toBe(await fontOf(page.locator('body')));
    expect(await mail.innerText()).toContain(`Gửi tệp này cho ${DISTRICT.name} qua thư điện tử`);
    await mail.locator('input[name="receiver-email"]').fill('vanphong@giavien.ninhbinh.gov.vn');
    await mail.getByRole('button', { name: `Soạn thư gửi ${DISTRICT.name}` }).click();
    await expect
      .poll(() => page.getByTestId('export-mail-note').textContent())
      .toContain('Nếu chương trình thư không tự mở, hãy bấm “Sao chép nội dung thư”');
    const open = (await calls(app)).find((c) => c.fn === 'openExternal');
    const url = String(open?.url);
    expect(url.startsWith('mailto:vanphong@giavien.ninhbinh.gov.vn?subject=')).toBe(true);
    const q = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(q.get('subject')).toBe(`Kết quả tự đánh giá chuyển đổi số năm ${YEAR} — UBND xã Gia Phong (lần 1)`);
    expect(q.get('body')).toContain('Kính gửi: UBND huyện Gia Viễn.');
    expect(q.get('body')).toContain(`Tệp đính kèm: ${String(saved?.name)}`);
    expect(await page.getByTestId('export-mail-text').textContent()).toContain(q.get('body')!.split('\r\n')[2]!);

    // An edit after export: the form and the list say to export again.
    await form.value('1.2', 'a').fill('24');
    await form.waitSaved();
    await expect
      .poll(() => page.getByTestId('export-state').textContent())
      .toBe('Đã sửa sau lần xuất r1 — cần xuất lại');
    await form.back();
    await expect
      .poll(() => list.row(COMMUNE_A.code, String(YEAR)).getByTestId('export-state').textContent())
      .toBe('Đã sửa sau lần xuất r1 — cần xuất lại');
  }, 120_000);
});
