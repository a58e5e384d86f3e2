// Issue 10 on a commune's machine (desktop bridge stubbed): the document settings are entered once in Cài đặt →
// Văn bản; the filled assessment's "In / Lưu PDF" shows Biểu mẫu 01 as the administrative document (unit, number,
// recipient, values in Vietnamese format, both signature blocks with the names entered) and saves it as PDF; the
// page Chromium prints is A4 landscape, the table header on every page, the signatures on the last page. The
// commune's machine has no Tổng hợp: the form's own "In / Lưu PDF" is where it prints.
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flat, pdfPages, scratch } from '../shared/documents/libreoffice';
import { BRIDGE_STUB, type BridgeCall } from './bridge-stub';
import { COMMUNE_A, DISTRICT, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ShellPage } from './page-models/shell-page';

const calls = (app: AppSession) =>
  app.page.evaluate(() => (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls);

/** Fills every indicator of the open form: a choice's first option, ratio 12/15, 1.5 = 85.5 %, other numbers 3. */
async function fillAll(form: FormModel): Promise<void> {
  const ids = await form.page
    .locator('[id^="v-"]:is(select, input)')
    .evaluateAll((els) => els.map((e) => `${e.tagName}|${e.id}`));
  for (const key of ids) {
    const [tag, id] = key.split('|') as [string, string];
    const el = form.page.locator(`[id="${id}"]`);
    if (tag === 'SELECT') await el.selectOption({ index: 1 });
    else if (id === 'v-1.5') await el.fill('85.5');
    else if (id.endsWith('-a')) await el.fill('12');
    else if (id.endsWith('-b')) await el.fill('15');
    else await el.fill('3');
  }
  await form.waitSaved();
}

describe('In / Lưu PDF on a commune assessment', () => {
  let app: AppSession | undefined;
  const tmp = scratch();
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
    tmp.dispose();
  });

  it('prints Biểu mẫu 01 with the settings of Cài đặt → Văn bản, A4 landscape, signatures on the last page', async () => {
    app = await launchApp({ initScript: BRIDGE_STUB });
    const { page } = app;
    const list = new AssessmentsModel(page);
    const shell = new ShellPage(page);
    await list.setupCommune(DISTRICT, COMMUNE_A);

    await shell.open('Cài đặt');
    const docs = page.getByTestId('documents-settings');
    await docs.locator('input[name="doc-number-report"]').fill('15');
    await docs.locator('input[name="doc-place"]').fill('Gia Phong');
    await docs.locator('input[name="doc-preparer"]').fill('Trần Thị Bình');
    await docs.locator('input[name="doc-signerName"]').fill('Nguyễn Văn Chủ');
    await docs.getByRole('button', { name: 'Lưu thông tin văn bản' }).click();
    await expect.poll(() => docs.getByTestId('documents-message').textContent()).toContain('Đã lưu');
    // A commune is asked only for its own report's number.
    expect(await docs.locator('input[name="doc-number-minutes"]').count()).toBe(0);

    await shell.open('Đánh giá');
    await list.open(COMMUNE_A.name, YEAR);
    const form = new FormModel(page);
    await fillAll(form);
    await form.openMore('1.1');
    await form.evidence('1.1', 'docNumber').fill('12/QĐ-UBND');
    await form.evidence('1.1', 'docDate').fill(`15/03/${YEAR}`);
    await form.evidence('1.1', 'summary').fill('Kiện toàn Ban Chỉ đạo chuyển đổi số xã');
    await form.waitSaved();
    await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
    const view = page.getByTestId('form-print-view');
    const doc = view.getByTestId('form-print-doc');
    await doc.waitFor();
    const text = await doc.innerText();
    for (const part of [
      'UBND HUYỆN GIA VIỄN',
      'ỦY BAN NHÂN DÂN XÃ GIA PHONG',
      'Số: 15/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIỂU MẪU 01',
      `BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM ${YEAR}`,
      'Kính gửi: UBND huyện Gia Viễn',
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/Gia Phong, ngày \d\d tháng \d{1,2} năm \d{4}/);
    expect(await doc.locator('tr[data-code]').count()).toBe(50);
    expect(await doc.locator('tr[data-code="1.5"]').innerText()).toMatch(/85,5 %/);
    expect(await doc.locator('tr[data-code="1.1"]').innerText()).toContain(
      `Số: 12/QĐ-UBND\nNgày: 15/03/${YEAR}\nTrích yếu: Kiện toàn Ban Chỉ đạo chuyển đổi số xã`,
    );
    expect(text).not.toMatch(/chưa nhập/i);
    const closing = await doc.getByTestId('admin-closing').innerText();
    expect(flat(closing)).toMatch(/NGƯỜI LẬP BIỂU \(Ký, ghi rõ họ tên\) Trần Thị Bình/);
    expect(flat(closing)).toMatch(/TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH \(Ký tên, đóng dấu\) Nguyễn Văn Chủ/);

    // Desktop: the PDF is saved through the save dialog, under the form's name.
    await view.getByRole('button', { name: 'In / Lưu PDF' }).click();
    const name = `DTI_${YEAR}_xa-gia-phong_bieu-mau-01.pdf`;
    await expect.poll(() => view.getByTestId('print-note').textContent()).toContain(`Đã lưu bản PDF tại`);
    expect((await calls(app)).filter((c) => c.fn === 'printToPdf')).toEqual([{ fn: 'printToPdf', name }]);

    // What Chromium prints (Electron's printToPDF takes the page size from the CSS, as here).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (process.env.DTI_PRINT_PDF) writeFileSync(process.env.DTI_PRINT_PDF, pdf);
    const { width, height, pages } = pdfPages(tmp.dir, pdf);
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(pages.length).toBeGreaterThan(1);
    expect(flat(pages[0]!)).toContain('ỦY BAN NHÂN DÂN XÃ GIA PHONG');
    for (const p of pages.slice(pages.findIndex((x) => x.includes('B. CHỈ SỐ ĐÁNH GIÁ')))) {
      expect(flat(p)).toMatch(/STT Chỉ số/);
    }
    const last = flat(pages[pages.length - 1]!);
    expect(last).toMatch(/NGƯỜI LẬP BIỂU.*CHỦ TỊCH/);
    expect(last).toContain('Trần Thị Bình');
    expect(last).toContain('Nguyễn Văn Chủ');
    // The app (toolbar, navigation) is not on paper; page numbers from page 2, centred in the top margin.
    expect(pages.join('')).not.toContain('Quay lại biểu mẫu');
    expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');

    // The commune's machine has no Tổng hợp or Thẩm tra (issue 15): its own form prints from the form, above.
    await view.getByRole('button', { name: '← Quay lại biểu mẫu' }).click();
    await form.back();
    expect(await page.getByRole('navigation').getByRole('button').allInnerTexts()).toEqual(['Đánh giá', 'Cài đặt']);
  }, 180_000);
});
