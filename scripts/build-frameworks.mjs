// Copies the two indicator catalogues into renderer/public/frameworks/ and writes index.json (their metadata).
// The renderer fetches these files at run time: frameworks are data, never compiled in. Full validation of the
// catalogues is shared/framework (frameworkFromCatalog), exercised by tests/shared/framework/shipped.test.ts;
// this script only refuses files that are plainly not catalogues (BOM, not NFC, wrong header, no CRLF).
//
// Usage: node scripts/build-frameworks.mjs [reference-dir]   (default: ../shared/reference from the repo root)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sourceDir = resolve(repoRoot, process.argv[2] ?? '../shared/reference');
const outDir = join(repoRoot, 'renderer', 'public', 'frameworks');

const HEADER =
  'code,group_code,group_name_vi,name_vi,name_en,value_type,unit_vi,max_points,scoring,method_vi,evidence_vi,provenance';
const SOURCE_NOTE = 'Tái dựng theo QĐ 922/QĐ-BTTTT và QĐ 733/QĐ-UBND — chưa phải văn bản chính thức';
const THRESHOLDS = { complete: 0.9, basic: 0.5 };
// The 8 groups, same at both levels (domain.md); Vietnamese names live in the CSV column group_name_vi.
const GROUPS = [
  { code: 1, nameEn: 'Digital awareness', maxPoints: 100 },
  { code: 2, nameEn: 'Digital institutions', maxPoints: 100 },
  { code: 3, nameEn: 'Digital infrastructure', maxPoints: 100 },
  { code: 4, nameEn: 'Digital workforce', maxPoints: 100 },
  { code: 5, nameEn: 'Cybersecurity', maxPoints: 100 },
  { code: 6, nameEn: 'Digital government activity', maxPoints: 200 },
  { code: 7, nameEn: 'Digital economy activity', maxPoints: 150 },
  { code: 8, nameEn: 'Digital society activity', maxPoints: 150 },
];
// periods: the administrative periods a framework applies to ('2024' before 1/7/2025, '2025' from then on).
const FRAMEWORKS = [
  {
    source: 'catalog-district-72.csv',
    file: 'district-72.csv',
    id: 'ninh-binh-huyen',
    level: 'district',
    periods: ['2024'],
    version: '2022.1',
    title: 'Bộ chỉ số đánh giá chuyển đổi số cấp huyện (72 chỉ số)',
  },
  {
    source: 'catalog-commune-50.csv',
    file: 'commune-50.csv',
    id: 'ninh-binh-xa',
    level: 'commune',
    periods: ['2024', '2025'],
    version: '2022.1',
    title: 'Bộ chỉ số đánh giá chuyển đổi số cấp xã (50 chỉ số)',
  },
  {
    // The same 50 indicators and scoring, worded for the two-level government from 1/7/2025: "xã, phường, đặc
    // khu" (thị trấn no longer exist), and the province where the 2022 text named the district.
    source: 'catalog-commune-50.csv',
    reword: 'commune-2025',
    file: 'commune-50-2025.csv',
    id: 'ninh-binh-xa',
    level: 'commune',
    periods: ['2025'],
    version: '2025.1',
    title: 'Bộ chỉ số đánh giá chuyển đổi số cấp xã — xã, phường, đặc khu (50 chỉ số)',
  },
];

// Each rewording replaces one exact phrase of one indicator's row, and must match exactly once.
const REWORDS = {
  'commune-2025': [
    ['1.1', 'Người đứng đầu xã, phường, thị trấn', 'Người đứng đầu xã, phường, đặc khu'],
    ['3.3', 'kết nối với huyện, tỉnh đang hoạt động', 'kết nối với tỉnh đang hoạt động'],
    ['5.2', 'Xác nhận của cơ quan chuyên môn cấp huyện', 'Xác nhận của cơ quan chuyên môn cấp tỉnh'],
    // An indicator worded as a negative is answered in its own words, not Có/Không (issue 15).
    [
      '5.2',
      ': 25 điểm; chưa có hoặc không đạt: 0 điểm.',
      '; yes = Không xảy ra sự cố (25 điểm); no = Có xảy ra sự cố hoặc chưa được xác nhận (0 điểm).',
    ],
    ['6.8', 'Đếm số cuộc họp trực tuyến với huyện, tỉnh', 'Đếm số cuộc họp trực tuyến với tỉnh'],
  ],
};

/** Applies a rewording to catalogue text, line by line (an indicator's row starts with its code and a comma). */
function reword(name, text, list) {
  const lines = text.split('\r\n');
  for (const [code, from, to] of list) {
    const at = lines.findIndex((l) => l.startsWith(`${code},`));
    if (at < 0) throw new Error(`${name}: no indicator ${code} to reword`);
    const line = lines[at];
    if (line.split(from).length !== 2) throw new Error(`${name}: "${from}" not found exactly once in ${code}`);
    lines[at] = line.replace(from, to);
  }
  const out = lines.join('\r\n');
  if (/thị trấn|huyện/iu.test(out)) throw new Error(`${name}: still names a thị trấn or a huyện after rewording`);
  return out;
}

function check(name, bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new Error(`${name}: starts with a BOM`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text !== text.normalize('NFC')) throw new Error(`${name}: text is not NFC`);
  if (!text.startsWith(`${HEADER}\r\n`)) throw new Error(`${name}: unexpected header or line ending`);
  if (/(^|[^\r])\n/.test(text)) console.warn(`${name}: has bare LF line breaks (allowed inside quoted fields only)`);
}

await mkdir(outDir, { recursive: true });
const entries = [];
for (const fw of FRAMEWORKS) {
  const bytes = await readFile(join(sourceDir, fw.source));
  check(fw.source, bytes);
  const out = fw.reword
    ? new TextEncoder().encode(reword(fw.file, new TextDecoder().decode(bytes), REWORDS[fw.reword]))
    : bytes;
  await writeFile(join(outDir, fw.file), out);
  const { source: _source, reword: _reword, ...meta } = fw;
  entries.push({ ...meta, sourceNote: SOURCE_NOTE, thresholds: THRESHOLDS, groups: GROUPS });
  console.log(`${fw.source} → renderer/public/frameworks/${fw.file}`);
}
await writeFile(join(outDir, 'index.json'), `${JSON.stringify({ formatVersion: 1, frameworks: entries }, null, 2)}\n`);
console.log('renderer/public/frameworks/index.json written');
