// Copies the two official lists of administrative units (/work/shared/reference/units/) into
// renderer/public/units/ as compact JSON. The renderer fetches a list only when the unit picker, an import or the
// database upgrade needs it, so neither list is part of the initial bundle. Decoding and validation of the compact
// form live in shared/units/official.ts (tests/shared/units/official.test.ts checks the counts).
//
// Compact form: each name is stored without its type word ("Xã Gia Phong" → [code, typeIndex, "Gia Phong"]), the
// type words once in `types`, communes nested under their parent (district for 2024, province for 2025).
//
// Usage: node scripts/build-units.mjs [reference-dir]   (default: ../shared/reference from the repo root)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const sourceDir = resolve(repoRoot, process.argv[2] ?? '../shared/reference', 'units');
const outDir = join(repoRoot, 'renderer', 'public', 'units');

const LISTS = [
  {
    id: '2024',
    source: 'units-2024.csv',
    header: 'province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type',
    validFrom: '',
    validTo: '2025-06-30',
    note: 'Danh mục đơn vị hành chính ba cấp của Tổng cục Thống kê (tỉnh → huyện → xã), hiệu lực đến 30/6/2025',
  },
  {
    id: '2025',
    source: 'units-2025.csv',
    header: 'province_code,province_name,commune_code,commune_name,commune_type',
    validFrom: '2025-07-01',
    validTo: '',
    note: 'Danh mục đơn vị hành chính hai cấp (Công văn 1027/CTK-CSCL, 915/CTK-CSCL), hiệu lực từ 01/7/2025',
  },
];
const TYPES = ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'];

function readRows(name, header, bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new Error(`${name}: starts with a BOM`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text !== text.normalize('NFC')) throw new Error(`${name}: text is not NFC`);
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  if (lines[0] !== header) throw new Error(`${name}: unexpected header`);
  return lines.slice(1).map((line, i) => {
    if (line.includes('"')) throw new Error(`${name}, line ${i + 2}: quoted fields are not expected`);
    const cells = line.split(',');
    if (cells.length !== header.split(',').length) throw new Error(`${name}, line ${i + 2}: wrong column count`);
    return cells;
  });
}

function commune(name, code, fullName, type) {
  const t = TYPES.indexOf(type);
  if (t < 0) throw new Error(`${name}: unknown commune type "${type}" for ${code}`);
  if (!/^\d{5}$/.test(code)) throw new Error(`${name}: bad commune code "${code}"`);
  const prefix = `${type} `;
  // A name that does not start with its type word is kept whole (type index + 10 marks it).
  return fullName.startsWith(prefix) ? [code, t, fullName.slice(prefix.length)] : [code, t + 10, fullName];
}

function getOrAdd(list, code, name) {
  let item = list.at(-1);
  if (item?.[0] !== code) {
    if (list.some((x) => x[0] === code)) throw new Error(`code ${code} is not contiguous in the source`);
    item = [code, name, []];
    list.push(item);
  } else if (item[1] !== name) throw new Error(`code ${code} has two names: ${item[1]} / ${name}`);
  return item;
}

await mkdir(outDir, { recursive: true });
for (const list of LISTS) {
  const rows = readRows(list.source, list.header, await readFile(join(sourceDir, list.source)));
  const provinces = [];
  const seen = new Set();
  for (const cells of rows) {
    const [pCode, pName] = cells;
    if (!/^\d{2}$/.test(pCode)) throw new Error(`${list.source}: bad province code "${pCode}"`);
    const province = getOrAdd(provinces, pCode, pName);
    let parent = province;
    let rest = cells.slice(2);
    if (list.id === '2024') {
      const [dCode, dName] = rest;
      if (!/^\d{3}$/.test(dCode)) throw new Error(`${list.source}: bad district code "${dCode}"`);
      parent = getOrAdd(province[2], dCode, dName);
      rest = rest.slice(2);
    }
    const [cCode, cName, cType] = rest;
    if (seen.has(cCode)) throw new Error(`${list.source}: commune code ${cCode} given twice`);
    seen.add(cCode);
    parent[2].push(commune(list.source, cCode, cName, cType));
  }
  const out = {
    formatVersion: 1,
    list: list.id,
    validFrom: list.validFrom,
    validTo: list.validTo,
    note: list.note,
    types: TYPES,
    provinces,
  };
  const file = `units-${list.id}.json`;
  await writeFile(join(outDir, file), `${JSON.stringify(out)}\n`);
  console.log(`${list.source} → renderer/public/units/${file} (${provinces.length} provinces, ${seen.size} communes)`);
}
