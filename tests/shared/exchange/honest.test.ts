// Honest re-encodings of a real export import with values equal to the plain export's and nothing flagged.
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { normalizeEntries, normalizeInfo } from '../../../shared/exchange/manifest';
import { honestVariants } from './honest-variants';
import { communeFw, resolveCommune, sampleInput } from './sample';
import { text, unzip } from './zip-tools';

const expected = {
  entries: normalizeEntries(communeFw, sampleInput().entries),
  info: normalizeInfo(sampleInput().info),
};

/** What each variant must really contain, so a no-op variant cannot pass for a re-encoding. */
const MARKERS: Record<string, (f: Map<string, Uint8Array>, bytes: Uint8Array) => boolean> = {
  'honest-plain.xlsx': () => true,
  'honest-nfd-text-and-sheet-names.xlsx': (f) => text(f, 'xl/workbook.xml').includes('Biểu mẫu 01'.normalize('NFD')),
  // Every part; exceljs also writes empty folder entries ("xl/"), which have no bytes to mark.
  'honest-bom-before-xml.xlsx': (f) =>
    [...f].filter(([name]) => !name.endsWith('/')).every(([, d]) => d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf),
  'honest-inline-strings.xlsx': (f) =>
    !f.has('xl/sharedStrings.xml') && text(f, 'xl/worksheets/sheet1.xml').includes('t="inlineStr"'),
  'honest-prefixed-namespace.xlsx': (f) => text(f, 'xl/worksheets/sheet1.xml').includes('<x:c '),
  'honest-no-r-attributes.xlsx': (f) => !/ r="/.test(text(f, 'xl/worksheets/sheet1.xml')),
  'honest-data-descriptors.xlsx': (_f, b) => b[6] === 0x08,
  'honest-stored-entries.xlsx': (_f, b) => b[8] === 0 && b[9] === 0,
  'honest-rich-text-phonetic.xlsx': (f) => text(f, 'xl/sharedStrings.xml').includes('<rPh '),
  'honest-strict-ooxml.xlsx': (f) => text(f, 'xl/workbook.xml').includes('purl.oclc.org/ooxml/spreadsheetml/main'),
  'honest-full-grid-dimension.xlsx': (f) => text(f, 'xl/worksheets/sheet3.xml').includes('A1:XFD1048576'),
  'honest-excel-style-resave.xlsx': (f) =>
    text(f, 'xl/worksheets/sheet1.xml').includes('xr:uid=') && text(f, 'xl/workbook.xml').includes('x15ac:absPath'),
  'honest-libreoffice-resave.xlsx': (f) => text(f, 'docProps/app.xml').includes('LibreOffice'),
  'honest-everything-at-once.xlsx': (f) =>
    /<x:c [^>]*\bt="inlineStr"/.test(text(f, 'xl/worksheets/sheet1.xml')) &&
    text(f, 'xl/workbook.xml').includes('purl.oclc'),
};

const variants = await honestVariants();

describe('honest variants', () => {
  it.each(variants.map((v) => [v.name, v] as const))('%s really is re-encoded', (name, v) => {
    expect(MARKERS[name]?.(unzip(v.bytes), v.bytes)).toBe(true);
  });

  it.each(variants.map((v) => [v.name, v] as const))('%s imports equal, nothing flagged', (_n, v) => {
    const r = readAssessmentFile(v.bytes, v.name, { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.message} ${r.error.detail ?? ''}`);
    expect(r.entries).toEqual(expected.entries);
    expect(r.info).toEqual(expected.info);
    expect(r.sheetEntries).toEqual(expected.entries);
    expect(r.sheetInfo).toEqual(expected.info);
    expect(r.differences).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});
