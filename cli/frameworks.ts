/** The frameworks the command-line tool knows: the ones shipped with the app (index.json and its catalogue CSVs). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameworkFromCatalog, parseFrameworkIndex, type Framework } from '@shared/framework';

/** Where the shipped frameworks are: beside the built renderer, else in the source tree (run from source or dist/cli). */
export function shippedFrameworkDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, '../renderer/frameworks'),
    join(here, '../renderer/public/frameworks'),
    join(here, '../../renderer/public/frameworks'),
  ];
  return candidates.find((d) => existsSync(join(d, 'index.json'))) ?? (candidates[0] as string);
}

/** Loads every shipped framework; a broken one is an error (the shipped data must be valid). */
export async function loadShippedFrameworks(dir = shippedFrameworkDir()): Promise<Framework[]> {
  const index = parseFrameworkIndex(JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')));
  if (!index.ok) throw new Error(index.errors.map((e) => e.message).join('\n'));
  const out: Framework[] = [];
  for (const entry of index.entries) {
    const built = frameworkFromCatalog(entry.meta, await readFile(join(dir, entry.file), 'utf8'));
    if (!built.ok) throw new Error(`${entry.file}: ${built.errors.map((e) => e.message).join('; ')}`);
    out.push(built.framework);
  }
  return out;
}

export { frameworkKey } from '@shared/framework/key';
