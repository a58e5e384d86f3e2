import { frameworkFromCatalog } from '@shared/framework/catalog';
import { compareFrameworks, frameworkFingerprint } from '@shared/framework/fingerprint';
import { parseFrameworkIndex } from '@shared/framework/framework-index';
import { frameworkKey } from '@shared/framework/key';
import { type AdminPeriod, appliesTo, type Framework, type Level, periodsOf } from '@shared/framework/types';
import type { DtiDatabase } from '../database';
import type { FrameworkRow } from '../types';

/** The stored framework an assessment uses (by its id and version), if this machine holds it. */
export function frameworkRowOf(
  db: DtiDatabase,
  a: { frameworkId: string; frameworkVersion: string },
): Promise<FrameworkRow | undefined> {
  return db.frameworks.get([a.frameworkId, a.frameworkVersion]);
}

/** What adding a framework led to. */
export type AddFrameworkResult =
  | { kind: 'added'; row: FrameworkRow }
  | { kind: 'unchanged'; row: FrameworkRow }
  | { kind: 'replaced'; row: FrameworkRow }
  | { kind: 'refused'; message: string };

/**
 * Stores a validated framework. The same id+version with the same content changes nothing; with other content it
 * is refused once any assessment uses that version (frameworks in use are immutable), and replaced otherwise.
 */
export async function addFramework(db: DtiDatabase, fw: Framework, builtIn = false): Promise<AddFrameworkResult> {
  return db.transaction('rw', db.frameworks, db.assessments, async () => {
    const held = await db.frameworks.get([fw.id, fw.version]);
    const row: FrameworkRow = {
      id: fw.id,
      version: fw.version,
      level: fw.level,
      framework: fw,
      fingerprint: frameworkFingerprint(fw),
      builtIn,
      loadedAt: Date.now(),
    };
    if (held && compareFrameworks(held.framework, fw) === 'same') return { kind: 'unchanged', row: held };
    if (held) {
      const used = await db.assessments
        .filter((a) => a.frameworkId === fw.id && a.frameworkVersion === fw.version)
        .count();
      if (used > 0) {
        return {
          kind: 'refused',
          message:
            `Bộ chỉ số "${fw.id}" phiên bản ${fw.version} đã được ${used} bản đánh giá sử dụng nên không thể thay đổi; ` +
            'tệp này có nội dung khác. Hãy đặt số phiên bản mới cho bộ chỉ số đã sửa.',
        };
      }
      await db.frameworks.put({ ...row, builtIn: held.builtIn && builtIn });
      return { kind: 'replaced', row };
    }
    await db.frameworks.add(row);
    return { kind: 'added', row };
  });
}

/** Every framework held, newest version first within each level. */
export async function listFrameworks(db: DtiDatabase): Promise<FrameworkRow[]> {
  const rows = await db.frameworks.toArray();
  return rows.sort((a, b) => a.level.localeCompare(b.level) || b.loadedAt - a.loadedAt);
}

/**
 * The framework a new assessment of this level gets by default: among those that apply to the assessment's
 * administrative period (all of the level when none is given), the most recently loaded one (a province's own set,
 * a setup package's); on a tie (the shipped ones load together) the one made for fewer periods, then the higher
 * version. So from 1/7/2025 a commune gets the set worded "xã, phường, đặc khu", before it the 2022 set.
 */
export async function defaultFramework(
  db: DtiDatabase,
  level: Level,
  period?: AdminPeriod,
): Promise<FrameworkRow | undefined> {
  const rows = await db.frameworks.where('level').equals(level).toArray();
  return rows
    .filter((r) => period === undefined || appliesTo(r.framework, period))
    .sort(
      (a, b) =>
        b.loadedAt - a.loadedAt ||
        periodsOf(a.framework).length - periodsOf(b.framework).length ||
        b.version.localeCompare(a.version, 'en', { numeric: true }),
    )[0];
}

/** The frameworks held, as sorted keys: one request for keys only (no framework's content is read). */
export async function heldFrameworkKeys(db: DtiDatabase): Promise<string[]> {
  return (await db.frameworks.toCollection().primaryKeys()).map(([id, v]) => frameworkKey(id, v)).sort();
}

/** Reads a file shipped beside the app (the frameworks folder); a test passes its own reader. */
export type ShippedFileReader = (name: string) => Promise<string>;

/**
 * Loads the frameworks shipped as data files (public/frameworks/index.json and its CSVs) into the database, once.
 * A shipped file that fails validation is reported, never half-loaded.
 */
export async function ensureShippedFrameworks(db: DtiDatabase, read: ShippedFileReader): Promise<string[]> {
  const problems: string[] = [];
  const index = parseFrameworkIndex(JSON.parse(await read('index.json')));
  if (!index.ok) return index.errors.map((e) => e.message);
  const held = new Set(await heldFrameworkKeys(db));
  for (const entry of index.entries) {
    if (held.has(frameworkKey(entry.meta.id, entry.meta.version))) continue;
    const built = frameworkFromCatalog(entry.meta, await read(entry.file));
    if (!built.ok) {
      problems.push(...built.errors.map((e) => `${entry.file}: ${e.message}`));
      continue;
    }
    const r = await addFramework(db, built.framework, true);
    if (r.kind === 'refused') problems.push(r.message);
  }
  return problems;
}

/** Reads shipped files over HTTP(S) or app://, relative to the page. */
export const fetchShippedFile: ShippedFileReader = async (name) => {
  const res = await fetch(new URL(`frameworks/${name}`, document.baseURI));
  if (!res.ok) throw new Error(`Không đọc được tệp bộ chỉ số ${name} (${res.status}).`);
  return res.text();
};
