// The form seal (shared/exchange/form-seal.ts, export-seal.ts): an untouched export is read without parsing its form,
// with the very result of a full read; a file whose stored form or strings are not the export's own, or whose seal is
// altered, is read in full, which finds any edit.
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it, vi } from 'vitest';
import { buildAssessmentBook, exportAssessment } from '../../../shared/exchange/export';
import { sealExport } from '../../../shared/exchange/export-seal';
import { SHEET_FORM } from '../../../shared/exchange/form-layout';
import { hasSeal, sealBinding, sealComment, sealDigest, sealOf, withComment } from '../../../shared/exchange/form-seal';
import { type ImportRead, readAssessmentFile } from '../../../shared/exchange/import';
import { entryData, inspectZip, type ZipEntry } from '../../../shared/exchange/zip-guard';
import { writeXlsx } from '../../../shared/excel/xlsx-write';
import { communeFw, readBook, resolveCommune, rowOf, sampleInput } from './sample';
import { unzip, zip } from './zip-tools';

const input = sampleInput();
const bytes = (await exportAssessment(input)).bytes;
const read = (b: Uint8Array, seal?: 'ignore') =>
  readAssessmentFile(b, 'gia-phong.xlsx', { resolveFramework: resolveCommune, ...(seal ? { seal } : {}) });
const FORM = 'xl/worksheets/sheet1.xml';
const SST = 'xl/sharedStrings.xml';
const text = (b: Uint8Array) => new TextDecoder().decode(b);

function zipOf(b: Uint8Array): { entries: Map<string, ZipEntry>; comment: string } {
  const z = inspectZip(b);
  if (!z.ok) throw new Error(z.error.message);
  return { entries: new Map(z.entries.map((e) => [e.name, e])), comment: z.comment };
}
const comment = zipOf(bytes).comment;
/** The export without its comment. */
const unsealed = (() => {
  const b = bytes.slice(0, bytes.length - comment.length);
  new DataView(b.buffer).setUint16(b.length - 2, 0, true);
  return b;
})();

/** The export zipped again, part `name` rewritten by `edit`, the export's seal put back as its comment. */
function rezipped(name?: string, edit: (xml: string) => string = (x) => x): Uint8Array {
  const parts = [...unzip(bytes)].map(([n, data]) => ({
    name: n,
    data: n === name ? new TextEncoder().encode(edit(text(data))) : data,
  }));
  if (name) expect(text(parts.find((p) => p.name === name)!.data)).not.toBe(text(unzip(bytes).get(name)!));
  return withComment(zip(parts), comment)!;
}

/** A read without the field that says which way it went, nor the file's own hash. */
const outcome = (r: ImportRead) => {
  if (!r.ok) return r;
  const { formSealed: _, fileSha256: __, ...rest } = r;
  return rest;
};

describe('the form seal', () => {
  it("is the export's zip comment, over its own bytes", () => {
    expect(hasSeal(comment)).toBe(true);
    const m = read(bytes, 'ignore');
    if (!m.ok) throw new Error(m.error.message);
    expect(sealOf(comment)).toBe(sealDigest(bytes, zipOf(bytes).entries, FORM, sealBinding(m.manifest)));
  });

  it('lets an untouched export be read without its form, with the result of the full read', () => {
    const fast = read(bytes);
    const full = read(bytes, 'ignore');
    expect(fast.ok && fast.formSealed).toBe(true);
    expect(full.ok && full.formSealed).toBe(false);
    expect(outcome(fast)).toEqual(outcome(full));
    // Without the framework too: its checks only add to the others.
    const bare = readAssessmentFile(bytes, 'gia-phong.xlsx');
    expect(bare.ok && bare.formSealed).toBe(true);
    expect(outcome(bare)).toEqual(outcome(readAssessmentFile(bytes, 'gia-phong.xlsx', { seal: 'ignore' })));
  });

  it('reads in full a file zipped again, even unchanged and with the seal kept, and finds it clean', () => {
    const r = read(rezipped());
    expect(r.ok && r.formSealed).toBe(false);
    expect(outcome(r)).toEqual(outcome(read(bytes)));
  });

  it('reads in full a file whose form cell was edited, and lists the edit', () => {
    // Indicator 1.1's value (the machine column K) made to name another shared string.
    const row = rowOf(readBook(bytes).Sheets[SHEET_FORM]!, '1.1');
    const cell = new RegExp(`(<c r="K${row}"[^>]*t="s"><v>)\\d+(</v>)`);
    const r = read(rezipped(FORM, (xml) => xml.replace(cell, (_, open: string, close: string) => `${open}0${close}`)));
    expect(r.ok && r.formSealed).toBe(false);
    expect(r.ok ? r.differences.map((d) => `${d.code} ${d.field}`) : []).toEqual(['1.1 value']);
  });

  it('reads in full a file whose form strings were edited, and lists the edit', () => {
    const r = read(rezipped(SST, (xml) => xml.replace('<t>1/QĐ-UBND</t>', '<t>2/QĐ-UBND</t>')));
    expect(r.ok && r.formSealed).toBe(false);
    expect(r.ok ? r.differences.map((d) => `${d.code} ${d.field}`) : []).toEqual(['1.1 docNumber']);
  });

  it('reads a file in full when its seal is altered or gone, and still reads it', () => {
    const plain = unsealed;
    expect(zipOf(plain).comment).toBe('');
    const hex = sealOf(comment)!;
    const altered = withComment(plain, sealComment(`${hex.slice(0, -1)}${hex.endsWith('0') ? '1' : '0'}`))!;
    for (const b of [plain, altered]) {
      const r = read(b);
      expect(r.ok && r.formSealed).toBe(false);
      expect(outcome(r)).toEqual(outcome(read(bytes)));
    }
  });

  it('is read by the zip guard as stated, cut at the end of the file and at the first byte not printable ASCII', () => {
    const plain = unsealed;
    expect(zipOf(withComment(plain, 'DTI Desk')!).comment).toBe('DTI Desk');
    expect(withComment(withComment(plain, 'x')!, 'y')).toBeUndefined(); // only a zip with no comment yet
    const lying = withComment(plain, 'abc')!;
    new DataView(lying.buffer).setUint16(lying.length - 5, 60_000, true);
    expect(zipOf(lying).comment).toBe('abc');
    const odd = withComment(plain, 'ab\u0001cd')!;
    expect(zipOf(odd).comment).toBe('ab');
    expect(zipOf(withComment(plain, 'z'.repeat(300))!).comment).toHaveLength(200);
  });

  it('covers the stored form and strings, and binds the payload hash, the cell-text mode and the framework', () => {
    const { entries } = zipOf(bytes);
    const b = { frameworkId: 'f', frameworkVersion: '1', plainText: true, payloadSha256: 'a'.repeat(64) };
    const base = sealDigest(bytes, entries, FORM, b);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const other of [
      { ...b, payloadSha256: 'b'.repeat(64) },
      { ...b, plainText: false },
      { ...b, frameworkId: 'g' },
      { ...b, frameworkVersion: '2' },
    ])
      expect(sealDigest(bytes, entries, FORM, other)).not.toBe(base);
    /** The digest with one stored byte of part `name` changed. */
    const flipped = (name: string) => {
      const e = entries.get(name)!;
      const copy = bytes.slice();
      const at = entryData(copy, e).byteOffset + 10;
      copy[at] = (copy[at] as number) ^ 1;
      return sealDigest(copy, entries, FORM, b);
    };
    expect(flipped(FORM)).not.toBe(base);
    expect(flipped(SST)).not.toBe(base);
    expect(flipped('xl/styles.xml')).toBe(base);
    expect(sealDigest(bytes, entries, 'xl/worksheets/sheet9.xml', b)).toBeUndefined();
  });

  it('never fails an export, and keeps the seal off a file that does not read back clean', async () => {
    const { book, manifest } = buildAssessmentBook(input);
    // Indicator 1.1's value (the machine column K) not the one the manifest holds, as a faulty writer would write it.
    const cells = [...book.sheets[0]!.rows.values()].find((c) => c.get(0)?.v === '1.1');
    expect(cells?.get(10)?.v).toBe('pho');
    cells!.set(10, { ...cells!.get(10)!, v: 'truong' });
    const written = await writeXlsx(book);
    const out = sealExport(written, sealBinding(manifest), communeFw);
    expect(out).toBe(written);
    expect(zipOf(out).comment).toBe('');
    const r = read(out);
    expect(r.ok ? r.differences.map((d) => `${d.code} ${d.field}`) : []).toEqual(['1.1 value']);
    // Bytes that are no zip at all are handed back as they came.
    const junk = new Uint8Array([1, 2, 3]);
    expect(sealExport(junk, sealBinding(manifest), communeFw)).toBe(junk);
  });
  it('hands SheetJS only the manifest: no form, and no shared strings, which the manifest does not refer to', () => {
    const handed = (b: Uint8Array) => {
      const add = vi.spyOn(XLSX.CFB.utils, 'cfb_add');
      try {
        const r = read(b);
        return { r, parts: add.mock.calls.map((c) => c[1] as string) };
      } finally {
        add.mockRestore();
      }
    };
    const sealed = handed(bytes);
    expect(sealed.r.ok && sealed.r.formSealed).toBe(true);
    expect(sealed.parts).toContain('xl/worksheets/sheet3.xml');
    expect(sealed.parts).not.toContain(FORM);
    expect(sealed.parts).not.toContain(SST);
    // A full read parses the form, whose text is in the shared strings.
    const full = handed(unsealed);
    expect(full.r.ok && full.r.formSealed).toBe(false);
    expect(full.parts).toEqual(expect.arrayContaining([FORM, SST]));
    expect(outcome(full.r)).toEqual(outcome(sealed.r));
    // A file exported before manifests carried their text inline (the manifest's text in the shared strings) is
    // still read sealed, its shared strings handed over.
    const old = new Uint8Array(
      readFileSync(new URL('../../fixtures/exchange/sealed-shared-manifest.xlsx', import.meta.url)),
    );
    const before = handed(old);
    expect(before.r.ok ? before.r.formSealed : before.r.error.message).toBe(true);
    expect(before.parts).toContain(SST);
    expect(before.parts).not.toContain(FORM);
  });
});
