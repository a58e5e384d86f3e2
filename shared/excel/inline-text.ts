/**
 * Machine sheets (the hidden "_manifest") carry their text in their own cells instead of in the workbook's shared
 * strings. A reader that needs only the manifest — a sealed import (../exchange/form-seal) — can then hand SheetJS the
 * manifest sheet without the shared strings part, whose parse (every text of the form, and the manifest's own payload)
 * was about a fifth of reading a file.
 *
 * A text goes as a string value (`t="str"`, the text in `<v>`: how SheetJS writes every string by default), or inline
 * (`t="inlineStr"`, `<is><t>`) when it has spaces at either end or other white space (a line break, a tab), which only
 * a `<t xml:space="preserve">` is told to keep, or when SheetJS would read it back changed as a string value
 * (`KEPT_INLINE`). SheetJS reads a string value in fewer passes than an inline text, which it also copies, decodes and
 * escapes as rich text: a sealed file's read took 7 % less time with its payload a string value (Node, the same 129
 * files read in turn both ways in one process).
 *
 * exceljs 4.4 puts every text in the shared strings and has no choice per sheet, so such a sheet is written by
 * exceljs with its cells styled but empty (`<c r="B2" s="13"/>`), and the text is put into those cells afterwards.
 * Text is escaped exactly as exceljs escapes its shared strings (./xlsx-write): the same five entities, the same
 * control characters dropped, `xml:space="preserve"` on the same texts, so a value reads back the same either way.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { workbookText } from './cell-text';
import type { SheetDoc } from './doc';
import { replaceParts } from './zip-replace';

/** The texts and numbers of one sheet to put in after exceljs wrote it, by cell reference ("B2"). */
export type InlineCells = Map<string, string | number>;

/** A sheet's cells to write inline, or undefined when it holds anything but plain text and numbers. */
export function inlineCells(doc: SheetDoc, ref: (r: number, c: number) => string): InlineCells | undefined {
  const out: InlineCells = new Map();
  for (const [r, cells] of doc.rows)
    for (const [c, cell] of cells) {
      const v = cell.v;
      if (typeof v === 'string') {
        if (v !== '') out.set(ref(r, c), v);
      } else if (typeof v === 'number' && Number.isFinite(v)) out.set(ref(r, c), v);
      else return undefined;
    }
  return out;
}

/** Characters exceljs drops from text (XML 1.0 cannot carry them): C0 controls but tab, LF and CR; and DEL. */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Texts whose spaces or line breaks only a `<t xml:space="preserve">` keeps, as exceljs marks them. */
const PRESERVE = /^\s|\n|\s$/;

/** `text` escaped as exceljs escapes a shared string's, its "_xHHHH_" look-alikes kept as ./xlsx-write keeps them. */
const escaped = (text: string): string =>
  workbookText(text.replace(DROPPED, '')).replace(/["&'<>]/g, (ch) => ENTITY[ch] as string);

/** `<is><t>…</t></is>` for `text`, as exceljs writes a shared string's `<t>`. */
export function inlineText(text: string): string {
  const preserve = PRESERVE.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${preserve}>${escaped(text)}</t></is>`;
}

/**
 * Texts kept inline: spaces at either end, or any other white space (line breaks, tabs) anywhere; and what SheetJS
 * would change when it unescapes a string value's text a second time (it does, after the `<v>`'s own unescaping): an
 * entity, an `_xHHHH_` escape or a CDATA opening written as text ("&amp;lt;" in a note would read back as "<").
 */
const KEPT_INLINE = /^\s|\s$|[^\S ]|&(?:quot|apos|gt|lt|amp|#x?[\da-f]+);|_x[\da-f]{4}_|<!\[CDATA\[/i;

/** A text cell's type and content: a string value, or inline where only inline reads back the same (`KEPT_INLINE`). */
export function textCell(text: string): string {
  return KEPT_INLINE.test(text.replace(DROPPED, ''))
    ? ` t="inlineStr">${inlineText(text)}`
    : ` t="str"><v>${escaped(text)}</v>`;
}

/** The sheet XML with each empty cell of `cells` given its value; throws when a cell is not found empty. */
export function fillCells(xml: string, cells: InlineCells): string {
  let filled = 0;
  const out = xml.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)\/>/g, (tag, ref: string, style: string) => {
    const v = cells.get(ref);
    if (v === undefined) return tag;
    filled++;
    return typeof v === 'number' ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}"${style}${textCell(v)}</c>`;
  });
  if (filled !== cells.size) throw new Error(`inline text: ${cells.size - filled} cells not found in the sheet`);
  return out;
}

/** The xlsx `bytes` with the cells of each sheet part (`xl/worksheets/sheetN.xml` → cells) filled in. */
export function fillSheets(bytes: Uint8Array, parts: ReadonlyMap<string, InlineCells>, level: number): Uint8Array {
  if (parts.size === 0) return bytes;
  const names = new Set(parts.keys());
  const files = unzipSync(bytes, { filter: (f) => names.has(f.name) });
  const filled = new Map<string, Uint8Array>();
  for (const [path, cells] of parts) {
    const part = files[path];
    if (!part) throw new Error(`inline text: ${path} is not in the workbook`);
    filled.set(path, strToU8(fillCells(strFromU8(part), cells)));
  }
  return replaceParts(bytes, filled, level);
}
