// Verification across three machines (three fresh Chromium profiles): communes export, the district verifies,
// returns remarks, commune A corrects, the district re-imports and completes. Figures shown are checked against
// shared/verify computed on the exported files.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../shared/exchange/import';
import { EMPTY_INFO } from '../../shared/entry/types';
import { exportAssessment } from '../../shared/exchange/export';
import { formatPoints, indexPercent, roundPoints } from '../../shared/scoring/format';
import { generatedCommune, seededRandom } from '../../shared/verify/bench';
import {
  agreeGroup,
  applyVerdict,
  SHEET_CONSOLIDATED,
  verificationFigures,
  type VerifiedLayer,
} from '../../shared/verify';
import { appendixCellAt } from '../../shared/verify/consolidated-appendix';
import { SUMMARY_LAYOUT } from '../../shared/verify/consolidated-summary';
import { shippedFramework } from '../shared/helpers';
import type { AppSession } from './harness';
import {
  ADJUST_REMARK,
  COMMUNE_A,
  COMMUNE_B,
  COMMUNE_C,
  COMMUNE_D,
  communeCorrects,
  communeExports,
  completeVerification,
  DISTRICT,
  districtReceives,
  districtReimports,
  fillCommuneA,
  fillCommuneB,
  REQUEST_REMARK,
  verifyFirstRound,
  YEAR,
} from './flows/verify-flow';
import { HandoffModel } from './page-models/handoff-page';
import { RemarksModel, VerifyCommuneModel } from './page-models/verify-page';

const fw = shippedFramework('commune');

async function entriesOf(path: string, name: string) {
  const r = readAssessmentFile(new Uint8Array(await readFile(path)), name, { resolveFramework: () => fw });
  if (!r.ok) throw new Error(r.error.message);
  return r.entries;
}

/** The layers the verifier's clicks should have made, computed with shared/verify on the file's entries. */
function expectedLayers(
  entries: Awaited<ReturnType<typeof entriesOf>>,
  decisions: [string, 'agree' | 'adjust' | 'request', Record<string, string>?][],
  groups: number[],
) {
  const layers = new Map<string, VerifiedLayer>();
  const byCode = new Map(entries.map((e) => [e.code, e]));
  for (const [code, verdict, raw] of decisions) {
    const r = applyVerdict(
      fw.indicators.find((i) => i.code === code)!,
      byCode.get(code) ?? { raw: {} },
      { verdict, raw, remark: 'x', at: 0 },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    layers.set(code, r.layer);
  }
  for (const g of groups) for (const [c, l] of agreeGroup(fw, g, entries, layers, { at: 0 }).layers) layers.set(c, l);
  return verificationFigures(fw, entries, layers);
}

describe('verification round trip over three machines, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('verifies, returns remarks, carries verdicts over r2 and completes, with the figures of shared/verify', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-verify-'));
    const a = await communeExports(COMMUNE_A, dir, fillCommuneA);
    const b = await communeExports(COMMUNE_B, dir, fillCommuneB);
    apps.push(a.app, b.app);
    // A third commune's file (made by the shared exporter, as its machine would) and a fourth that sends nothing.
    const c1 = join(dir, 'commune-c.xlsx');
    const cEntries = generatedCommune(fw, seededRandom(7), Date.UTC(YEAR, 11, 1)).entries;
    await writeFile(
      c1,
      (
        await exportAssessment({
          framework: fw,
          unit: { ...COMMUNE_C, type: 'commune' },
          district: DISTRICT,
          period: { year: YEAR, kind: 'year' },
          info: EMPTY_INFO,
          entries: cEntries,
          revision: 1,
          exportId: 'e2e-c',
          exportedAt: Date.UTC(YEAR, 11, 1),
          appVersion: 'e2e',
        })
      ).bytes,
    );
    const d = await districtReceives([a.r1.path, b.r1.path, c1], [COMMUNE_C, COMMUNE_D]);
    apps.push(d.app);
    const page = d.app.page;
    await expect.poll(async () => (await d.exchange.figures(COMMUNE_B.code)).revision).toBe('r1');

    // An invalid verdict shows its error on the field and saves nothing.
    const v = new VerifyCommuneModel(page);
    await v.open(COMMUNE_A.code);
    await v.startVerdict('1.4', 'Điều chỉnh');
    await v.remark('1.4').fill('');
    await v.trySave('1.4');
    await expect
      .poll(() => v.errors('1.4').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/trùng với số liệu tự đánh giá/),
          expect.stringMatching(/lý do điều chỉnh/),
        ]),
      );
    expect(await v.state('1.4').textContent()).toBe('Chưa thẩm tra');
    await v.back();

    const first = await verifyFirstRound(page, dir);
    expect(first.groupMessage).toMatch(/^Nhóm 2: đồng ý 4 chỉ số\.$/);
    expect(first.remarks.name).toMatch(/_yeu-cau-bo-sung_r1\.xlsx$/);
    const a1 = await entriesOf(a.r1.path, a.r1.name);
    const f1 = expectedLayers(
      a1,
      [
        ['1.1', 'agree'],
        ['1.2', 'adjust', { numerator: '2', denominator: '4' }],
        ['1.3', 'request'],
        ['1.5', 'agree'],
      ],
      [2],
    );
    expect(await v.figures('unit-figures')).toMatchObject({
      self: formatPoints(f1.unit.selfPoints),
      verified: formatPoints(f1.unit.verifiedPoints),
    });
    for (const g of f1.groups.slice(0, 3)) {
      expect(await v.figures(`group-figures-${g.groupCode}`)).toMatchObject({
        self: formatPoints(g.selfPoints),
        verified: formatPoints(g.verifiedPoints),
      });
    }
    expect(await v.progress().textContent()).toContain(`Đã thẩm tra ${f1.progress.verified}/${fw.indicators.length}`);
    await v.filter('requests').click();
    expect(await v.shownCodes()).toEqual(['1.3']);
    await v.filter('differences').click();
    expect(await v.shownCodes()).toEqual(['1.2']);
    await v.filter('all').click();

    // A remarks file for another commune is refused there, nothing changes.
    const refused = await new RemarksModel(b.app.page).importFile(first.remarks.path);
    expect(refused).toMatch(/Không nhận tệp: .*Xã Gia Phong.*không phải Xã Gia Trung.*Không có gì thay đổi/);
    expect(await b.app.page.getByTestId('remarks-banner').count()).toBe(0);

    const corrected = await communeCorrects(a.app.page, first.remarks.path, dir);
    expect(corrected.importMessage).toContain('2 nhận xét của huyện');
    // The remarks file went through the one outside reader; at about 10 kB it is read on the page (≤ 16 kB).
    const remarksRead = await a.app.page.evaluate(
      () =>
        (globalThis as { __dtiLastOutsideRead?: { kind: string; bytes: number; readIn: string } }).__dtiLastOutsideRead,
    );
    expect(remarksRead).toMatchObject({ kind: 'remarks', readIn: 'page' });
    expect(remarksRead?.bytes).toBeLessThanOrEqual(16 * 1024);
    const remarks = new RemarksModel(a.app.page);
    expect(await remarks.banner().textContent()).toContain(
      'Huyện yêu cầu bổ sung 1 chỉ số, điều chỉnh 1 chỉ số: 1.3 (yêu cầu bổ sung), 1.2 (điều chỉnh)',
    );
    expect(await remarks.remark('1.3').textContent()).toContain(REQUEST_REMARK);
    expect(await remarks.remark('1.2').textContent()).toContain(ADJUST_REMARK);
    expect(await remarks.remark('1.1').count()).toBe(0);
    expect(corrected.r2.name).toMatch(/_r2\.xlsx$/);
    await a.app.page.screenshot({ path: join(tmpdir(), 'dti-verify-commune-remarks.png'), fullPage: false });

    const v2 = await districtReimports(page, corrected.r2.path);
    expect(await v2.filter('changed').textContent()).toBe('Đã sửa từ lần thẩm tra trước (1)');
    await v2.filter('changed').click();
    expect(await v2.shownCodes()).toEqual(['1.3']);
    expect(await v2.stale('1.3').textContent()).toMatch(
      /Xã đã sửa sau lần thẩm tra.*Giá trị.*"2" → "3".*Số hiệu văn bản.*"" → "27\/KH-UBND"/,
    );
    expect(await v2.state('1.3').textContent()).toBe('Cần kết luận lại');
    await page.screenshot({ path: join(tmpdir(), 'dti-verify-district-stale.png'), fullPage: false });
    await v2.filter('all').click();
    expect(await v2.state('1.1').textContent()).toMatch(/^Đồng ý/);
    expect(await v2.state('1.2').textContent()).toMatch(/^Điều chỉnh/);
    expect(await v2.state('2.3').textContent()).toMatch(/^Đồng ý/);

    await completeVerification(
      v2,
      fw.groups.map((g) => g.code),
    );
    expect(await v2.progress().textContent()).toContain(`Đã thẩm tra ${fw.indicators.length}/${fw.indicators.length}`);
    const a2 = await entriesOf(corrected.r2.path, corrected.r2.name);
    const f2 = expectedLayers(
      a2,
      [
        ['1.1', 'agree'],
        ['1.2', 'adjust', { numerator: '2', denominator: '4' }],
        ['1.3', 'agree'],
        ['1.5', 'agree'],
      ],
      fw.groups.map((g) => g.code),
    );
    expect(f2.progress.verified).toBe(fw.indicators.length);
    expect(await v2.figures('unit-figures')).toEqual({
      self: formatPoints(f2.unit.selfPoints),
      verified: formatPoints(f2.unit.verifiedPoints),
      diff: expect.stringContaining(formatPoints(Math.abs(f2.unit.pointsDiff))),
    });
    expect(await v2.filter('changed').textContent()).toBe('Đã sửa từ lần thẩm tra trước (0)');
    await page.screenshot({ path: join(tmpdir(), 'dti-verify-district-done.png'), fullPage: false });

    // The minutes after r2 still hold the first round's adjustment (1.2) and request (1.3).
    await v2.back();
    const handoff = new HandoffModel(page);
    const minutes = await handoff.openMinutes(COMMUNE_A.code);
    const adjusted = await minutes.getByTestId('minutes-adjusted').innerText();
    expect(adjusted).toContain('1.2');
    expect(adjusted).toContain(`Lần 1: ${ADJUST_REMARK}`);
    const requested = await minutes.getByTestId('minutes-requested').innerText();
    expect(requested).toContain('1.3');
    expect(requested).toContain(`Lần 1: ${REQUEST_REMARK} — Xã đã sửa ở lần 2; kết luận lại: Đồng ý.`);
    expect(await minutes.innerText()).not.toContain('Không có chỉ số nào phải điều chỉnh');
    // When it began and ended, and who came for the commune: dots to write by hand until typed, then the words.
    expect(await minutes.innerText()).toContain('Hôm nay, vào lúc …… giờ ……, ngày');
    expect(await minutes.innerText()).toContain('Biên bản kết thúc vào lúc …… giờ …… cùng ngày');
    const reps = minutes.getByTestId('minutes-attendees').nth(1);
    expect(await reps.locator('li').count()).toBe(2);
    await page.locator('input[name=minutes-start]').fill('08:30');
    await page.locator('input[name=minutes-end]').fill('10:45');
    await page.locator('textarea[name=minutes-reps]').fill('Phạm Thị Lan, Chủ tịch UBND xã\nVũ Văn Hải - Công chức');
    await expect.poll(() => minutes.innerText()).toContain('Hôm nay, vào lúc 08 giờ 30, ngày');
    expect(await minutes.innerText()).toContain('Biên bản kết thúc vào lúc 10 giờ 45 cùng ngày');
    await expect
      .poll(() => reps.innerText())
      .toMatch(
        /^2\. Đại diện UBND xã .+\n.*Ông\/Bà Phạm Thị Lan — Chủ tịch UBND xã\n.*Ông\/Bà Vũ Văn Hải — Công chức$/su,
      );
    expect(await minutes.getByTestId('admin-closing').innerText()).toContain('Phạm Thị Lan');
    await minutes.screenshot({ path: join(tmpdir(), 'dti-minutes.png') });
    await page.getByRole('button', { name: '← Quay lại danh sách xã' }).click();

    // The consolidated workbook for the province, exported from the UI; every total checked against the engine.
    expect(await handoff.setProvinceEmail('sotttt@ninhbinh.gov.vn')).toBe('Đã lưu địa chỉ thư điện tử của tỉnh.');
    await handoff.openSummary();
    // The checklist: 1 of the 3 communes that sent is verified, 2 are not, 1 sent nothing; the district has no form.
    const checklist = handoff.checklist();
    expect(await checklist.getByTestId('check-verified').innerText()).toContain('Đã thẩm tra xong 1/3 xã đã nộp.');
    expect(await checklist.getByTestId('check-unverified').innerText()).toContain(
      `2 xã đã nộp nhưng chưa thẩm tra xong: ${COMMUNE_C.name}, ${COMMUNE_B.name}.`,
    );
    expect(await checklist.getByTestId('check-missing').innerText()).toContain(`1/4 xã chưa nộp: ${COMMUNE_D.name}.`);
    expect(await checklist.getByTestId('check-own').innerText()).toContain('chưa có bản tự đánh giá kỳ này');
    expect(await handoff.sendButton().isDisabled()).toBe(true);
    const sentence = (await page.getByTestId('district-sentence').textContent()) ?? '';
    expect(sentence).toMatch(/^Đã nhận 3\/4 xã, đã thẩm tra 1; còn 2 xã chưa thẩm tra xong, 1 xã chưa nộp\. /);
    expect(sentence).toContain(`hoàn thành và cơ bản hoàn thành ${f2.unit.verifiedCompleted}/50 chỉ số`);
    await page.screenshot({ path: join(tmpdir(), 'dti-verify-send-checklist.png'), fullPage: true });
    const download = await handoff.sendAndDownload();
    const book = join(dir, download.suggestedFilename());
    await download.saveAs(book);
    const wb = XLSX.read(await readFile(book), { type: 'buffer' });
    const sheet = wb.Sheets[SHEET_CONSOLIDATED] as XLSX.WorkSheet;
    const L = SUMMARY_LAYOUT;
    const cell = (r: number, c: number) => sheet[XLSX.utils.encode_cell({ r, c })]?.v;
    // Each group's figures, in the report's appendix, the report's rows in the same order.
    const group = (r: number, gi: number, k: 0 | 1) => {
      const at = appendixCellAt(r - L.firstRow, gi, k);
      return wb.Sheets[at.sheet]?.[XLSX.utils.encode_cell(at)]?.v;
    };
    const rowOf = (name: string) => [0, 1, 2, 3].map((i) => L.firstRow + i).find((r) => cell(r, 1) === name)!;
    const expected: [{ name: string }, ReturnType<typeof verificationFigures>, number | null][] = [
      [COMMUNE_A, f2, 1],
      [COMMUNE_B, verificationFigures(fw, await entriesOf(b.r1.path, b.r1.name), new Map()), null],
      [COMMUNE_C, verificationFigures(fw, cEntries, new Map()), null],
    ];
    for (const [unit, fig, rank] of expected) {
      const r = rowOf(unit.name);
      expect(r, unit.name).toBeDefined();
      expect(cell(r, 3)).toMatch(rank === null ? /^Chưa thẩm tra/ : /^Đã thẩm tra$/);
      fw.groups.forEach((g, gi) => {
        expect(group(r, gi, 0), `${unit.name} nhóm ${g.code} tự đánh giá`).toBe(
          roundPoints(fig.groups[gi]!.selfPoints),
        );
        expect(group(r, gi, 1), `${unit.name} nhóm ${g.code} thẩm tra`).toBe(
          rank === null ? 'chưa thẩm tra' : roundPoints(fig.groups[gi]!.verifiedPoints),
        );
      });
      expect(cell(r, L.totalsCol)).toBe(roundPoints(fig.unit.selfPoints));
      expect(cell(r, L.totalsCol)).toBeGreaterThan(0); // self figures, never zeros
      expect(cell(r, L.totalsCol + 1)).toBe(rank === null ? 'chưa thẩm tra' : roundPoints(fig.unit.verifiedPoints));
      expect(cell(r, L.totalsCol + 2)).toBe(
        rank === null ? 'chưa thẩm tra' : `${fig.unit.verifiedCompleted}/${fig.unit.total}`,
      );
      expect(cell(r, L.totalsCol + 3)).toBe(rank === null ? '—' : indexPercent(fig.unit.verifiedPoints, 1000));
      expect(cell(r, L.totalsCol + 4)).toBe(rank ?? '—');
    }
    expect(cell(rowOf(COMMUNE_D.name), 3)).toBe('Chưa nộp');
    expect(cell(L.firstRow - 3, 0)).toMatch(/^BÁO CÁO CHƯA ĐẦY ĐỦ: 2 xã chưa thẩm tra xong/);
    expect(cell(L.firstRow + 5, 0)).toBe(sentence);
    expect([6, 7].map((i) => cell(L.firstRow + i, 0))).toContain(
      'Điểm và số chỉ số hoàn thành theo từng nhóm chỉ số của các xã: xem Phụ lục I và Phụ lục II kèm theo.',
    );
    const mailto = await handoff.mailto();
    expect(mailto).toMatch(/^mailto:sotttt@ninhbinh\.gov\.vn\?subject=/);
    expect(decodeURIComponent(mailto)).toContain('BÁO CÁO CHƯA ĐẦY ĐỦ');
    expect(await page.getByTestId('mail-text').textContent()).toContain(`Tóm tắt: ${sentence}`);
  }, 300_000);
});
