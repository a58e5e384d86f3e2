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
const FRAMEWORKS = [
  {
    source: 'catalog-district-72.csv',
    file: 'district-72.csv',
    id: 'ninh-binh-huyen',
    level: 'district',
    version: '2022.1',
    title: 'Bộ chỉ số đánh giá chuyển đổi số cấp huyện (72 chỉ số)',
  },
  {
    source: 'catalog-commune-50.csv',
    file: 'commune-50.csv',
    id: 'ninh-binh-xa',
    level: 'commune',
    version: '2022.1',
    title: 'Bộ chỉ số đánh giá chuyển đổi số cấp xã (50 chỉ số)',
  },
];

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
  await writeFile(join(outDir, fw.file), bytes);
  const { source: _source, ...meta } = fw;
  entries.push({ ...meta, sourceNote: SOURCE_NOTE, thresholds: THRESHOLDS, groups: GROUPS });
  console.log(`${fw.source} → renderer/public/frameworks/${fw.file}`);
}
await writeFile(join(outDir, 'index.json'), `${JSON.stringify({ formatVersion: 1, frameworks: entries }, null, 2)}\n`);
console.log('renderer/public/frameworks/index.json written');
