// The lazy-list check (issue 12) on planted builds: it must see a list bundled into the initial JS, through a
// static import, and must not count a list that only a dynamic import() loads.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { unitListsInInitialJs } from '../../scripts/units-in-bundle.mjs';

const units = fileURLToPath(new URL('../../renderer/public/units/', import.meta.url));
let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function plantedDist(chunks: Record<string, string>, served = true): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'dti-lazy-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<script type="module" crossorigin src="./assets/index.js"></script>');
  for (const [name, text] of Object.entries(chunks)) await writeFile(join(dir, 'assets', name), text);
  if (served) {
    await mkdir(join(dir, 'units'));
    for (const id of ['2024', '2025']) await writeFile(join(dir, 'units', `units-${id}.json`), '{}');
  }
  return dir;
}

describe('unitListsInInitialJs', () => {
  it('finds the 2025 list inlined in a chunk the entry imports statically', async () => {
    const list = await readFile(join(units, 'units-2025.json'), 'utf8');
    const dist = await plantedDist({
      'index.js': 'import{a as b}from"./data.js";console.log(b);',
      'data.js': `const a=JSON.parse(${JSON.stringify(list)});export{a};`,
    });
    const r = await unitListsInInitialJs(dist);
    expect(r.files).toEqual(['assets/index.js', 'assets/data.js']);
    const l2025 = r.lists.find((l) => l.id === '2025')!;
    expect(l2025).toMatchObject({ entries: 3321, found: 3321, bundled: true, served: true });
    // Many 2025 codes are kept from 2024 communes; still far from the whole 2024 list.
    expect(r.lists.find((l) => l.id === '2024')!.found).toBeLessThan(3321);
  });

  it('finds the 2024 list bundled as CSV text, and a placeholder code is not a list', async () => {
    const csv = ['code,name', '00001,Phường Phúc Xá', '00004,Phường Trúc Bạch', '14524,Xã Gia Phong'].join('\n');
    const many = Array.from({ length: 40 }, (_, i) => `\n${String(i * 3 + 1).padStart(5, '0')},X`).join('');
    const dist = await plantedDist({ 'index.js': `const p="14524",c=\`${csv}${many}\`;` });
    const r = await unitListsInInitialJs(dist);
    expect(r.lists.find((l) => l.id === '2024')!.bundled).toBe(true);
    const one = await plantedDist({ 'index.js': 'const p="14524";' });
    expect((await unitListsInInitialJs(one)).lists.every((l) => !l.bundled && l.found <= 1)).toBe(true);
  });

  it('does not follow a dynamic import, and says when a list is not served', async () => {
    const list = await readFile(join(units, 'units-2025.json'), 'utf8');
    const dist = await plantedDist(
      { 'index.js': 'const m=()=>import("./data.js");', 'data.js': `export default ${list};` },
      false,
    );
    const r = await unitListsInInitialJs(dist);
    expect(r.files).toEqual(['assets/index.js']);
    expect(r.lists.map((l) => [l.id, l.found, l.served])).toEqual([
      ['2024', 0, false],
      ['2025', 0, false],
    ]);
  });
});
