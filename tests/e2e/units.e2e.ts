// Issue 12, from 1/7/2025: a province (Ninh Bình) sets itself up by searching, gets its 129 communes in one step,
// receives files from three commune machines that set themselves up by searching their names (no code typed
// anywhere), verifies one commune and sends the consolidated workbook.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutsideWorkbook } from '../../shared/exchange/open-workbook';
import { SHEET_CONSOLIDATED } from '../../shared/verify';
import { exportForm, fillCommuneB, YEAR } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { AssessmentsModel, FormModel } from './page-models/assessment-page';
import { ExchangeModel } from './page-models/exchange-page';
import { HandoffModel } from './page-models/handoff-page';
import { VerifyCommuneModel } from './page-models/verify-page';

const PROVINCE = { code: '37', name: 'Tỉnh Ninh Bình' };
const COMMUNES = [
  { query: 'gia vien', code: '14464', name: 'Xã Gia Viễn' },
  { query: 'dai hoang', code: '14500', name: 'Xã Đại Hoàng' },
  { query: 'cuc phuong', code: '14404', name: 'Xã Cúc Phương' },
];

const GIA_PHONG = { code: '14524', name: 'Xã Gia Phong' };

/** The history lines recording an accepted other parent, read from the app's IndexedDB. */
function parentHistory(page: Page): Promise<{ field: string; old: string; new: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dti-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('historyBooks').objectStore('historyBooks').getAll();
          req.onsuccess = () => {
            type Line = { field: string; old: string; new: string; at: number };
            const books = req.result as { logs: Record<string, Line[]> }[];
            const rows = books.flatMap((b) => Object.values(b.logs).flat()).sort((a, b) => a.at - b.at);
            resolve(rows.filter((r) => r.field === 'parent').map((r) => ({ field: r.field, old: r.old, new: r.new })));
            open.result.close();
          };
        };
      }),
  );
}

describe('a province verifies its communes (from 1/7/2025), in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Ninh Bình: set up by search, 129 communes in one step, three communes by search, verify one, send', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-units-'));
    const files: string[] = [];
    for (const c of COMMUNES) {
      const app = await launchApp();
      const list = new AssessmentsModel(app.page);
      await list.setupBySearch('2025', 'commune', c.query, `${c.name} — ${PROVINCE.name}`);
      expect(await app.page.getByTestId('picked-unit').innerText()).toContain(`(mã ${c.code})`);
      await list.finishSetup();
      await list.open(c.name, YEAR);
      const form = new FormModel(app.page);
      await fillCommuneB(form);
      await form.waitSaved();
      files.push((await exportForm(app.page, dir)).path);
      await app.dispose();
    }

    // A commune set up before 7/2025 (Huyện Gia Viễn) sends its 2026 file to the province.
    const old = await launchApp();
    const oldList = new AssessmentsModel(old.page);
    await oldList.setupBySearch('2024', 'commune', 'gia phong', /^Xã Gia Phong — Huyện Gia Viễn/);
    await oldList.finishSetup();
    await oldList.open(GIA_PHONG.name, YEAR);
    await fillCommuneB(new FormModel(old.page));
    await new FormModel(old.page).waitSaved();
    const wrongParent = (await exportForm(old.page, dir)).path;
    await old.dispose();

    const app = await launchApp();
    apps.push(app);
    const page = app.page;
    const list = new AssessmentsModel(page);
    await list.setupBySearch('2025', 'verifier', 'ninh binh', PROVINCE.name);
    expect(await page.getByLabel(/^Thêm ngay 129 xã, phường, đặc khu của Tỉnh Ninh Bình/).isChecked()).toBe(true);
    await list.finishSetup();
    await page.getByRole('heading', { name: `Đơn vị thuộc ${PROVINCE.name} (129)` }).waitFor();
    expect(await list.unitList().locator('li').count()).toBe(129);
    // The province has no self-assessment: only its communes can be opened.
    const options = await page.locator('select[name=unit] option').allInnerTexts();
    expect(options).toHaveLength(129);
    expect(options).not.toContain(PROVINCE.name);

    const ex = new ExchangeModel(page);
    await ex.open();
    await ex.importFiles([...files, wrongParent]);
    // Xã Gia Phong set itself up before 7/2025 and names Huyện Gia Viễn: accepted after one confirmation.
    expect(await ex.outcome(3).innerText()).toContain('ghi đơn vị nhận là Huyện Gia Viễn (mã 373)');
    await ex.outcome(3).getByRole('button', { name: 'Nhận tệp này' }).click();
    await expect.poll(() => ex.outcome(3).innerText()).toContain('đã xác nhận: tệp ghi Huyện Gia Viễn');
    await ex.confirm();
    for (const c of [...COMMUNES, GIA_PHONG])
      await expect.poll(async () => (await ex.figures(c.code)).revision).toBe('r1');
    expect(await parentHistory(page)).toEqual([
      { field: 'parent', old: 'Huyện Gia Viễn (mã 373)', new: 'Tỉnh Ninh Bình (mã 37)' },
    ]);

    const v = new VerifyCommuneModel(page);
    await v.open(COMMUNES[0]!.code);
    await v.setVerifier('Lê Văn Thẩm Tra');
    for (const g of [1, 2, 3, 4, 5, 6, 7, 8]) await v.agreeGroup(g);
    await v.back();

    const h = new HandoffModel(page);
    // The minutes are the team of the Sở Khoa học và Công nghệ tỉnh Ninh Bình, not a UBND.
    const minutes = await h.openMinutes(COMMUNES[0]!.code);
    const minutesText = await minutes.innerText();
    expect(minutesText).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH');
    expect(minutesText).toContain('Tổ thẩm tra của Sở Khoa học và Công nghệ tỉnh Ninh Bình');
    expect(minutesText).not.toMatch(/UBND TỈNH|huyện/u);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: join(tmpdir(), 'dti-province-minutes.png') });
    await page.getByRole('button', { name: '← Quay lại danh sách xã' }).click();
    await h.setProvinceEmail('sokhcn@ninhbinh.gov.vn');
    // Cài đặt → Văn bản: no number for a self-assessment the province does not make; the Sở's numbers say SKHCN.
    const docs = page.getByTestId('documents-settings');
    expect(await docs.locator('input[name="doc-number-report"]').count()).toBe(0);
    expect(await docs.innerText()).toContain('Số: …/BC-SKHCN');
    await h.openSummary();
    // The province's send card: 4 of 129 received, the partial report confirmed, no word of a district.
    expect(await page.getByTestId('district-sentence').textContent()).toMatch(/^Đã nhận 4\/129 xã, đã thẩm tra \d; /);
    expect(await h.checklist().innerText()).toContain('125/129 xã chưa nộp');
    expect(await h.checklist().innerText()).not.toMatch(/huyện/);
    const download = await h.sendAndDownload();
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^DTI_${YEAR}_tinh-ninh-binh_tong-hop_\\d{8}\\.xlsx$`));
    const sheet = XLSX.read(await readFile(path), { type: 'buffer' }).Sheets[SHEET_CONSOLIDATED] as XLSX.WorkSheet;
    const text = XLSX.utils.sheet_to_csv(sheet);
    for (const c of COMMUNES) expect(text).toContain(c.name);
    expect(text).not.toContain('huyện');
    expect(text).toContain('Chưa nộp');
    // The province's report is the Sở's, under and to the UBND tỉnh.
    expect(text).toContain('UBND TỈNH NINH BÌNH');
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('Kính gửi: UBND tỉnh Ninh Bình');
    const book = XLSX.read(await readFile(path), { type: 'buffer' });
    const minutesSheet = XLSX.utils.sheet_to_csv(book.Sheets['Biên bản'] as XLSX.WorkSheet);
    expect(minutesSheet).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH');
    expect(minutesSheet).not.toMatch(/UBND TỈNH|huyện/u);
    const q = new URLSearchParams((await h.mailto()).split('?')[1]);
    expect(q.get('body')).toContain('Sở Khoa học và Công nghệ tỉnh Ninh Bình gửi kèm theo thư này');
    expect(q.get('body')).toContain('BÁO CÁO CHƯA ĐẦY ĐỦ');
    expect(`${q.get('subject')}\n${q.get('body')}`).not.toMatch(/huyện/);
  });
});

describe('a district (before 7/2025) receives files before listing any commune, in Chromium', () => {
  const apps: AppSession[] = [];
  let dir = '';
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('Gia Viễn: adds the three communes from their files in one confirmation; another province is refused', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-units-'));
    const communes = [
      { query: 'gia phong', code: '14524', name: 'Xã Gia Phong' },
      { query: 'gia trung', code: '14509', name: 'Xã Gia Trung' },
      { query: 'gia minh', code: '14512', name: 'Xã Gia Minh' },
    ];
    const files: string[] = [];
    for (const c of [...communes, { query: 'dong son', code: '10027', name: 'Xã Đông Sơn', outside: true }]) {
      const app = await launchApp();
      const list = new AssessmentsModel(app.page);
      const pick = 'outside' in c ? /^Xã Đông Sơn — Huyện Chương Mỹ/ : new RegExp(`^${c.name} — Huyện Gia Viễn`);
      await list.setupBySearch('2024', 'commune', c.query, pick);
      await list.finishSetup();
      await list.open((await app.page.locator('select[name=unit] option').first().innerText()).trim(), 2024);
      await fillCommuneB(new FormModel(app.page));
      await new FormModel(app.page).waitSaved();
      files.push((await exportForm(app.page, dir)).path);
      await app.dispose();
    }

    const app = await launchApp();
    apps.push(app);
    const page = app.page;
    const list = new AssessmentsModel(page);
    await list.setupBySearch('2024', 'verifier', 'gia vien', 'Huyện Gia Viễn — Tỉnh Ninh Bình');
    await page.getByLabel(/^Thêm ngay 18 xã, phường, thị trấn/).uncheck();
    await list.finishSetup();
    await page.getByRole('heading', { name: 'Đơn vị thuộc Huyện Gia Viễn (0)' }).waitFor();

    const ex = new ExchangeModel(page);
    await ex.open();
    await page.locator('input[name=receiving-year]').fill('2024');
    await ex.importFiles(files);
    const offer = page.getByTestId('add-units');
    expect(await offer.innerText()).toContain('Thêm 3 xã từ các tệp này vào danh sách?');
    expect(await ex.outcome(3).innerText()).toMatch(/thuộc Huyện .*, không thuộc Huyện Gia Viễn/);
    await offer.getByRole('button', { name: 'Thêm 3 xã' }).click();
    await expect.poll(() => ex.confirmButton().innerText()).toBe('Nhập các tệp hợp lệ (3)');
    await ex.confirm();
    for (const c of communes) await expect.poll(async () => (await ex.figures(c.code)).revision).toBe('r1');
    expect(await ex.results().innerText()).toContain('Không nhập');
    await page.getByRole('navigation').getByRole('button', { name: 'Đánh giá', exact: true }).click();
    await page.getByRole('heading', { name: 'Đơn vị thuộc Huyện Gia Viễn (3)' }).waitFor();
  });
});

/** Where the app read its last outside file (its debug record, set by renderer/exchange/outside-read). */
function lastOutsideRead(page: Page): Promise<{ kind: string; name: string; readIn: string } | undefined> {
  return page.evaluate(
    () =>
      (globalThis as { __dtiLastOutsideRead?: { kind: string; name: string; readIn: string } }).__dtiLastOutsideRead,
  );
}

/** The refusal the one door gives `bytes` (the same text the assessment import shows). */
function doorMessage(bytes: Uint8Array): string {
  const door = openOutsideWorkbook(bytes);
  if (door.ok) throw new Error('the door accepted a hostile file');
  return door.error.message;
}

describe('a district loads its unit list from Excel, read off the page’s thread, in Chromium', () => {
  const apps: AppSession[] = [];
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.dispose();
  });

  it('refuses a zip bomb and random bytes with the import’s messages, then adds the communes of a good list', async () => {
    const app = await launchApp();
    apps.push(app);
    const page = app.page;
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const list = new AssessmentsModel(page);
    await list.setupBySearch('2024', 'verifier', 'gia vien', 'Huyện Gia Viễn — Tỉnh Ninh Bình');
    await page.getByLabel(/^Thêm ngay 18 xã, phường, thị trấn/).uncheck();
    await list.finishSetup();
    await page.getByRole('heading', { name: 'Đơn vị thuộc Huyện Gia Viễn (0)' }).waitFor();
    const panel = page.locator('section.units');
    const upload = async (name: string, bytes: Uint8Array) => {
      const file = join(app.profileDir, name);
      await writeFile(file, bytes);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        panel.getByRole('button', { name: 'Nhập danh sách từ Excel…' }).click(),
      ]);
      await chooser.setFiles(file);
    };

    const bomb = new Uint8Array(
      await readFile(new URL('../fixtures/exchange/hostile/bomb-ratio.xlsx', import.meta.url)),
    );
    const random = new Uint8Array(20 * 1024).map((_, i) => (i === 0 ? 0x13 : (i * 7919 + 17) % 251));
    for (const [name, bytes] of [
      ['bom.xlsx', bomb],
      ['ngau-nhien.xlsx', random],
    ] as const) {
      expect(bytes.byteLength).toBeGreaterThan(16 * 1024);
      await upload(name, bytes);
      await expect.poll(() => panel.getByRole('alert').innerText()).toBe(`${name}: ${doorMessage(bytes)}`);
      expect(await lastOutsideRead(page)).toMatchObject({ kind: 'unit-list', name, readIn: 'worker' });
    }
    expect(await list.unitList().locator('li').count()).toBe(0);

    // A list typed in Excel: code, name, and a note column the reader leaves alone; saved uncompressed (> 16 kB).
    const rows = [
      ['Mã', 'Tên', 'Ghi chú'],
      ['14524', 'Xã Gia Phong', 'Đã gửi công văn'],
      ['14509', 'Xã Gia Trung', ''],
      ['14512', 'Xã Gia Minh', 'Cán bộ mới'],
      ['14467', 'Xã Gia Hòa', ''],
      ['14470', 'Xã Gia Hưng', 'Đã gửi công văn'],
      ['14473', 'Xã Liên Sơn', ''],
    ];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Danh sách');
    const good = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(good.byteLength).toBeGreaterThan(16 * 1024);
    await upload('danh-sach.xlsx', good);
    await page.getByRole('heading', { name: 'Đơn vị thuộc Huyện Gia Viễn (6)' }).waitFor();
    expect(await panel.getByRole('status').innerText()).toBe('Đã thêm 6 đơn vị.');
    expect(await lastOutsideRead(page)).toMatchObject({ kind: 'unit-list', name: 'danh-sach.xlsx', readIn: 'worker' });
    // The file was read in the app's import worker, off the page's thread.
    expect(workers.some((u) => u.includes('import.worker'))).toBe(true);
  });
});
