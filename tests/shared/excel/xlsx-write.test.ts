// Text outside the Basic Multilingual Plane (an emoji, a rare Hán-Nôm character) survives writing at any position.
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { SheetBuilder } from '../../../shared/excel/sheet-builder';
import { BookBuilder, writeXlsx } from '../../../shared/excel/xlsx-write';

const write = (texts: readonly string[]) => {
  const b = new SheetBuilder([20]);
  texts.forEach((t, i) => b.text(i, 0, t));
  return writeXlsx(new BookBuilder().add('Trang', b.finish()).book('t', new Date(Date.UTC(2025, 0, 1))));
};

describe('writeXlsx', () => {
  it('keeps a surrogate pair that straddles a 16 KiB block of an XML part (seed 5 of the round-trip property)', async () => {
    const sharedStrings = async (text: string) => {
      const bytes = await write([text]);
      return { bytes, xml: strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!) };
    };
    for (const at of [16384, 32768]) {
      // Pad so that the emoji's high surrogate is the last UTF-16 unit of a 16 KiB block of sharedStrings.xml.
      const pad = at - 1 - (await sharedStrings('#'.repeat(at) + '😀')).xml.indexOf('#');
      const value = '#'.repeat(pad) + '😀 emoji';
      const { bytes, xml } = await sharedStrings(value);
      expect(xml.indexOf('😀 emoji')).toBe(at - 1);
      expect(xml).not.toContain('\uFFFD');
      const ws = XLSX.read(bytes, { type: 'array' }).Sheets['Trang']!;
      expect((ws['A1'] as XLSX.CellObject).v).toBe(value);
    }
  });
});
