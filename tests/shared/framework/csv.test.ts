import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, writeCsv } from '../../../shared/framework/csv';

function cells(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.records.map((x) => x.cells);
}

describe('parseCsv', () => {
  it('reads CRLF records without an extra final record', () => {
    expect(cells('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('reads LF and a missing final line break', () => {
    expect(cells('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(cells('"x, y","say ""hi""","line1\r\nline2",\r\n')).toEqual([['x, y', 'say "hi"', 'line1\r\nline2', '']]);
  });
  it('keeps empty fields and empty quoted fields', () => {
    expect(cells(',,""\r\n')).toEqual([['', '', '']]);
  });
  it('numbers records, counting a multi-line record once', () => {
    const r = parseCsv('h\r\n"a\r\nb"\r\nc\r\n');
    expect(r.ok && r.records.map((x) => x.row)).toEqual([1, 2, 3]);
  });
  it('strips a BOM', () => {
    expect(cells('\uFEFFcode,x\r\n')).toEqual([['code', 'x']]);
  });
  it('reports an unterminated quote with its record number', () => {
    const r = parseCsv('a\r\nb\r\n"open,\r\n');
    expect(r).toMatchObject({ ok: false, row: 3 });
    if (!r.ok) expect(r.error).toContain('ngoặc kép');
  });
  it('refuses a quote in the middle of an unquoted field and text after a closing quote', () => {
    expect(parseCsv('ab"c\r\n').ok).toBe(false);
    expect(parseCsv('"ab"c\r\n').ok).toBe(false);
  });
});

describe('writeCsv', () => {
  it('quotes only when needed and ends with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "x"', 'l1\nl2', '']])).toBe('a,"b,c","say ""x""","l1\nl2",\r\n');
    expect(csvField('plain text')).toBe('plain text');
  });
  it('round-trips with parseCsv', () => {
    const rows = [
      ['code', 'text'],
      ['1.1', 'Tuyên truyền, "quảng bá"\r\nvề chuyển đổi số'],
    ];
    expect(cells(writeCsv(rows))).toEqual(rows);
  });
});
