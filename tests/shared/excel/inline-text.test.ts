// Machine sheets carry their text inline (shared/excel/inline-text.ts): a value reads back exactly as the same value
// written to the shared strings by exceljs, the manifest of an export refers to no shared string, and a sheet the
// inline writer cannot carry (rich text) keeps the shared strings.
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { fillCells, inlineText, textCell } from '../../../shared/excel/inline-text';
import { SheetBuilder } from '../../../shared/excel/sheet-builder';
import { S } from '../../../shared/excel/styles';
import { BookBuilder, writeXlsx } from '../../../shared/excel/xlsx-write';
import { sampleInput } from '../exchange/sample';

/**
 * Texts that test the escaping: entities, spaces kept, line breaks, controls, astral, formula-like, long; each with
 * how it is written in a machine sheet: a string value, or inline where only inline reads back the same.
 */
const CASES: [text: string, cell: 'str' | 'inlineStr'][] = [
  ['a & b < c > "d" \'e\'', 'str'],
  ['  hai đầu có dấu cách  ', 'inlineStr'],
  ['dòng 1\ndòng 2', 'inlineStr'],
  ['tab\there', 'inlineStr'],
  ['cr\r\nlf', 'inlineStr'],
  ['điều khiển\u0001\u0008\u000b\u001f\u007f bỏ', 'str'],
  ['😀 Hán-Nôm 𠀀', 'str'],
  ["'=1+1", 'str'],
  ['_x0041_ như Excel viết', 'inlineStr'],
  ['_X00e9_ và _x0041_x0042_ giữ nguyên', 'inlineStr'],
  [']]> <![CDATA[', 'inlineStr'],
  ['Sở KH&CN; 5 &lt; 7 viết như HTML', 'inlineStr'],
  ['&\u0001lt; thành thực thể khi bỏ ký tự điều khiển', 'inlineStr'],
  ['Sở KH&CN, Sở TT&TT; & ; &#; _x41_', 'str'],
  [`{"payload":"${'Số liệu "trích dẫn" & ghi chú; '.repeat(300)}"}`, 'str'],
  ['42', 'str'],
];
const TEXTS = CASES.map(([t]) => t);
const DAY = new Date(Date.UTC(2025, 0, 1));

/** The same texts in a visible sheet (shared strings) and in a hidden machine sheet (inline). */
async function bothWays() {
  const shared = new SheetBuilder([20]);
  const machine = new SheetBuilder([20]);
  TEXTS.forEach((t, i) => {
    shared.text(i, 0, t);
    machine.text(i, 0, t, S.machine);
  });
  machine.num(TEXTS.length, 0, 3.25, S.machine);
  const bytes = await writeXlsx(
    new BookBuilder().add('Thường', shared.finish()).add('_máy', machine.finish(), true).book('t', DAY),
  );
  return { bytes, parts: unzipSync(bytes) };
}

describe('inline text of machine sheets', () => {
  it('reads back exactly as the shared strings of the same texts do', async () => {
    const { bytes, parts } = await bothWays();
    const machineXml = strFromU8(parts['xl/worksheets/sheet2.xml']!);
    expect(machineXml).not.toMatch(/t="s"/);
    const types = [...machineXml.matchAll(/<c r="A\d+" s="\d+"(?: t="(\w+)")?>/g)].map((m) => m[1]);
    expect(types).toEqual([...CASES.map(([, cell]) => cell), undefined]);
    expect(machineXml).toContain('<v>3.25</v>');
    // The shared strings hold the visible sheet's texts only.
    const sst = strFromU8(parts['xl/sharedStrings.xml']!);
    expect(sst.match(/<si>/g)).toHaveLength(TEXTS.length);
    const wb = XLSX.read(bytes, { type: 'array' });
    const cell = (sheet: string, r: number) =>
      (wb.Sheets[sheet]![XLSX.utils.encode_cell({ r, c: 0 })] as XLSX.CellObject).v;
    TEXTS.forEach((t, r) => expect(cell('_máy', r), JSON.stringify(t)).toBe(cell('Thường', r)));
    // Both read back as typed: the control characters dropped, CR LF read as LF, escape look-alikes kept.
    const typed = (t: string) =>
      // eslint-disable-next-line no-control-regex -- the characters exceljs drops
      t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n/g, '\n');
    TEXTS.forEach((t, r) => expect(cell('Thường', r), JSON.stringify(t)).toBe(typed(t)));
    expect(cell('_máy', TEXTS.length)).toBe(3.25);
    // Kept as Excel reads it: the hidden state and the cells' look (the text format) are exceljs's own.
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(2);
    expect(machineXml).toMatch(/<c r="A1" s="\d+" t="str">/);
    expect(machineXml).toMatch(/<c r="A2" s="\d+" t="inlineStr">/);
  });

  it('escapes as exceljs does and keeps surrounding spaces', () => {
    expect(inlineText(' a&"\'<>\u0002 ')).toBe('<is><t xml:space="preserve"> a&amp;&quot;&apos;&lt;&gt; </t></is>');
    expect(inlineText('x')).toBe('<is><t>x</t></is>');
    expect(textCell('a&"\'<>\u0002 b')).toBe(' t="str"><v>a&amp;&quot;&apos;&lt;&gt; b</v>');
    expect(textCell('a\tb')).toBe(' t="inlineStr"><is><t>a\tb</t></is>');
    expect(textCell(' a')).toBe(' t="inlineStr"><is><t xml:space="preserve"> a</t></is>');
  });

  it('refuses to write a sheet whose cells are not where exceljs put them', () => {
    expect(() =>
      fillCells('<sheetData><row r="1"><c r="A1" s="3"/></row></sheetData>', new Map([['B1', 'x']])),
    ).toThrow(/1 cells not found/);
  });

  it('leaves a machine sheet with rich text to the shared strings', async () => {
    const b = new SheetBuilder([20]);
    b.runs(0, 0, [{ text: 'đậm', bold: true }], S.machine);
    const bytes = await writeXlsx(new BookBuilder().add('_máy', b.finish(), true).book('t', DAY));
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toMatch(/t="s"/);
    expect((XLSX.read(bytes, { type: 'array' }).Sheets['_máy']!['A1'] as XLSX.CellObject).v).toBe('đậm');
  });

  it("is how an export's manifest is written: no shared string, none of its text in the shared strings", async () => {
    const { bytes } = await exportAssessment(sampleInput());
    const parts = unzipSync(bytes);
    const manifest = strFromU8(parts['xl/worksheets/sheet3.xml']!);
    expect(manifest).toContain('payloadParts');
    expect(manifest).not.toMatch(/t="s"/);
    const sst = strFromU8(parts['xl/sharedStrings.xml']!);
    expect(sst).not.toContain('payloadParts');
    expect(sst).not.toContain('dti-desk/assessment');
  });
});
