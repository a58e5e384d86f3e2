// Test helpers: load the shipped frameworks from renderer/public/frameworks (tests may use node:fs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frameworkFromCatalog } from '../../shared/framework/catalog';
import { parseFrameworkIndex, type FrameworkIndexEntry } from '../../shared/framework/framework-index';
import type { Framework, Level } from '../../shared/framework/types';

const dir = fileURLToPath(new URL('../../renderer/public/frameworks/', import.meta.url));

/** Reads a file of renderer/public/frameworks as text. */
export function shippedText(file: string): string {
  return readFileSync(dir + file, 'utf8');
}

/** The checked entries of index.json. */
export function shippedIndex(): FrameworkIndexEntry[] {
  const r = parseFrameworkIndex(JSON.parse(shippedText('index.json')));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.entries;
}

/** The index entry and CSV text of the shipped framework of `level`. */
export function shippedSource(level: Level): { entry: FrameworkIndexEntry; csv: string } {
  const entry = shippedIndex().find((e) => e.meta.level === level);
  if (!entry) throw new Error(`no ${level} framework in index.json`);
  return { entry, csv: shippedText(entry.file) };
}

/** The shipped framework of `level`, built exactly as the renderer builds it. */
export function shippedFramework(level: Level): Framework {
  const { entry, csv } = shippedSource(level);
  const r = frameworkFromCatalog(entry.meta, csv);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.framework;
}
