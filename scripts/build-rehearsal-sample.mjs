// Writes renderer/public/samples/rehearsal.xlsx: a commune's self-assessment, every indicator filled, exported by
// the app's own export code. The import's file readers read it over and over while the verifier is still choosing
// files (renderer/exchange/import-reader.ts, `warm`), so that the engine has compiled the reader's hot paths when
// the first real file comes. It is no official document and names a commune that does not exist ("Xã Mẫu").
//
// Run it again when the export format or the newest shipped commune framework changes:
// tests/renderer/exchange/rehearsal-sample.test.ts fails until then.
//
// Usage: node scripts/build-rehearsal-sample.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';
import { sampleRaw } from './sample-values.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const frameworksDir = join(root, 'renderer/public/frameworks');
const out = join(root, 'renderer/public/samples/rehearsal.xlsx');

const lib = await bundleForNode(
  'rehearsal-sample',
  `export { exportAssessment } from '@shared/exchange/export';
export { frameworkFromCatalog } from '@shared/framework/catalog';
export { parseFrameworkIndex } from '@shared/framework/framework-index';`,
  /^(xlsx|exceljs|@noble\/hashes)(\/|$)/,
);

/** The newest commune framework shipped: the one a commune's file of today is written with. */
const index = lib.parseFrameworkIndex(JSON.parse(await readFile(join(frameworksDir, 'index.json'), 'utf8')));
if (!index.ok) throw new Error(index.errors.map((e) => e.message).join('\n'));
const entry = index.entries
  .filter((e) => e.meta.level === 'commune')
  .sort((a, b) => b.meta.version.localeCompare(a.meta.version, 'en', { numeric: true }))[0];
const built = lib.frameworkFromCatalog(entry.meta, await readFile(join(frameworksDir, entry.file), 'utf8'));
if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
const fw = built.framework;

const result = await lib.exportAssessment({
  framework: fw,
  unit: { code: '99999', name: 'Xã Mẫu', type: 'commune' },
  district: { code: '99', name: 'Tỉnh Mẫu', level: 'province' },
  period: { year: 2025, kind: 'year' },
  info: {
    address: 'Thôn 1, xã Mẫu',
    civilServants: '21',
    enterprises: '12',
    population: '10.234',
    contactName: 'Nguyễn Văn An',
    contactPosition: 'Công chức Văn phòng - Thống kê',
    contactPhone: '0912 345 678',
    contactEmail: 'an@xamau.gov.vn',
  },
  entries: fw.indicators.map((ind, i) => ({
    code: ind.code,
    raw: sampleRaw(ind, i),
    evidence: {
      docNumber: `${i + 1}/QĐ-UBND`,
      docDate: '15/03/2025',
      summary: i % 4 ? '' : 'Kế hoạch chuyển đổi số năm 2025',
      link: i % 6 ? '' : 'https://xamau.gov.vn/chuyen-doi-so',
    },
    note: i % 5 ? '' : 'Số liệu theo báo cáo quý IV; tỷ lệ ước đạt 71,79%.',
  })),
  revision: 1,
  exportId: '00000000-0000-4000-8000-000000000000',
  exportedAt: Date.UTC(2025, 11, 1),
  appVersion: JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version,
});
await mkdir(join(root, 'renderer/public/samples'), { recursive: true });
await writeFile(out, result.bytes);
console.log(`rehearsal sample: ${fw.id} ${fw.version}, ${(result.bytes.length / 1024).toFixed(0)} kB → ${out}`);
