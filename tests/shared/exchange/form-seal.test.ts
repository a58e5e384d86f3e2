// The form seal (shared/exchange/form-seal.ts, export-seal.ts): an untouched export is read without parsing its form,
// with the very result of a full read; any change to the form's bytes, to its strings or to the seal sends the file
// back to the full read, which finds the change.
import { describe, expect, it } from 'vitest';
import { buildAssessmentBook, exportAssessment } from '../../../shared/exchange/export';
import { sealExport } from '../../../shared/exchange/export-seal';
import { parseSeal, SEAL_KEY, sealBinding, sealDigest, sstPrefixEnd } from '../../../shared/exchange/form-seal';
import { type ImportRead, readAssessmentFile } from '../../../shared/exchange/import';
import { writeXlsx } from '../../../shared/excel/xlsx-write';
import { SHEET_FORM } from '../../../shared/exchange/form-layout';
import { communeFw, readBook, resolveCommune, rowOf, sampleInput } from './sample';
import { unzip, zip } from './zip-tools';

const input = sampleInput();
const bytes = (await exportAssessment(input)).bytes;
const read = (b: Uint8Array, seal?: 'ignore') =>
  readAssessmentFile(b, 'gia-phong.xlsx', { resolveFramework: resolveCommune, ...(seal ? { seal } : {}) });
const FORM = 'xl/worksheets/sheet1.xml';
const SST = 'xl/sharedStrings.xml';
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytesOf = (s: string) => new TextEncoder().encode(s);

/** The export with part `name` rewritten by `edit` (the other parts as they were). */
function edited(name: string, edit: (xml: string) => string): Uint8Array {
  const parts = [...unzip(bytes)].map(([n, data]) => ({
    name: n,
    data: n === name ? bytesOf(edit(text(data))) : data,
  }));
  expect(text(parts.find((p) => p.name === name)?.data ?? new Uint8Array())).not.toBe(text(unzip(bytes).get(name)!));
  return zip(parts);
}

/** A read without the fields that only say which way it went. */
const outcome = (r: ImportRead) => {
  if (!r.ok) return r;
  const { formSealed: _, fileSha256: __, ...rest } = r;
  return rest;
};

describe('the form seal', () => {
  it('is written into the manifest of an export and holds for its bytes', () => {
    const sst = text(unzip(bytes).get(SST)!);
    const seal = /<t>(1\.\d{6}\.[0-9a-f]{64})<\/t>/.exec(sst)?.[1];
    expect(parseSeal(seal)?.k).toBeGreaterThan(100);
    expect(sst).toContain(`<t>${SEAL_KEY}</t>`);
    expect(sst).not.toContain('pending-');
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

  it('sends a file whose form cell was edited to the full read, which lists the edit', () => {
    // Indicator 1.1's value (the machine column K) made to name another shared string.
    const row = rowOf(readBook(bytes).Sheets[SHEET_FORM]!, '1.1');
    const cell = new RegExp(`(<c r="K${row}"[^>]*t="s"><v>)\\d+(</v>)`);
    const changed = edited(FORM, (xml) => xml.replace(cell, (_, open: string, close: string) => `${open}0${close}`));
    const r = read(changed);
    expect(r.ok && r.formSealed).toBe(false);
    expect(r.ok ? r.differences.map((d) => `${d.code} ${d.field}`) : []).toEqual(['1.1 value']);
  });

  it('sends a file whose form strings were edited to the full read', () => {
    const changed = edited(SST, (xml) => xml.replace('<t>1/QĐ-UBND</t>', '<t>2/QĐ-UBND</t>'));
    const r = read(changed);
    expect(r.ok && r.formSealed).toBe(false);
    expect(r.ok ? r.differences.map((d) => `${d.code} ${d.field}`) : []).toEqual(['1.1 docNumber']);
  });

  it('reads a file in full when its seal is altered, and still reads it', () => {
    const changed = edited(SST, (xml) =>
      xml.replace(/(<t>1\.\d{6}\.)([0-9a-f])/, (_, head: string, c: string) => `${head}${c === '0' ? '1' : '0'}`),
    );
    const r = read(changed);
    expect(r.ok && r.formSealed).toBe(false);
    expect(outcome(r)).toEqual(outcome(read(bytes)));
  });

  it('binds the payload hash, the cell-text mode and the framework', () => {
    const parts = unzip(bytes);
    const form = parts.get(FORM)!;
    const sst = parts.get(SST)!;
    const b = { frameworkId: 'f', frameworkVersion: '1', plainText: true, payloadSha256: 'a'.repeat(64) };
    const base = sealDigest(form, sst, 3, b);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const other of [
      { ...b, payloadSha256: 'b'.repeat(64) },
      { ...b, plainText: false },
      { ...b, frameworkId: 'g' },
      { ...b, frameworkVersion: '2' },
    ])
      expect(sealDigest(form, sst, 3, other)).not.toBe(base);
    expect(sealDigest(form, sst, 4, b)).not.toBe(base);
    expect(sstPrefixEnd(bytesOf('<sst><si><t>a</t></si><si><t>b</t></si></sst>'), 2)).toBe(39);
    expect(sstPrefixEnd(bytesOf('<sst><si><t>a</t></si></sst>'), 2)).toBeUndefined();
  });

  it('is not written when the export does not read back clean', async () => {
    const { book, manifest, placeholder } = buildAssessmentBook(input);
    // Indicator 1.1's value (the machine column K) not the one the manifest holds, as a faulty writer would write it.
    const cells = [...book.sheets[0]!.rows.values()].find((c) => c.get(0)?.v === '1.1');
    expect(cells?.get(10)?.v).toBe('pho');
    cells!.set(10, { ...cells!.get(10)!, v: 'truong' });
    const written = await writeXlsx(book);
    const out = sealExport(written, placeholder, sealBinding(manifest), communeFw, new Date(input.exportedAt));
    expect(out).toBe(written);
    const r = read(out);
    expect(r.ok && r.formSealed).toBe(false);
    expect(r.ok ? r.differences.map((d) => `${d.code} ${d.field}`) : []).toEqual(['1.1 value']);
  });
});
