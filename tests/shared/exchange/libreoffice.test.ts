// Files re-saved by LibreOffice (see tests/fixtures/exchange/libreoffice/README.md) import exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { normalizeEntries, normalizeInfo } from '../../../shared/exchange/manifest';
import { boundedZip, inspectZip } from '../../../shared/exchange/zip-guard';
import { communeFw, ESCAPE_LOOKALIKE_NOTE, readBook, resolveCommune, rowOf, sampleInput } from './sample';
import { unzip } from './zip-tools';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/exchange/libreoffice/${name}`, import.meta.url)));

describe('LibreOffice re-saves', () => {
  it('imports an unchanged re-save with no difference and no problem', () => {
    const r = readAssessmentFile(fixture('resaved.xlsx'), 'resaved.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual(normalizeEntries(communeFw, sampleInput().entries));
    expect(r.sheetEntries).toEqual(r.entries);
    expect(r.info).toEqual(normalizeInfo(sampleInput().info));
    // The export was sealed; LibreOffice writes a new zip, without the seal: the file is read in full.
    const zip = inspectZip(fixture('resaved.xlsx'));
    expect(zip.ok && zip.comment).toBe('');
    expect(r.formSealed).toBe(false);
  });

  it('lists exactly the one cell edited before the re-save', () => {
    const bytes = fixture('resaved-edited-1.2-numerator.xlsx');
    const r = readAssessmentFile(bytes, 'edited.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    const row = rowOf(readBook(bytes).Sheets['Biểu mẫu 01'] ?? {}, '1.2');
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]).toMatchObject({
      code: '1.2',
      field: 'numerator',
      manifestValue: '12',
      sheetValue: '13',
      sheet: 'Biểu mẫu 01',
      row,
      column: 'L',
    });
    expect(r.differences[0]?.message).toContain(`dòng ${row}, cột L, chỉ số 1.2`);
  });

  it('imports a giải trình that looks like escapes ("_x0041_"): the manifest keeps it, the re-saved form is listed', () => {
    const bytes = fixture('resaved-escape-lookalike.xlsx');
    const r = readAssessmentFile(bytes, 'lookalike.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.entries[0]?.note).toBe(ESCAPE_LOOKALIKE_NOTE);
    // LibreOffice escapes a look-alike when it re-saves, but not the second of two that share an underscore: the
    // form's cell then reads "_x0041B", and that one cell is listed, as any cell changed outside DTI Desk.
    expect(r.differences.map((d) => [d.code, d.field, d.manifestValue])).toEqual([
      [r.entries[0]?.code, 'note', ESCAPE_LOOKALIKE_NOTE],
    ]);
  });

  it('keeps the manifest sheet hidden, and writes data descriptors that the guard bounds', () => {
    const bytes = fixture('resaved.xlsx');
    const wb = Buffer.from(unzip(bytes).get('xl/workbook.xml') ?? new Uint8Array()).toString('utf8');
    expect(wb).toMatch(/<sheet name="_manifest"[^>]*state="hidden"/);
    const z = inspectZip(bytes);
    if (!z.ok) throw new Error(z.error.message);
    // LibreOffice leaves sizes 0 in local headers (flag bit 3); SheetJS would then grow its buffer without bound.
    expect(z.entries.every((e) => (e.flags & 8) === 8)).toBe(true);
    expect(boundedZip(bytes, z.entries)).not.toBe(bytes);
  });
});
