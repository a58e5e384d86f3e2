// Replacing parts of a zip the writer made (shared/excel/zip-replace.ts): the new part reads back, every other part
// keeps its stored bytes, and the result is a zip every reader of ours accepts; anything unexpected throws.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { withComment } from '../../../shared/exchange/form-seal';
import { entryData, inspectZip, type ZipEntry } from '../../../shared/exchange/zip-guard';
import { SheetBuilder } from '../../../shared/excel/sheet-builder';
import { BookBuilder, writeXlsx, WRITE_OPTIONS } from '../../../shared/excel/xlsx-write';
import { replaceParts } from '../../../shared/excel/zip-replace';

function entries(bytes: Uint8Array): Map<string, ZipEntry> {
  const z = inspectZip(bytes);
  if (!z.ok) throw new Error(z.error.message);
  return new Map(z.entries.map((e) => [e.name, e]));
}

/** A book of three visible sheets written by exceljs, as every export is. */
async function book(): Promise<Uint8Array> {
  const b = new BookBuilder();
  for (const name of ['Một', 'Hai', 'Ba']) {
    const s = new SheetBuilder([20]);
    for (let r = 0; r < 200; r++) s.text(r, 0, `${name} dòng ${r + 1}`).num(r, 1, r * 1.5);
    b.add(name, s.finish());
  }
  return writeXlsx(b.book('t', new Date(Date.UTC(2025, 0, 1))));
}

const LEVEL = WRITE_OPTIONS.zip.compressionOptions.level;

describe('replaceParts', () => {
  it('puts the new part in and leaves every other part stored exactly as it was', async () => {
    const bytes = await book();
    const part = 'xl/worksheets/sheet2.xml';
    const before = strFromU8(unzipSync(bytes)[part]!);
    const edited = before.replace('Hai dòng 1<', 'Hai dòng một<');
    const out = replaceParts(bytes, new Map([[part, strToU8(edited)]]), LEVEL);
    const [a, b] = [entries(bytes), entries(out)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, e] of a) {
      if (name === part) continue;
      expect(entryData(out, b.get(name)!), name).toEqual(entryData(bytes, e));
    }
    expect(strFromU8(unzipSync(out)[part]!)).toBe(edited);
    const wb = XLSX.read(out, { type: 'array' });
    expect(XLSX.utils.sheet_to_json(wb.Sheets['Hai']!, { header: 1 }).length).toBe(200);
    expect(XLSX.utils.sheet_to_json(wb.Sheets['Ba']!, { header: 1 })[199]).toEqual(['Ba dòng 200', 298.5]);
  });

  it('returns the same bytes when there is nothing to replace', async () => {
    const bytes = await book();
    expect(replaceParts(bytes, new Map(), LEVEL)).toBe(bytes);
  });

  it('refuses a part that is not there, and a zip it did not expect', async () => {
    const bytes = await book();
    expect(() => replaceParts(bytes, new Map([['xl/none.xml', strToU8('x')]]), LEVEL)).toThrow(/not in the zip/);
    const commented = withComment(zipSync({ 'a.txt': strToU8('a') }), 'DTI Desk form seal')!;
    expect(() => replaceParts(commented, new Map([['a.txt', strToU8('b')]]), LEVEL)).toThrow(/without a comment/);
  });
});
