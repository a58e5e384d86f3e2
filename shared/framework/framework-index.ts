/**
 * The shipped-framework index (renderer/public/frameworks/index.json, written by scripts/build-frameworks.mjs):
 * metadata of each framework plus the name of its catalogue CSV beside it. The renderer fetches both files and
 * calls `frameworkFromCatalog(entry.meta, csvText)`.
 */
import { type FrameworkError, frameworkError } from './errors';
import { type FrameworkMeta, checkMeta, own } from './meta';

/** One entry of index.json: checked metadata and the catalogue file name. */
export interface FrameworkIndexEntry {
  meta: FrameworkMeta;
  file: string;
}

const FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/;

/** Checks parsed index.json. File names must be plain `*.csv` names (no folders), so they cannot escape. */
export function parseFrameworkIndex(
  json: unknown,
): { ok: true; entries: FrameworkIndexEntry[] } | { ok: false; errors: FrameworkError[] } {
  const list =
    typeof json === 'object' && json !== null ? own(json as Record<string, unknown>, 'frameworks') : undefined;
  if (!Array.isArray(list)) {
    return {
      ok: false,
      errors: [frameworkError('not-an-object', {}, 'Tệp index.json không có danh sách "frameworks".')],
    };
  }
  const errors: FrameworkError[] = [];
  const entries: FrameworkIndexEntry[] = [];
  list.forEach((item: unknown, i) => {
    const prefix = `Bộ chỉ số thứ ${i + 1} trong index.json: `;
    const m = checkMeta(item);
    const file = typeof item === 'object' && item !== null ? own(item as Record<string, unknown>, 'file') : undefined;
    if (!m.ok) errors.push(...m.errors.map((e) => ({ ...e, message: prefix + e.message })));
    if (typeof file !== 'string' || !FILE.test(file)) {
      errors.push(
        frameworkError('meta-invalid', {}, `${prefix}tên tệp "${String(file)}" không hợp lệ (cần dạng ten-tep.csv).`),
      );
    } else if (m.ok) entries.push({ meta: m.meta, file });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}
