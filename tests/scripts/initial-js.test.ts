// The build's initial-JS budget: only the entry and its static imports count, and the build fails above it.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { initialChunks, initialJsLimit, measureInitialJs, type ChunkLike } from '../../scripts/initial-js.mjs';

/** Incompressible code of `kb` kB (random hex compresses to about half). */
const code = (kb: number) => `/*${randomBytes(kb * 1000).toString('base64')}*/`;

function bundle(entryKb: number): Record<string, ChunkLike> {
  const chunks: ChunkLike[] = [
    { type: 'chunk', fileName: 'index.js', isEntry: true, imports: ['react.js'], code: code(entryKb) },
    { type: 'chunk', fileName: 'react.js', imports: [], code: code(20) },
    { type: 'chunk', fileName: 'xlsx.js', imports: ['react.js'], code: code(300) },
    { type: 'asset', fileName: 'index.css' },
  ];
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

function runPlugin(b: Record<string, ChunkLike>) {
  const plugin = initialJsLimit(250) as unknown as {
    generateBundle: (this: unknown, o: unknown, b: Record<string, ChunkLike>) => void;
  };
  const emitted: unknown[] = [];
  const ctx = {
    error: (m: string) => {
      throw new Error(m);
    },
    emitFile: (f: unknown) => emitted.push(f),
  };
  plugin.generateBundle.call(ctx, {}, b);
  return emitted;
}

describe('initial JS budget', () => {
  it('counts the entry and what it imports statically, not lazy chunks', () => {
    const b = bundle(10);
    expect(initialChunks(b).map((c) => c.fileName)).toEqual(['index.js', 'react.js']);
    const m = measureInitialJs(b);
    expect(m.totalKb).toBeGreaterThan(20);
    expect(m.totalKb).toBeLessThan(60);
  });

  it('passes under 250 kB gzip and writes the figure', () => {
    expect(runPlugin(bundle(100))).toHaveLength(1);
  });

  it('fails the build above 250 kB gzip, naming the chunks', () => {
    expect(() => runPlugin(bundle(400))).toThrow(
      /Initial JS is \d+\.\d kB gzip, over the 250 kB budget[\s\S]*index\.js/,
    );
  });
});
