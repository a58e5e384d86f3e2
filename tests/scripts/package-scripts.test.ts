// The README promises `npm test`, `npm run test:e2e`, `npm run bench`…: every file an npm script runs must exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

/** The local files a script line runs with `node <file>` (dist/ files are built first, so they are left out). */
function filesRun(line: string): string[] {
  return [...line.matchAll(/\bnode\s+((?:\.\/)?[\w./-]+\.m?[jt]s)\b/g)]
    .map((m) => m[1] as string)
    .filter((f) => !f.startsWith('dist/'));
}

describe('package.json scripts', () => {
  it('finds the files a script line runs', () => {
    expect(filesRun('npm run build && node bench/run.mjs && node dist/cli/x.mjs')).toEqual(['bench/run.mjs']);
  });

  it.each(Object.entries(pkg.scripts))('%s runs only files that exist', (_name, line) => {
    for (const f of filesRun(line)) expect(existsSync(f), `${f} (in "${line}")`).toBe(true);
  });

  it('the dti-desk bin exists', () => {
    for (const f of Object.values(pkg.bin)) expect(existsSync(f), f).toBe(true);
  });
});
