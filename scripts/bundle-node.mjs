// Bundles TypeScript source for Node with Vite (a plain Node script cannot import TS): the benchmarks and
// build-rehearsal-sample.mjs run the app's shared/ and renderer/ code this way.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Bundles `source` (the entry module's text) into node_modules/.cache/bench/`name`.mjs and imports it. Packages
 * matching `external` stay in node_modules.
 */
export async function bundleForNode(name, source, external) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cacheDir = join(root, 'node_modules/.cache/bench');
  const { build } = await import('vite');
  await mkdir(cacheDir, { recursive: true });
  const entry = join(cacheDir, `${name}-entry.ts`);
  await writeFile(entry, source);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: {
      outDir: cacheDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.mjs` },
      rolldownOptions: { external: (id) => external.test(id) || id.startsWith('node:') },
    },
  });
  return import(pathToFileURL(join(cacheDir, `${name}.mjs`)).href);
}
