// What shared/ says about units, setup packages, imports that do not fit, remarks files and the readers' limits,
// said in English: every message is made by the real code over a broken input (renderer/i18n/areas/shared-outside.ts).
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook, sheetToGrid } from '../../../shared/excel/sheet-grid';
import { checkContext } from '../../../shared/exchange/context';
import { buildManifest, exportAssessment } from '../../../shared/exchange/export';
import {
  batchTooLargeMessage,
  READER_CRASH_MESSAGE,
  TIMEOUT_MESSAGE,
  tooLargeToOpenMessage,
} from '../../../shared/exchange/read-limits';
import { readSetupPackage, SHEET_PACKAGE, writeSetupPackage } from '../../../shared/exchange/setup-package';
import { parseUnitList } from '../../../shared/units/unit-list';
import { checkTypedUnits } from '../../../shared/units/unit-fields';
import { readUnitSheet } from '../../../shared/units/unit-sheet';
import { exportRemarks } from '../../../shared/verify/remarks';
import { readRemarksFile } from '../../../shared/verify/remarks-read';
import { exportConsolidated } from '../../../shared/verify/consolidated';
import { benchConsolidatedInput } from '../../../shared/verify/bench';
import { createAssessment } from '../../../renderer/db/repositories/assessments';
import { importRemarksFile, storeRemarks } from '../../../renderer/exchange/remarks-import';
import { sharedText } from '../../../renderer/i18n/shared-text';
import { readBook, sampleInput, writeBook } from '../../shared/exchange/sample';
import { shippedFramework } from '../../shared/helpers';
import { agreeAll, communeFw, giaPhongRemarks, sampleEntries } from '../../shared/verify/fixtures';
import { communeDb } from '../exchange/helpers';
import { expectEnglish } from './english';

/** Vietnamese data the messages name (unit and framework names of the fixtures). */
const DATA = ['Xã Gia Phong', 'Huyện Gia Viễn', 'Tỉnh Ninh Bình', 'Xã Gia Trung'];
const messages: string[] = [];
const book = (rows: unknown[][], name = 'List') => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

// Unit lists: pasted, from a sheet, typed on the first-run form.
messages.push(
  ...parseUnitList('Ma;Ten\n;\n1 2;X\n14758\n14759;' + 'x'.repeat(121) + '\n14760;A\n14760;B').errors,
  ...readUnitSheet(
    book([
      ['14758', 'A'],
      ['bad code', 'B'],
      ['14758', 'C'],
    ]),
  ).errors,
  ...readUnitSheet(book([['Ma', 'Ten']])).errors,
);
for (const [word, commune] of [
  ['tỉnh', false],
  ['huyện', true],
] as const) {
  for (const typed of [
    { rCode: '', rName: '', cCode: '', cName: '' },
    { rCode: 'a b', rName: 'x'.repeat(121), cCode: 'c d', cName: 'y'.repeat(121) },
  ]) {
    const r = checkTypedUnits(typed, commune, word);
    if (!r.ok) messages.push(...Object.values(r.errors));
  }
}

// The readers' limits.
messages.push(TIMEOUT_MESSAGE, READER_CRASH_MESSAGE, tooLargeToOpenMessage(), batchTooLargeMessage(1200));
for (const bytes of [new Uint8Array(10 * 1024 * 1024 + 1), new TextEncoder().encode('PK not really')]) {
  const r = readWorkbook(bytes);
  if (!r.ok) messages.push(r.error);
}
for (const sheet of [
  { '!ref': 'A1', A1: { t: 's', v: 'x'.repeat(40_000) } },
  { '!ref': 'A1:A2001', A2001: { t: 's', v: 'x' } },
  { '!ref': 'A1:AP1', AP1: { t: 's', v: 'x' } },
] as XLSX.WorkSheet[]) {
  const g = sheetToGrid(sheet);
  if (!g.ok) messages.push(g.error);
}

describe('messages about files and setup from outside, in English', () => {
  it('unit lists, typed units and the readers’ limits', () => {
    expect(messages.length).toBeGreaterThanOrEqual(24);
    for (const m of messages) expectEnglish(m);
  });

  it('a setup package that is not one, or was changed', () => {
    const pkg = {
      list: '2025',
      receiving: { code: '37', name: 'Tỉnh Ninh Bình', level: 'province' },
      framework: shippedFramework('commune'),
      createdAt: '2026-12-06T00:00:00.000Z',
    } as const;
    const edited = (edit: (wb: XLSX.WorkBook) => void) => {
      const wb = readBook(writeSetupPackage(pkg));
      edit(wb);
      return writeBook(wb);
    };
    const set = (key: string, value: string) => (wb: XLSX.WorkBook) => {
      const ws = wb.Sheets[SHEET_PACKAGE]!;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
      XLSX.utils.sheet_add_aoa(ws, [[key, value]], { origin: { r: rows.findIndex((r) => r[0] === key), c: 0 } });
    };
    const drop = (name: string) => (wb: XLSX.WorkBook) => void wb.SheetNames.splice(wb.SheetNames.indexOf(name), 1);
    const cases = [
      edited(drop(SHEET_PACKAGE)),
      edited(drop('ChiSo')),
      edited(drop('Nhom')),
      ...[
        ['format', 'x'],
        ['formatVersion', '9'],
        ['unitList', '2023'],
        ['receivingLevel', 'district'],
        ['receivingCode', 'x'],
        ['receivingName', ''],
        ['frameworkVersion', '0.0'],
        ['frameworkFingerprint', 'x'],
      ].map(([k, v]) => edited(set(k!, v!))),
      edited((wb) => void (wb.Sheets.ChiSo!.I2 = { t: 's', v: 'foo' })),
      edited((wb) => {
        wb.Sheets.ChiSo!.I2 = { t: 's', v: 'foo' };
        wb.Sheets.ChiSo!.I3 = { t: 's', v: 'bar' };
      }),
    ];
    const said = cases.map((bytes) => {
      const r = readSetupPackage(bytes);
      if (r.ok) throw new Error('expected a refusal');
      return expectEnglish(r.error, DATA);
    });
    expect(said[cases.length - 1]).toMatch(
      /^The framework in the setup package cannot be read: Sheet "ChiSo", row 2,.*; Sheet "ChiSo", row 3,/,
    );
  });

  it('an import that does not fit this machine', () => {
    const m = buildManifest(sampleInput());
    const ctx = {
      districtCode: '373',
      unitCodes: new Set(['14758']),
      knownFrameworks: () => true,
    };
    const province = { ...ctx, districtCode: '37', receivingNoun: 'tỉnh' };
    const checks = [
      checkContext(m, { ...ctx, districtCode: '38', unitCodes: new Set() }),
      checkContext(m, { ...ctx, districtCode: '38', unitCodes: new Set(), receivingName: 'Tinh X' }),
      checkContext(m, province),
      checkContext(m, { ...province, unitCodes: new Set(), officialCodes: new Set(['14758']), districtCode: '373' }),
      checkContext(m, { ...ctx, unitCodes: new Set() }),
      checkContext(m, { ...ctx, period: { year: 2024, kind: 'mid-year' } }),
      checkContext(m, { ...ctx, period: { year: 2025, kind: 'year' } }),
      checkContext(m, { ...ctx, knownFrameworks: () => false }),
    ];
    const reasons = new Set<string>();
    for (const c of checks) {
      if (c.ok) throw new Error('expected a refusal');
      reasons.add(c.reason);
      expectEnglish(c.message, DATA);
    }
    expect([...reasons].sort()).toEqual(
      ['addable', 'framework-unknown', 'other-district', 'period-mismatch', 'unknown-unit', 'wrong-parent'].sort(),
    );
  });

  it('a remarks file that is not one, or does not fit the open assessment', async () => {
    const entries = sampleEntries();
    const out = await exportRemarks(giaPhongRemarks(entries, agreeAll(communeFw, entries)));
    const manifestSet = (key: string, value: string) => {
      const wb = readBook(out.bytes);
      const ws = wb.Sheets._manifest!;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
      XLSX.utils.sheet_add_aoa(ws, [[key, value]], { origin: { r: rows.findIndex((r) => r[0] === key), c: 0 } });
      return writeBook(wb);
    };
    const noManifest = readBook(out.bytes);
    noManifest.SheetNames.splice(noManifest.SheetNames.indexOf('_manifest'), 1);
    const files = [
      (await exportAssessment(sampleInput())).bytes,
      (await exportConsolidated(benchConsolidatedInput(communeFw, 2))).bytes,
      manifestSet('format', 'other'),
      manifestSet('formatVersion', '9'),
      manifestSet('formatVersion', 'x'),
      manifestSet('revision', '0'),
      manifestSet('sha256', 'f'.repeat(64)),
      writeBook(noManifest),
    ];
    for (const bytes of files) {
      const r = readRemarksFile(bytes, 'x.xlsx');
      if (r.ok) throw new Error('expected a refusal');
      expectEnglish(r.error.message);
    }

    const read = readRemarksFile(out.bytes, out.fileName);
    if (!read.ok) throw new Error(read.error.message);
    const db = await communeDb();
    const a = await createAssessment(db, {
      unitCode: '14758',
      period: { year: 2025, kind: 'year' },
      frameworkId: communeFw.id,
      frameworkVersion: communeFw.version,
    });
    const m = read.manifest;
    const refused = async (p: Promise<{ kind: string; message?: string }>) => {
      const r = await p;
      if (r.kind !== 'refused' || r.message === undefined) throw new Error('expected a refusal');
      return expectEnglish(r.message, DATA);
    };
    await refused(storeRemarks(db, 'gone', m, 'x.xlsx'));
    await refused(storeRemarks(db, a.id, { ...m, unit: { code: '14761', name: 'Xã Gia Trung' } }, 'x.xlsx'));
    await refused(storeRemarks(db, a.id, { ...m, period: { year: 2025, kind: 'mid-year' } }, 'x.xlsx'));
    await refused(storeRemarks(db, a.id, { ...m, framework: { id: 'other', version: '1' } }, 'x.xlsx'));
    expect((await storeRemarks(db, a.id, { ...m, revision: 2 }, 'x.xlsx')).kind).toBe('stored');
    await refused(storeRemarks(db, a.id, { ...m, exportId: 'r-0' }, 'x.xlsx'));
    expect(await refused(storeRemarks(db, a.id, { ...m, revision: 2 }, 'x.xlsx'))).toBe(
      'File not accepted: this file was already imported. Nothing changed.',
    );
    expect(await refused(importRemarksFile(db, a.id, files[0]!, 'x.xlsx'))).toMatch(
      /^File not accepted: This is a self-assessment file, not a remarks file/,
    );
  });

  it('leaves a message no template lists as it is, and shared’s Vietnamese in Vietnamese', () => {
    expect(sharedText('Dòng 3: một lý do khác.', 'en')).toBe('Dòng 3: một lý do khác.');
    expect(sharedText(messages[0]!, 'vi')).toBe(messages[0]);
  });
});
