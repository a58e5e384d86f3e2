import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';

describe('data entry in Chromium', () => {
  let app: AppSession | undefined;
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });

  it('a district with two communes fills 10 indicators; figures follow; everything is back after a reload', async () => {
    app = await launchApp();
    const list = new AssessmentsModel(app.page);
    const form = new FormModel(app.page);
    await list.setupDistrict('377', 'Huyện Gia Viễn');
    // Decomposed Vietnamese (as some keyboards type it) is stored composed.
    await list.pasteCommunes(
      `Mã\tTên\n09244\tXã Gia Phong\n09247\t${'Xã Gia Trung'.normalize('NFD')}\n09244\tXã Gia Phong`,
    );
    await expect.poll(() => list.unitList().innerText()).toContain('Xã Gia Trung');
    expect(await app.page.getByText('mã 09244 bị trùng').isVisible()).toBe(true);
    const listed = await list.unitList().innerText();
    expect(listed).toBe(listed.normalize('NFC'));
    expect(listed.indexOf('Gia Phong')).toBeLessThan(listed.indexOf('Gia Trung'));

    await list.open('Xã Gia Phong', 2025);
    await expect.poll(() => form.groupRatio(1).textContent()).toBe('0/5 hoàn thành và cơ bản hoàn thành');

    await form.info('population').fill('12.345');
    await form.info('contactEmail').fill('vanthu.giaphong@ninhbinh.gov.vn');
    await form.value('1.1').selectOption('truong'); // choice
    await form.value('1.2', 'a').fill('3'); // ratio 3/4
    await form.value('1.2', 'b').fill('4');
    await form.value('1.3').fill('2'); // steps
    await form.value('1.4').selectOption('yes'); // yes/no
    await form.value('1.5').fill('71,79'); // percent, Vietnamese decimal
    await form.value('2.4', 'd').fill('2.416'); // money, thousands dot
    await form.value('2.4', 'p').fill('12,5');
    await form.value('3.1', 'a').fill('0'); // ratio with 0 denominator
    await form.value('3.1', 'b').fill('0');
    await form.value('3.2').selectOption('mot');
    await form.value('6.8').fill('12'); // target
    await form.value('7.2').fill('abc'); // not a number: kept, flagged, not scored
    await form.openMore('1.4', '1.2');
    await form.evidence('1.4', 'docNumber').fill('15/QĐ-UBND');
    await form.evidence('1.4', 'docDate').fill('31/12/2024'); // outside the period
    await form.evidence('1.4', 'summary').fill('Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số');
    await form.note('1.2').fill('Năm 2025 có 4 cuộc họp, 3 cuộc do Chủ tịch chủ trì.');
    await form.waitSaved();

    expect(await form.row('7.2').getByText('không phải là số hợp lệ').isVisible()).toBe(true);
    expect(await form.status('7.2').textContent()).toBe('Chưa nhập');
    expect(await form.row('1.4').getByText('nằm ngoài kỳ đánh giá').isVisible()).toBe(true);
    expect(await form.status('3.1').textContent()).toBe('Không áp dụng/chưa đủ dữ liệu');
    expect(await app.page.getByTestId('ratio-1.2').textContent()).toBe('= 75,00%');
    expect(await form.points('1.5').textContent()).toBe('17,95');
    expect(await form.points('2.4').textContent()).toBe('12,50');

    await form.value('7.2').fill('60');
    // Typed the short way, written the long way once the officer leaves the field.
    await form.evidence('1.4', 'docDate').fill('12-3-2025');
    await form.evidence('1.4', 'docDate').press('Tab');
    await expect.poll(() => form.evidence('1.4', 'docDate').inputValue()).toBe('12/03/2025');
    await form.waitSaved();
    expect(await form.points('7.2').textContent()).toBe('18,00');
    expect(await form.row('1.4').getByText('nằm ngoài kỳ đánh giá').count()).toBe(0);

    const expectFigures = async () => {
      await expect.poll(() => form.groupRatio(1).textContent()).toBe('5/5 hoàn thành và cơ bản hoàn thành');
      expect(await form.groupPoints(1).textContent()).toBe('81,95/100');
      expect(await form.groupRatio(3).textContent()).toBe('1/6 hoàn thành và cơ bản hoàn thành');
      expect(await form.groupPoints(3).textContent()).toBe('7,50/100');
      expect(await form.groupPoints(7).textContent()).toBe('18,00/150');
      // 20 + 15 + 14 + 15 + 17.9475 + 12.5 + 0 + 7.5 + 15 + 18 = 134.9475
      expect(await app!.page.getByTestId('unit-points').textContent()).toBe('134,95');
      expect(await app!.page.getByTestId('unit-sentence').textContent()).toBe(
        'Đã hoàn thành và cơ bản hoàn thành 9/50 chỉ số, có 0/50 chỉ số hoàn thành thấp hoặc chưa thực hiện, 40/50 chỉ số chưa nhập, 1/50 chỉ số không áp dụng.',
      );
    };
    await expectFigures();

    await app.page.reload();
    await form.page.getByTestId('entry-title').waitFor();
    await expectFigures();
    expect(await form.value('1.1').inputValue()).toBe('truong');
    expect(await form.value('1.2', 'a').inputValue()).toBe('3');
    expect(await form.value('1.2', 'b').inputValue()).toBe('4');
    expect(await form.value('1.3').inputValue()).toBe('2');
    expect(await form.value('1.4').inputValue()).toBe('yes');
    expect(await form.value('1.5').inputValue()).toBe('71,79');
    expect(await form.value('2.4', 'd').inputValue()).toBe('2.416');
    expect(await form.value('2.4', 'p').inputValue()).toBe('12,5');
    expect(await form.value('3.1', 'b').inputValue()).toBe('0');
    expect(await form.value('3.2').inputValue()).toBe('mot');
    expect(await form.value('6.8').inputValue()).toBe('12');
    expect(await form.value('7.2').inputValue()).toBe('60');
    await form.openMore('1.4', '1.2');
    expect(await form.evidence('1.4', 'docNumber').inputValue()).toBe('15/QĐ-UBND');
    expect(await form.evidence('1.4', 'docDate').inputValue()).toBe('12/03/2025');
    expect(await form.evidence('1.4', 'summary').inputValue()).toBe('Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số');
    expect(await form.note('1.2').inputValue()).toBe('Năm 2025 có 4 cuộc họp, 3 cuộc do Chủ tịch chủ trì.');
    expect(await form.info('population').inputValue()).toBe('12.345');

    await form.back();
    const row = list.row('09244', '2025');
    await expect.poll(() => row.innerText()).toContain('9/50');
    expect(await row.innerText()).toContain('Xã Gia Phong');
    expect(await row.innerText()).toContain('134,95');
    // "Thay đổi lần cuối" as officers write a moment: 16:53 07/12/2026, not 7/12/26.
    expect(await row.innerText()).toMatch(/\b\d\d:\d\d \d\d\/\d\d\/20\d\d\b/);
  });

  it('keyboard: Enter moves to the next input, Alt+N jumps to the next unfilled indicator; filters ignore diacritics', async () => {
    app = await launchApp();
    const list = new AssessmentsModel(app.page);
    const form = new FormModel(app.page);
    await list.setupCommune({ code: '377', name: 'Huyện Gia Viễn' }, { code: '09244', name: 'Xã Gia Phong' });
    await list.open('Xã Gia Phong', 2025);

    await form.value('1.2', 'a').focus();
    await app.page.keyboard.type('2');
    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('v-1.2-b');
    await app.page.keyboard.type('2');
    await app.page.keyboard.press('Shift+Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('v-1.2-a');
    await form.waitSaved();

    // 1.1 is empty, 1.2 now filled: from 1.2, Alt+N goes to 1.3, then on to 1.4.
    await app.page.keyboard.press('Alt+N');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('v-1.3');

    const search = app.page.getByRole('searchbox', { name: 'Tìm chỉ số' });
    await search.fill('nhan thuc');
    // The 5 indicators of group 1 (Nhận thức số) and 4.1 ("… nâng cao nhận thức, kỹ năng số").
    await expect.poll(() => app!.page.getByTestId('filter-count').textContent()).toBe('Đang hiện 6/50 chỉ số');
    expect(await form.row('1.5').isVisible()).toBe(true);
    expect(await form.row('4.1').isVisible()).toBe(true);
    expect(await form.row('2.1').isVisible()).toBe(false);
    await search.fill('');
    await app.page.getByLabel('Chỉ chỉ số chưa nhập').check();
    await expect.poll(() => app!.page.getByTestId('filter-count').textContent()).toBe('Đang hiện 49/50 chỉ số');
    expect(await form.row('1.2').isVisible()).toBe(false);
    await app.page.getByLabel('Chỉ chỉ số chưa nhập').uncheck();
    await app.page.getByLabel('Lọc theo nhóm').selectOption('6');
    await expect.poll(() => app!.page.getByTestId('filter-count').textContent()).toBe('Đang hiện 12/50 chỉ số');

    // History of 1.2: one line per field, typed values coalesced.
    await app.page.getByLabel('Lọc theo nhóm').selectOption('0');
    await form.openMore('1.2'); // the history button is in the fold
    await form.row('1.2').getByRole('button', { name: 'Lịch sử thay đổi' }).click();
    const history = app.page.getByTestId('history-table');
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.innerText()).toContain('Tử số a');
    expect(await history.innerText()).toContain('Mẫu số b');
  });
});
