// Honest re-encodings of one real export, as other tools write the same workbook: each must import with values
// equal to the plain export's and nothing flagged. Part of the hostile corpus (hostile-corpus.ts adds them).
import { readFileSync } from 'node:fs';
import { exportAssessment } from '../../../shared/exchange/export';
import { sampleInput } from './sample';
import { rezip, setText, text, unzip, zip } from './zip-tools';

/** One honest variant. */
export interface HonestVariant {
  name: string;
  bytes: Uint8Array;
}

type Files = Map<string, Uint8Array>;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SST = 'xl/sharedStrings.xml';
const xmlParts = (f: Files) => [...f.keys()].filter((n) => /\.(xml|rels)$/.test(n));
const sheetParts = (f: Files) => [...f.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
const spreadsheetParts = (f: Files) =>
  [...f.keys()].filter((n) => n.startsWith('xl/') && n.endsWith('.xml') && text(f, n).includes(`xmlns="${MAIN}"`));

function eachText(f: Files, names: readonly string[], edit: (s: string, name: string) => string): void {
  for (const n of names) setText(f, n, edit(text(f, n), n));
}

/** The `<si>` bodies of the shared strings, in order. */
function sharedStrings(f: Files): string[] {
  return [...text(f, SST).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? '');
}

/** Shared-string cells become inline strings; the shared-strings part goes. */
function inlineStrings(f: Files): void {
  const sst = sharedStrings(f);
  eachText(f, sheetParts(f), (s) =>
    s.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => {
      return `<c ${a}t="inlineStr"${b}><is>${sst[Number(i)] ?? ''}</is></c>`;
    }),
  );
  f.delete(SST);
  eachText(f, ['xl/_rels/workbook.xml.rels'], (s) => s.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
  eachText(f, ['[Content_Types].xml'], (s) => s.replace(/<Override [^>]*sharedStrings[^>]*\/>/, ''));
}

/** Every spreadsheetml element written with an `x:` prefix (as .NET and some web tools do). */
function prefixed(f: Files): void {
  eachText(f, spreadsheetParts(f), (s) =>
    s.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2'),
  );
}

const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Rows and cells without `r=`: every row and every cell up to the last one written out, in order. */
function withoutRefs(f: Files): void {
  eachText(f, sheetParts(f), (s) => {
    let nextRow = 1;
    return s
      .replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_m, r: string, attrs: string, body: string) => {
        const gap = '<row/>'.repeat(Number(r) - nextRow);
        nextRow = Number(r) + 1;
        let nextCol = 1;
        const cells = body.replace(/<c r="([A-Z]+)\d+"/g, (_c, col: string) => {
          const pad = '<c/>'.repeat(colNumber(col) - nextCol);
          nextCol = colNumber(col) + 1;
          return `${pad}<c`;
        });
        return `${gap}<row${attrs}>${cells}</row>`;
      })
      .replace(/<dimension [^>]*\/>/, '');
  });
}

/** Shared strings split into rich-text runs with a phonetic (furigana) run, as Japanese-locale Excel writes. */
function richPhonetic(f: Files): void {
  eachText(f, [SST], (s) =>
    s.replace(/<si><t( xml:space="preserve")?>([^<]*?) ([^<]*)<\/t><\/si>/g, (_m, sp: string, a: string, b: string) => {
      const keep = sp ?? '';
      return (
        `<si><r><t${keep}>${a}</t></r><r><rPr><b/><sz val="12"/><rFont val="Times New Roman"/></rPr>` +
        `<t xml:space="preserve"> ${b}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh>` +
        `<phoneticPr fontId="0" type="noConversion"/></si>`
      );
    }),
  );
}

const STRICT: [string, string][] = [
  [MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
  ],
];

/** Strict Open XML (ISO 29500 strict namespaces), as Excel's "Strict Open XML Spreadsheet" save writes. */
function strict(f: Files): void {
  eachText(f, xmlParts(f), (s, n) => {
    let out = s;
    for (const [from, to] of STRICT) out = out.split(from).join(to);
    return n === 'xl/workbook.xml' ? out.replace('<workbook ', '<workbook conformance="strict" ') : out;
  });
}

const EXCEL_NS: Record<string, string> = {
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  x14ac: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac',
  x15: 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main',
  xr: 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision',
  xr2: 'http://schemas.microsoft.com/office/spreadsheetml/2015/revision2',
  xr3: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision3',
  xr6: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision6',
  xr10: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision10',
};

/**
 * The root start tag with Excel's compatibility prefixes declared and ignorable, merged with what the writer
 * already put there (exceljs declares mc and x14ac itself), so no attribute appears twice.
 */
function excelRoot(s: string, name: string, prefixes: readonly string[], extra = ''): string {
  return s.replace(new RegExp(`<${name}\\b([^>]*)>`), (_m, attrs: string) => {
    let a = attrs;
    for (const p of ['mc', ...prefixes]) if (!a.includes(`xmlns:${p}=`)) a += ` xmlns:${p}="${EXCEL_NS[p] ?? ''}"`;
    const had = /\smc:Ignorable="([^"]*)"/.exec(a);
    const ignorable = [...new Set([...(had?.[1]?.split(/\s+/).filter(Boolean) ?? []), ...prefixes])].join(' ');
    a = had ? a.replace(had[0], ` mc:Ignorable="${ignorable}"`) : `${a} mc:Ignorable="${ignorable}"`;
    return `<${name}${a}${extra}>`;
  });
}

/** Replaces the first match of `re`, or inserts `xml` where `otherwise` says when there is none. */
function replaceOr(s: string, re: RegExp, xml: string, otherwise: (s: string) => string): string {
  return re.test(s) ? s.replace(re, xml) : otherwise(s);
}

/** What Excel adds on save: compatibility namespaces, row spans, uids, a local path, its own calc id. */
function excelStyle(f: Files): void {
  eachText(f, sheetParts(f), (s, n) =>
    excelRoot(
      s,
      'worksheet',
      ['x14ac', 'xr', 'xr2', 'xr3'],
      ` xr:uid="{00000000-0001-0000-0000-00000000000${n.length % 10}}"`,
    )
      .replace(/<row r="(\d+)"([^>]*?)(\/?)>/g, (m, r: string, attrs: string, close: string) =>
        attrs.includes('spans=') ? m : `<row r="${r}"${attrs} spans="1:19" x14ac:dyDescent="0.25"${close}>`,
      )
      .replace('<sheetView workbookViewId="0"/>', '<sheetView tabSelected="1" zoomScale="85" workbookViewId="0"/>'),
  );
  eachText(f, ['xl/workbook.xml'], (s) => {
    const fileVersion = '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>';
    let out = excelRoot(s, 'workbook', ['x15', 'xr', 'xr6', 'xr10', 'xr2']);
    out = replaceOr(out, /<fileVersion [^>]*\/>/, fileVersion, (x) =>
      x.replace('<workbookPr', `${fileVersion}<workbookPr`),
    );
    out = out.replace(
      '<workbookPr',
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        '<mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\vanthu\\Documents\\" ' +
        'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
        '<workbookPr',
    );
    out = out.replace(/<workbookPr([^>]*?)\/>/, (_m, attrs: string) => {
      const rest = attrs.replace(/\sdefaultThemeVersion="[^"]*"/, '');
      return `<workbookPr defaultThemeVersion="166925"${rest}/>`;
    });
    const calc = '<calcPr calcId="191029"/>';
    return replaceOr(out, /<calcPr [^>]*\/>/, calc, (x) =>
      x.includes('</definedNames>')
        ? x.replace('</definedNames>', `</definedNames>${calc}`)
        : x.replace('</sheets>', `</sheets>${calc}`),
    );
  });
  eachText(f, [SST], (s) => s.replace(/<t>([^<]*\s)<\/t>/g, '<t xml:space="preserve">$1</t>'));
}

/** Our export, and the LibreOffice re-save kept as a fixture (tests/fixtures/exchange/libreoffice). */
export async function honestVariants(): Promise<HonestVariant[]> {
  const base = (await exportAssessment(sampleInput())).bytes;
  const files = unzip(base);
  const edit = (fn: (f: Files) => void) => rezip(base, fn);
  const out: HonestVariant[] = [
    { name: 'honest-plain.xlsx', bytes: base },
    {
      name: 'honest-nfd-text-and-sheet-names.xlsx',
      bytes: edit((f) => eachText(f, xmlParts(f), (s) => s.normalize('NFD'))),
    },
    { name: 'honest-bom-before-xml.xlsx', bytes: edit((f) => eachText(f, xmlParts(f), (s) => `\uFEFF${s}`)) },
    { name: 'honest-inline-strings.xlsx', bytes: edit(inlineStrings) },
    { name: 'honest-prefixed-namespace.xlsx', bytes: edit(prefixed) },
    { name: 'honest-no-r-attributes.xlsx', bytes: edit(withoutRefs) },
    { name: 'honest-data-descriptors.xlsx', bytes: rezip(base, () => undefined, { descriptor: true }) },
    { name: 'honest-stored-entries.xlsx', bytes: rezip(base, () => undefined, { method: 0 }) },
    { name: 'honest-rich-text-phonetic.xlsx', bytes: edit(richPhonetic) },
    { name: 'honest-strict-ooxml.xlsx', bytes: edit(strict) },
    {
      name: 'honest-full-grid-dimension.xlsx',
      bytes: edit((f) =>
        eachText(f, sheetParts(f), (s) => s.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>')),
      ),
    },
    { name: 'honest-excel-style-resave.xlsx', bytes: edit(excelStyle) },
    {
      name: 'honest-libreoffice-resave.xlsx',
      bytes: new Uint8Array(readFileSync(new URL('../../fixtures/exchange/libreoffice/resaved.xlsx', import.meta.url))),
    },
    {
      name: 'honest-everything-at-once.xlsx',
      bytes: zip(
        [...unzip(edit((f) => (inlineStrings(f), withoutRefs(f), prefixed(f), strict(f))))].map(([name, data]) => ({
          name,
          data: new Uint8Array([0xef, 0xbb, 0xbf, ...data]),
          method: name.endsWith('.rels') ? 0 : 8,
          descriptor: true,
        })),
      ),
    },
  ];
  if (files.size === 0) throw new Error('empty export');
  return out;
}
