import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../shared/exchange/import';
import { readBook, rowOf, writeBook } from '../shared/exchange/sample';
import { setText, unzip, zip } from '../shared/exchange/zip-tools';
import { exportForm } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';

const DISTRICT = { code: '373', name: 'Huyện Gia Viễn' };
const COMMUNE = { code: '14758', name: 'Xã Gia Phong' };
const YEAR = new Date().getFullYear();
const NOTE =
  'Năm nay có 4 cuộc họp, 3 cuộc do Chủ tịch chủ trì; biên bản các cuộc họp lưu tại Văn phòng. Nội dung: kế hoạch chuyển đổi số, nền tảng số dùng chung, tổ công nghệ số cộng đồng ở 12/15 thôn, kinh phí năm sau.';
const UNC = '\\\\may-khac\\chia-se\\so-lieu.xlsx';

/**
 * r1 as a commune might send it after opening it elsewhere: the giải trình of 1.2 edited deep inside the text, and an
 * external link to a UNC path on the form sheet (a hazard imported with a warning).
 */
async function editedWithLink(r1: string, out: string): Promise<void> {
  const wb = readBook(new Uint8Array(await readFile(r1)));
  const ws = wb.Sheets['Biểu mẫu 01'] ?? {};
  ws[`J${rowOf(ws, '1.2')}`] = { t: 's', v: NOTE.replace('12/15 thôn', '15/15 thôn') };
  const files = unzip(writeBook(wb));
  setText(
    files,
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${UNC}" TargetMode="External"/></Relationships>`,
  );
  await writeFile(out, zip([...files].map(([name, data]) => ({ name, data }))));
}

/** Row counts and last-change times of the district's IndexedDB, read in the page. */
function dbState(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dti-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              const rows = req.result as { updatedAt?: number; imported?: unknown }[];
              out[n] = {
                count: rows.length,
                updatedAt: rows.map((r) => r.updatedAt ?? null),
                imported: rows.map((r) => r.imported ?? null),
              };
            };
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
        };
      }),
  );
}

async function exportOnce(page: Page, dir: string): Promise<{ path: string; name: string }> {
  return exportForm(page, dir);
}

describe('Excel exchange between a commune and its district, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the commune exports r1 and r2; the district imports, sees the commune, re-imports without change, survives a hostile file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-exchange-'));
    const commune = await launchApp();
    apps.push(commune);
    const list = new AssessmentsModel(commune.page);
    const form = new FormModel(commune.page);
    await list.setupCommune(DISTRICT, COMMUNE);
    await list.open(COMMUNE.name, YEAR);
    await form.value('1.1').selectOption('truong');
    await form.value('1.2', 'a').fill('3');
    await form.value('1.2', 'b').fill('4');
    await form.value('1.4').selectOption('yes');
    await form.openMore('1.4', '1.2');
    await form.evidence('1.4', 'docNumber').fill('15/QĐ-UBND');
    await form.evidence('1.4', 'summary').fill('Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số');
    // A long giải trình: the counter appears near the limit; an edit past it is refused by name, the text kept.
    const note = form.note('1.2');
    await note.fill('x'.repeat(8500));
    const limit = form.row('1.2').getByTestId('text-limit');
    expect(await limit.textContent()).toBe('8.500/10.000 ký tự');
    await note.fill('x'.repeat(12_000));
    expect(await limit.getByRole('alert').textContent()).toContain(
      'chỉ số 1.2, mục "Giải trình": ô sẽ dài 12.000 ký tự, quá giới hạn 10.000 ký tự',
    );
    expect((await note.inputValue()).length).toBe(8500);
    await note.fill(NOTE);
    expect(await limit.count()).toBe(0);
    await form.waitSaved();
    const r1 = await exportOnce(commune.page, dir);
    expect(r1.name).toMatch(/_r1\.xlsx$/);
    // Exported in Chromium with its form seal, which holds: a district reads it without parsing its form again.
    const sealed = readAssessmentFile(new Uint8Array(await readFile(r1.path)), r1.name);
    expect(sealed.ok ? sealed.formSealed : sealed.error.message).toBe(true);
    const unitPoints = (await commune.page.getByTestId('unit-points').textContent()) ?? '';
    await form.value('1.5').fill('71,79');
    await form.waitSaved();
    const r2 = await exportOnce(commune.page, dir);
    expect(r2.name).toMatch(/_r2\.xlsx$/);

    const district = await launchApp();
    apps.push(district);
    const page = district.page;
    const districtList = new AssessmentsModel(page);
    await districtList.setupDistrict(DISTRICT.code, DISTRICT.name);
    await districtList.pasteCommunes(`Mã\tTên\n${COMMUNE.code}\t${COMMUNE.name}\n14761\tXã Gia Trung`);
    await expect.poll(() => districtList.unitList().innerText()).toContain('Xã Gia Trung');
    // The file readers (import workers) start once Thẩm tra is open and idle, before any file is chosen, and are kept,
    // warm, for the next batches.
    const readers: string[] = [];
    page.on('worker', (w) => void (w.url().includes('import.worker') && readers.push(w.url())));
    const ex = new ExchangeModel(page);
    await ex.open(YEAR);
    expect((await ex.figures(COMMUNE.code)).revision).toBe('Chưa nhận');
    await expect.poll(() => readers.length).toBeGreaterThan(0);

    // The file with a hazard and a changed long giải trình: warning named in the dry run, the whole texts opened.
    const before = await dbState(page);
    const linked = join(dir, 'gia-phong-da-sua.xlsx');
    await editedWithLink(r1.path, linked);
    // While the officer chooses, the readers rehearse on the sample shipped with the app (fetched once).
    const samples: number[] = [];
    page.on('response', (r) => void (r.url().endsWith('/samples/rehearsal.xlsx') && samples.push(r.status())));
    await ex.importFiles([linked], 1000);
    expect(samples).toEqual([200]);
    expect(await ex.outcome(0).textContent()).toBe('Mới');
    const warning = ex.plan(0).getByTestId('hazards');
    expect(await warning.textContent()).toContain('Tệp có liên kết ngoài tới \\\\may-khac\\chia-se\\so-lieu.xlsx');
    expect(await warning.textContent()).toContain('đừng mở tệp gốc bằng Excel khi chưa kiểm tra');
    const diff = ex.plan(0).getByTestId('differences');
    expect(await diff.textContent()).toMatch(/khác từ ký tự thứ \d+\): trong tệp là "…[^"]*15\/15 thôn/);
    await diff.getByRole('button', { name: 'Xem toàn văn' }).click();
    const full = page.getByTestId('full-text');
    expect(await full.getByTestId('full-text-before').textContent()).toBe(NOTE);
    expect(await full.getByTestId('full-text-after').textContent()).toBe(NOTE.replace('12/15 thôn', '15/15 thôn'));
    expect(await full.locator('del').allTextContents()).toEqual(['12/15']);
    expect(await full.locator('ins').allTextContents()).toEqual(['15/15']);
    await page.screenshot({ path: join(tmpdir(), 'dti-exchange-full-text.png') });
    await full.getByRole('button', { name: 'Đóng' }).click();
    await ex.cancel();
    expect(await dbState(page)).toEqual(before);

    await ex.importFiles([r1.path]);
    expect(await ex.outcome(0).textContent()).toBe('Mới');
    expect(await ex.plan(0).getByTestId('hazards').count()).toBe(0);
    await ex.confirm();
    expect(await ex.results().textContent()).toContain('Đã nhập Xã Gia Phong r1');
    await expect.poll(async () => (await ex.figures(COMMUNE.code)).revision).toBe('r1');
    const shown = await ex.figures(COMMUNE.code);
    expect(shown).toMatchObject({ entered: '3/50', completed: '3/50', points: unitPoints });
    // The buttons' cell is a cell of the row like the others (it once left the table layout: borders askew).
    const row = ex.commune(COMMUNE.code);
    const [first, actions] = [
      await row.locator('td').first().boundingBox(),
      await row.locator('td').last().boundingBox(),
    ];
    expect([actions!.y, actions!.height]).toEqual([first!.y, first!.height]);
    const stored = await dbState(page);

    const started = readers.length;
    expect(started).toBeGreaterThan(0);
    await ex.importFiles([r1.path]);
    expect(await ex.outcome(0).textContent()).toBe('Đã nhập bản này');
    expect(readers).toHaveLength(started); // three batches so far, one set of workers
    expect(samples).toEqual([200]); // kept readers are warm already: no rehearsal, no second fetch
    expect(await ex.confirmButton().isDisabled()).toBe(true);
    await ex.cancel();
    expect(await ex.figures(COMMUNE.code)).toEqual(shown);
    expect(await dbState(page)).toEqual(stored);

    const hostile = join(dir, 'bao-cao.xlsx');
    await writeFile(hostile, randomBytes(8192));
    await ex.importFiles([hostile]);
    expect(await ex.outcome(0).textContent()).toMatch(/^Lỗi: .*(Excel|tệp)/);
    await ex.cancel();
    expect(await dbState(page)).toEqual(stored);

    // The page is still usable: the newer revision goes in.
    await ex.importFiles([r2.path]);
    expect(await ex.outcome(0).textContent()).toBe('Bản mới hơn (r1 → r2)');
    await ex.confirm();
    await expect.poll(async () => (await ex.figures(COMMUNE.code)).revision).toBe('r2');
    expect((await ex.figures(COMMUNE.code)).entered).toBe('4/50');
    await page.screenshot({ path: join(tmpdir(), 'dti-exchange-verify.png'), fullPage: true });
  });
});
