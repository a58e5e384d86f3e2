/**
 * RFC 4180 CSV reading and writing for catalogue files. Reading accepts CRLF or LF line ends and a leading BOM
 * (Excel writes one); writing produces the catalogue format exactly: quotes only where needed, CRLF, final CRLF.
 */

/** One CSV record and its record number (1 = header), which is also the row a spreadsheet shows. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** Result of `parseCsv`: the records, or the first syntax error with its record number (Vietnamese). */
export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number; error: string };

/** Parses CSV text. A trailing line break does not make an extra record; empty lines yield a record [""]. */
export function parseCsv(text: string): CsvResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let row = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(field);
    records.push({ row, cells });
    cells = [];
    field = '';
    row++;
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      if (field !== '') return { ok: false, row, error: 'Dấu ngoặc kép nằm giữa một ô chưa được bao trong ngoặc kép.' };
      let j = i + 1;
      for (;;) {
        const q = src.indexOf('"', j);
        if (q < 0) return { ok: false, row, error: 'Thiếu dấu ngoặc kép đóng ô.' };
        if (src[q + 1] === '"') {
          field += src.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        field += src.slice(j, q);
        i = q + 1;
        break;
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return { ok: false, row, error: 'Có ký tự thừa sau dấu ngoặc kép đóng ô.' };
      }
      continue;
    }
    if (ch === ',') {
      cells.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      const stop = nextSpecial(src, i);
      field += src.slice(i, stop);
      i = stop;
    }
  }
  if (field !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

function nextSpecial(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s[k];
    if (c === ',' || c === '\r' || c === '\n' || c === '"') return k;
  }
  return s.length;
}

/** Quotes a field only when it holds a comma, a quote or a line break (catalogs.md "File format"). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records as CSV with CRLF line ends and a final CRLF. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
