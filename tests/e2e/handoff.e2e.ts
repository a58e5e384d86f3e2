import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_INFO } from '@shared/entry/types';
import { exportAssessment } from '@shared/exchange/export';
import type { Framework } from '@shared/framework/types';
import { SHEET_CONSOLIDATED, verificationFigures, type VerifiedLayer } from '@shared/verify';
import { generatedCommune, seededRandom } from '@shared/verify/bench';
import { appendixCellAt } from '@shared/verify/consolidated-appendix';
import { SUMMARY_LAYOUT } from '@shared/verify/consolidated-summary';
import { roundPoints } from '@shared/scoring/format';
import { shippedFramework } from '../shared/helpers';
import { BRIDGE_STUB, type BridgeCall } from './bridge-stub';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';
import { HandoffModel } from './page-models/handoff-page';
import { VerifyCommuneModel } from './page-models/verify-page';
import { flat, pdfPages, scratch } from '../shared/documents/libreoffice';

const DISTRICT = { code: '373', name: 'Huyện Gia Viễn' };
const COMMUNES = [
  { code: '14758', name: 'Xã Gia Phong' },
  { code: '14761', name: 'Xã Gia Trung' },
];
const YEAR = new Date().getFullYear();
const EMAIL = 'sotttt@ninhbinh.gov.vn';
const SHOTS = join(process.cwd(), 'test-results');

/** One commune's file and the verdicts the district's team will hold on it (made by the shared rules). */
async function communeData(fw: Framework, seed: number, unit: { code: string; name: string }) {
  const { entries, layers } = generatedCommune(fw, seededRandom(seed), Date.UTC(YEAR, 11, 15, 3));
  const file = await exportAssessment({
    framework: fw,
    unit: { ...unit, type: 'commune' },
    district: DISTRICT,
    period: { year: YEAR, kind: 'year' },
    info: EMPTY_INFO,
    entries,
    revision: 1,
    exportId: `e2e-${unit.code}`,
    exportedAt: Date.UTC(YEAR, 11, 10),
    appVersion: 'e2e',
  });
  return { unit, entries, layers, file };
}

/** Writes verdict layers onto the held entries of a commune, straight into IndexedDB (what the verify page would store). */
async function holdVerdicts(page: Page, unitCode: string, layers: Record<string, VerifiedLayer>): Promise<number> {
  return page.evaluate(
    ({ unitCode, layers }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('dti-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['assessments', 'entrySets'], 'readwrite');
          let written = 0;
          const all = tx.objectStore('assessments').getAll();
          all.onsuccess = () => {
            const a = (all.result as { id: string; unitCode: string }[]).find((x) => x.unitCode === unitCode);
            if (!a) return;
            const sets = tx.objectStore('entrySets');
            const got = sets.get(a.id);
            got.onsuccess = () => {
              const set = got.result as { assessmentId: string; entries: Record<string, object> } | undefined;
              if (!set) return;
              for (const [code, layer] of Object.entries(layers)) {
                const entry = set.entries[code];
                if (!entry) continue;
                set.entries[code] = { ...entry, verified: layer };
                written++;
              }
              sets.put(set);
            };
          };
          tx.oncomplete = () => {
            idb.close();
            resolve(written);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { unitCode, layers },
  );
}

/** A district with the two communes' files imported through Thẩm tra and verdicts held on both. */
async function districtWithFiles(app: AppSession, dir: string, fw: Framework, bridge = false) {
  const data = [await communeData(fw, 11, COMMUNES[0]!), await communeData(fw, 29, COMMUNES[1]!)];
  const paths: string[] = [];
  for (const d of data) {
    const p = join(dir, d.file.fileName);
    await writeFile(p, d.file.bytes);
    paths.push(p);
  }
  const list = new AssessmentsModel(app.page);
  await list.setupDistrict(DISTRICT.code, DISTRICT.name);
  await list.pasteCommunes(`Mã\tTên\n${COMMUNES.map((c) => `${c.code}\t${c.name}`).join('\n')}`);
  await expect.poll(() => list.unitList().innerText()).toContain(COMMUNES[1]!.name);
  const ex = new ExchangeModel(app.page);
  await ex.open(YEAR);
  if (bridge) {
    const files = data.map((d) => ({ name: d.file.fileName, bytes: Array.from(d.file.bytes) }));
    await app.page.evaluate((f) => ((window as unknown as { __bridgeFiles: unknown }).__bridgeFiles = f), files);
    await app.page.getByRole('button', { name: 'Nhập tệp của xã…' }).click();
    await ex.planTable().waitFor();
  } else {
    await ex.importFiles(paths);
  }
  await ex.confirm();
  for (const d of data) await expect.poll(async () => (await ex.figures(d.unit.code)).revision).toBe('r1');
  for (const d of data)
    expect(await holdVerdicts(app.page, d.unit.code, Object.fromEntries(d.layers))).toBe(d.layers.size);
  await app.page.reload();
  await app.page.getByRole('navigation').getByRole('button', { name: 'Tổng hợp', exact: true }).waitFor();
  return data;
}

describe('hand-off to the province, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('browser: downloads the consolidated workbook whose Tổng hợp totals match the shared figures, and composes the mailto', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-handoff-'));
    await mkdir(SHOTS, { recursive: true });
    const fw = shippedFramework('commune');
    const app = await launchApp();
    apps.push(app);
    const data = await districtWithFiles(app, dir, fw);
    const h = new HandoffModel(app.page);

    await h.openSummary();
    await expect
      .poll(() => app.page.getByTestId('send-card').innerText())
      .toContain('Chưa có địa chỉ thư điện tử của tỉnh');
    expect(await h.sendButton().isDisabled()).toBe(true);
    expect(await h.setProvinceEmail('so tttt@ninhbinh')).toMatch(/không hợp lệ/);
    expect(await h.setProvinceEmail(EMAIL)).toBe('Đã lưu địa chỉ thư điện tử của tỉnh.');

    await h.openSummary();
    await expect.poll(() => app.page.getByTestId('province-email').textContent()).toBe(EMAIL);
    const download = await h.sendAndDownload();
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^DTI_${YEAR}_huyen-gia-vien_tong-hop_\\d{8}\\.xlsx$`));
    expect(await h.result().innerText()).toContain('thư mục Tải xuống');

    const wb = XLSX.read(await readFile(path), { type: 'buffer' });
    const sheet = wb.Sheets[SHEET_CONSOLIDATED] as XLSX.WorkSheet;
    const L = SUMMARY_LAYOUT;
    const cell = (r: number, c: number) => sheet[XLSX.utils.encode_cell({ r, c })]?.v;
    // Each group's figures, in the report's appendix.
    const group = (i: number, gi: number, k: 0 | 1) => {
      const at = appendixCellAt(i, gi, k);
      return wb.Sheets[at.sheet]?.[XLSX.utils.encode_cell(at)]?.v;
    };
    for (const [i, d] of data.entries()) {
      const fig = verificationFigures(fw, d.entries, d.layers);
      const r = L.firstRow + i; // Gia Phong before Gia Trung in Vietnamese order
      expect(cell(r, 1)).toBe(d.unit.name);
      // Verdicts on part of the indicators only: not verified, so self figures and "chưa thẩm tra", no rank.
      expect(fig.progress.pending + fig.progress.requested).toBeGreaterThan(0);
      expect(cell(r, 3)).toMatch(/^Chưa thẩm tra \(/);
      expect(cell(r, L.totalsCol)).toBe(roundPoints(fig.unit.selfPoints));
      expect(cell(r, L.totalsCol + 1)).toBe('chưa thẩm tra');
      expect(cell(r, L.totalsCol + 4)).toBe('—');
      fw.groups.forEach((g, gi) => {
        expect(group(i, gi, 0)).toBe(roundPoints(fig.groups[gi]!.selfPoints));
        expect(group(i, gi, 1)).toBe('chưa thẩm tra');
      });
    }
    const sentence = (await app.page.getByTestId('district-sentence').textContent()) ?? '';
    expect(cell(L.firstRow + data.length + 1, 0)).toBe(sentence);
    expect(wb.SheetNames.slice(0, 3)).toEqual([SHEET_CONSOLIDATED, 'Phụ lục I', 'Phụ lục II']);

    const mailto = await h.mailto();
    expect(mailto.startsWith(`mailto:${EMAIL}?subject=`)).toBe(true);
    const q = new URLSearchParams(mailto.slice(mailto.indexOf('?') + 1));
    expect(q.get('subject')).toBe(
      `Báo cáo kết quả đánh giá chuyển đổi số năm ${YEAR} — UBND huyện Gia Viễn (chưa đầy đủ)`,
    );
    expect(q.get('body')).toContain(download.suggestedFilename());
    expect(q.get('body')).toContain('BÁO CÁO CHƯA ĐẦY ĐỦ');
    expect(await h.result().innerText()).toContain('Nếu chương trình thư không tự mở');
    expect(await h.result().innerText()).not.toContain('đã được mở');

    // The dashboard and the minutes, as printed.
    await app.page.emulateMedia({ media: 'print' });
    await app.page.screenshot({ path: join(SHOTS, 'handoff-dashboard-print.png'), fullPage: true });
    await app.page.emulateMedia({ media: 'screen' });
    const doc = await h.openMinutes(COMMUNES[0]!.code);
    expect(await doc.innerText()).toContain('BIÊN BẢN THẨM TRA');
    await app.page.getByLabel('Họ và tên thành viên 1').fill('Nguyễn Văn An');
    await app.page.getByLabel('Chức vụ thành viên 1').fill('Phó Chủ tịch UBND huyện, Tổ trưởng');
    await app.page.getByRole('button', { name: 'Lưu Tổ thẩm tra' }).click();
    await expect.poll(() => doc.innerText()).toContain('Ông/Bà Nguyễn Văn An — Phó Chủ tịch UBND huyện, Tổ trưởng');
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.getByTestId('team-editor').isVisible()).toBe(false);
    expect(await app.page.locator('.shell').isVisible()).toBe(false);
    await app.page.screenshot({ path: join(SHOTS, 'handoff-minutes-print.png'), fullPage: true });
  });

  it('desktop: saves through the bridge, then opens the mailto, then reveals the saved file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-handoff-'));
    const fw = shippedFramework('commune');
    const app = await launchApp({ initScript: BRIDGE_STUB });
    apps.push(app);
    await districtWithFiles(app, dir, fw, true);
    const h = new HandoffModel(app.page);
    await h.setProvinceEmail(EMAIL);
    await h.openSummary();
    await app.page.evaluate(() => ((window as unknown as { __bridgeCalls: unknown[] }).__bridgeCalls.length = 0));
    expect(await h.sendButton().isDisabled()).toBe(true); // partial: nothing goes out before the officer confirms
    expect(await h.confirmPartial()).toBe(true);
    await h.sendButton().click();
    await h.result().waitFor();
    const calls = await app.page.evaluate(() =>
      // The daily backup runs on its own timer after start-up (backupStatus, writeAutoBackup): not part of the hand-off.
      (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls.filter(
        (c) => !['appInfo', 'backupStatus', 'writeAutoBackup'].includes(c.fn),
      ),
    );
    expect(calls.map((c) => c.fn)).toEqual(['saveFile', 'openExternal', 'revealFile']);
    const name = String(calls[0]?.name);
    expect(name).toMatch(/_tong-hop_\d{8}\.xlsx$/);
    expect(String(calls[1]?.url)).toMatch(new RegExp(`^mailto:${EMAIL}\\?subject=B%C3%A1o`));
    expect(calls[2]?.path).toBe(`C:\\Users\\can-bo\\Documents\\${name}`);
    expect(await h.result().innerText()).toContain(`C:\\Users\\can-bo\\Documents\\${name}`);
  });
  it('prints the remarks letter and the consolidated report as A4 landscape PDFs from the app (issue 10)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-handoff-'));
    const fw = shippedFramework('commune');
    const app = await launchApp({ initScript: BRIDGE_STUB });
    apps.push(app);
    const { page } = app;
    await districtWithFiles(app, dir, fw, true);
    const tmp = scratch();
    try {
      // The remarks letter of Xã Gia Phong, from its verification page.
      await page.getByRole('navigation').getByRole('button', { name: 'Thẩm tra', exact: true }).click();
      await page.getByTestId('verify-page').waitFor();
      await new VerifyCommuneModel(page).open(COMMUNES[0]!.code);
      await page.getByRole('button', { name: 'In công văn (PDF)' }).click();
      const letter = page.getByTestId('remarks-print-doc');
      await letter.waitFor();
      const text = flat(await letter.innerText());
      for (const part of [
        'ỦY BAN NHÂN DÂN HUYỆN GIA VIỄN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'V/v bổ sung, giải trình kết quả tự đánh giá',
        'Kính gửi: UBND xã Gia Phong',
        'Nhận xét, yêu cầu',
        'Nơi nhận:',
        '(Ký tên, đóng dấu)',
      ])
        expect(text).toContain(part);
      const letterBytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (process.env.DTI_PRINT_DIR) await writeFile(join(process.env.DTI_PRINT_DIR, 'remarks.pdf'), letterBytes);
      const letterPdf = pdfPages(tmp.dir, letterBytes);
      expect([Math.round(letterPdf.width), Math.round(letterPdf.height)]).toEqual([842, 595]);
      expect(flat(letterPdf.pages[0]!)).toContain('Kính gửi: UBND xã Gia Phong');
      // The head on every page the table spans; a page holding only the closing repeats no head above it.
      for (const p of letterPdf.pages.map(flat))
        expect(p.includes('Nhận xét, yêu cầu')).toBe(/Tổ thẩm tra \d\d\/\d\d\/20\d\d/.test(p));
      expect(flat(letterPdf.pages.at(-1)!)).toContain('Nơi nhận:');
      // Narrow columns break nothing mid-word: "STT" and each date (dd/mm/yyyy) stay whole.
      expect(flat(letterPdf.pages[0]!)).toMatch(/\bSTT\b/);
      expect(flat(letterPdf.pages[0]!)).toMatch(/\b\d\d\/\d\d\/20\d\d\b/);
      expect(letterPdf.pages.join('')).not.toContain('Quay lại');
      const view = page.getByTestId('remarks-print-view');
      await view.getByRole('button', { name: 'In / Lưu PDF' }).click();
      await expect.poll(() => view.getByTestId('print-note').textContent()).toContain('Đã lưu bản PDF tại');
      await view.getByRole('button', { name: '← Quay lại xã' }).click();

      // The consolidated report, from Tổng hợp.
      const h = new HandoffModel(page);
      await h.openSummary();
      await page.getByRole('button', { name: 'In báo cáo tổng hợp (PDF)' }).click();
      const report = page.getByTestId('consolidated-print-doc');
      await report.waitFor();
      const rtext = flat(await report.innerText());
      for (const part of ['BÁO CÁO', 'Xã Gia Phong', 'Xã Gia Trung', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
        expect(rtext).toContain(part);
      const reportBytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (process.env.DTI_PRINT_DIR) await writeFile(join(process.env.DTI_PRINT_DIR, 'consolidated.pdf'), reportBytes);
      const reportPdf = pdfPages(tmp.dir, reportBytes);
      expect([Math.round(reportPdf.width), Math.round(reportPdf.height)]).toEqual([842, 595]);
      const all = flat(reportPdf.pages.join(' '));
      expect(all).toContain('Xã Gia Trung');
      // Then its appendix, each sheet from a page of its own: each group's figures, four groups to a page.
      expect(await page.getByTestId('consolidated-print-appendix').count()).toBe(2);
      const appendixPages = reportPdf.pages.map(flat).filter((p) => p.includes('ĐIỂM VÀ SỐ CHỈ SỐ HOÀN THÀNH'));
      expect(appendixPages.map((p) => /Phụ lục (I+)\b/.exec(p)?.[1])).toEqual(['I', 'II']);
      for (const p of appendixPages) expect(p).toContain('Xã Gia Phong');
      expect(flat(reportPdf.pages[0]!)).not.toContain('ĐIỂM VÀ SỐ CHỈ SỐ HOÀN THÀNH');
      expect(all).not.toContain('Gửi kết quả về tỉnh'); // the app is not on paper
      const rview = page.getByTestId('consolidated-print-view');
      await rview.getByRole('button', { name: 'In / Lưu PDF' }).click();
      await expect.poll(() => rview.getByTestId('print-note').textContent()).toContain('Đã lưu bản PDF tại');
      const calls = await page.evaluate(() =>
        (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls.filter((c) => c.fn === 'printToPdf'),
      );
      expect(calls.map((c) => String(c.name))).toEqual([
        `DTI_${YEAR}_xa-gia-phong_yeu-cau-bo-sung.pdf`,
        expect.stringMatching(/^DTI_\d{4}_huyen-gia-vien_tong-hop_\d{8}\.pdf$/),
      ]);
    } finally {
      tmp.dispose();
    }
  }, 180_000);
});
