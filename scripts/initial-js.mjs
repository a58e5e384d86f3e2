// The initial-JS budget of the renderer, enforced by the build: the entry chunk plus every chunk it imports
// statically (what the browser must download, parse and run before the first screen), gzip-compressed, must stay
// within the limit; lazily loaded routes, SheetJS, the workbook writer and workers are not counted. The figure
// is also written to dist/renderer/initial-js.json for `npm run bench`.
import { gzipSync } from 'node:zlib';

/** The budget in kB (1 kB = 1,000 bytes, as Vite prints sizes). */
export const INITIAL_JS_LIMIT_KB = 250;

/** The chunks loaded at start: the entry and its static imports, transitively. */
export function initialChunks(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const name of c.imports ?? []) visit(byName.get(name));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  return [...seen].map((n) => byName.get(n));
}

/** gzip sizes (kB) of the initial chunks, largest first, and their total. */
export function measureInitialJs(bundle) {
  const files = initialChunks(bundle)
    .map((c) => ({ file: c.fileName, gzipKb: gzipSync(c.code, { level: 9 }).length / 1000 }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { totalKb: files.reduce((s, f) => s + f.gzipKb, 0), files };
}

/** Vite plugin: fails the build when the initial JS passes `limitKb` gzip. */
export function initialJsLimit(limitKb = INITIAL_JS_LIMIT_KB) {
  return {
    name: 'dti-desk:initial-js-limit',
    apply: 'build',
    generateBundle(_options, bundle) {
      const m = measureInitialJs(bundle);
      const list = m.files.map((f) => `  ${f.file} ${f.gzipKb.toFixed(1)} kB`).join('\n');
      if (m.totalKb > limitKb) {
        this.error(
          `Initial JS is ${m.totalKb.toFixed(1)} kB gzip, over the ${limitKb} kB budget (issue 16). Load the ` +
            `rest lazily (import()) where it is used:\n${list}`,
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: 'initial-js.json',
        source: JSON.stringify({ limitKb, ...m }, null, 1),
      });
    },
  };
}
