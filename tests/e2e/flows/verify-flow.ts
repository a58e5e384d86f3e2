// The verification round trip as reusable steps: two communes export, the district receives and verifies, sends
// remarks back, commune A corrects and sends r2, the district re-imports and completes. Sessions stay open and
// are returned (the caller disposes them), so a later e2e (consolidated export) can continue from here.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchApp, type AppSession } from '../harness';
import { AssessmentsModel, FormModel } from '../page-models/assessment-page';
import { ExchangeModel } from '../page-models/exchange-page';
import { RemarksModel, VerifyCommuneModel } from '../page-models/verify-page';

export const DISTRICT = { code: '373', name: 'Huyện Gia Viễn' };
export const COMMUNE_A = { code: '14758', name: 'Xã Gia Phong' };
export const COMMUNE_B = { code: '14761', name: 'Xã Gia Trung' };
/** A third commune whose file is made by the shared exporter, and a fourth that sends nothing. */
export const COMMUNE_C = { code: '14755', name: 'Xã Gia Hưng' };
export const COMMUNE_D = { code: '14767', name: 'Xã Gia Xuân' };
export const YEAR = new Date().getFullYear();
export const VERIFIER = 'Trần Thị Thẩm Tra';
export const ADJUST_REMARK = 'Biên bản chỉ có 2 cuộc họp do Chủ tịch chủ trì.';
export const REQUEST_REMARK = 'Chỉ thấy 2 văn bản; đề nghị gửi bổ sung văn bản thứ 3 hoặc sửa số liệu.';

/** A saved download. */
export interface SavedFile {
  path: string;
  name: string;
}

/**
 * Clicks "Xuất Excel" on the open form (and "Vẫn xuất" when the pre-export check lists something) and saves the
 * download into `dir`.
 */
export async function exportForm(page: Page, dir: string): Promise<SavedFile> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel', exact: true }).click();
  const review = page.getByTestId('export-check');
  await Promise.race([downloaded, review.waitFor()]);
  if (await review.isVisible()) await review.getByRole('button', { name: 'Vẫn xuất' }).click();
  const download = await downloaded;
  const name = download.suggestedFilename();
  const path = join(dir, name);
  await download.saveAs(path);
  await page.getByTestId('export-message').waitFor();
  return { path, name };
}

/** A commune machine: first-run setup, opens this year's assessment, `fill`s it and exports r1. */
export async function communeExports(
  commune: { code: string; name: string },
  dir: string,
  fill: (form: FormModel) => Promise<void>,
): Promise<{ app: AppSession; r1: SavedFile }> {
  const app = await launchApp();
  const list = new AssessmentsModel(app.page);
  await list.setupCommune(DISTRICT, commune);
  await list.open(commune.name, YEAR);
  const form = new FormModel(app.page);
  await fill(form);
  await form.waitSaved();
  return { app, r1: await exportForm(app.page, dir) };
}

/** Commune A: 1.1 Trưởng ban, 1.2 a = 3 / b = 4, 1.3 = 2 văn bản, 1.4 Có, 1.5 = 71,79 %, 2.1 and 2.2 Có. */
export async function fillCommuneA(form: FormModel): Promise<void> {
  await form.value('1.1').selectOption('truong');
  await form.value('1.2', 'a').fill('3');
  await form.value('1.2', 'b').fill('4');
  await form.value('1.3').fill('2');
  await form.value('1.4').selectOption('yes');
  await form.value('1.5').fill('71,79');
  await form.value('2.1').selectOption('yes');
  await form.value('2.2').selectOption('yes');
}

/** Commune B: 1.1 Phó ban, 1.4 Có. */
export async function fillCommuneB(form: FormModel): Promise<void> {
  await form.value('1.1').selectOption('pho');
  await form.value('1.4').selectOption('yes');
}

/** The district machine: setup, both communes (and `extra` ones) listed, the files imported on the Thẩm tra page. */
export async function districtReceives(
  files: string[],
  extra: readonly { code: string; name: string }[] = [],
  /** Looks at the dry run before it is confirmed. */
  beforeConfirm?: (page: Page) => Promise<void>,
): Promise<{ app: AppSession; exchange: ExchangeModel }> {
  const app = await launchApp();
  const list = new AssessmentsModel(app.page);
  await list.setupDistrict(DISTRICT.code, DISTRICT.name);
  const units = [COMMUNE_A, COMMUNE_B, ...extra];
  await list.pasteCommunes(`Mã\tTên\n${units.map((u) => `${u.code}\t${u.name}`).join('\n')}`);
  await list.unitList().getByText(COMMUNE_B.name).waitFor();
  const exchange = new ExchangeModel(app.page);
  await exchange.open();
  // A district's Thẩm tra opens on 2024 (districts exist only before 7/2025); these files are of YEAR.
  expect(await exchange.receivingYear()).toBe('2024');
  await exchange.open(YEAR);
  await exchange.importFiles(files);
  await beforeConfirm?.(app.page);
  await exchange.confirm();
  return { app, exchange };
}

/** First round on commune A: agree 1.1 and 1.5, adjust 1.2 (a = 2), request 1.3, agree group 2; export remarks. */
export async function verifyFirstRound(page: Page, dir: string): Promise<{ remarks: SavedFile; groupMessage: string }> {
  const v = new VerifyCommuneModel(page);
  await v.open(COMMUNE_A.code);
  await v.setVerifier(VERIFIER);
  await v.decide('1.1', 'Đồng ý');
  await v.decide('1.2', 'Điều chỉnh', { value: { a: '2', b: '4' }, remark: ADJUST_REMARK });
  await v.decide('1.3', 'Yêu cầu bổ sung', { remark: REQUEST_REMARK });
  await v.decide('1.5', 'Đồng ý');
  const groupMessage = await v.agreeGroup(2);
  const remarks = await v.exportRemarks(dir);
  return { remarks, groupMessage };
}

/** Commune A receives the remarks, corrects 1.3 (3 văn bản, with the third's number) and exports r2. */
export async function communeCorrects(
  page: Page,
  remarksPath: string,
  dir: string,
): Promise<{ r2: SavedFile; importMessage: string }> {
  const importMessage = await new RemarksModel(page).importFile(remarksPath);
  const form = new FormModel(page);
  await form.value('1.3').fill('3');
  await form.openMore('1.3');
  await form.evidence('1.3', 'docNumber').fill('27/KH-UBND');
  await form.waitSaved();
  return { r2: await exportForm(page, dir), importMessage };
}

/** The district re-imports r2 of commune A and opens its verification again. */
export async function districtReimports(page: Page, r2Path: string): Promise<VerifyCommuneModel> {
  const v = new VerifyCommuneModel(page);
  if (await page.getByTestId('verify-commune').isVisible()) await v.back();
  const exchange = new ExchangeModel(page);
  await exchange.importFiles([r2Path]);
  await exchange.confirm();
  await v.open(COMMUNE_A.code);
  return v;
}

/** Completes commune A: agrees the corrected 1.3, then every group (the untouched indicators: confirmed not done). */
export async function completeVerification(v: VerifyCommuneModel, groups: number[]): Promise<void> {
  await v.decide('1.3', 'Đồng ý');
  for (const g of groups) await v.agreeGroup(g);
}

/** Everything `runVerificationFlow` produced; dispose the sessions when done. */
export interface VerificationRun {
  dir: string;
  district: AppSession;
  communeA: AppSession;
  communeB: AppSession;
  files: { a1: SavedFile; b1: SavedFile; remarks: SavedFile; a2: SavedFile };
}

/** The whole round trip, end to end, with commune A fully verified at the end. */
export async function runVerificationFlow(groups = [1, 2, 3, 4, 5, 6, 7, 8]): Promise<VerificationRun> {
  const dir = await mkdtemp(join(tmpdir(), 'dti-verify-'));
  const a = await communeExports(COMMUNE_A, dir, fillCommuneA);
  const b = await communeExports(COMMUNE_B, dir, fillCommuneB);
  const d = await districtReceives([a.r1.path, b.r1.path]);
  const first = await verifyFirstRound(d.app.page, dir);
  const { r2 } = await communeCorrects(a.app.page, first.remarks.path, dir);
  const v = await districtReimports(d.app.page, r2.path);
  await completeVerification(v, groups);
  return {
    dir,
    district: d.app,
    communeA: a.app,
    communeB: b.app,
    files: { a1: a.r1, b1: b.r1, remarks: first.remarks, a2: r2 },
  };
}
