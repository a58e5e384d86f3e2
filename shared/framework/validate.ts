/**
 * `validateFramework`: checks a framework that arrives as a plain value (from IndexedDB, a backup, JSON) with the
 * same checks as a catalogue import, and returns a clean, NFC-normalised copy.
 */
import { assembleFramework } from './assemble';
import { COLUMN_FIELD, type CatalogColumn, type TableRow } from './columns';
import { type FrameworkResult, frameworkError } from './errors';
import { checkMeta, own } from './meta';
import { serializeScoringRule } from './scoring-rule';
import type { Framework, ScoringRule } from './types';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The rule text of an indicator object: `scoringText` when present, else its `scoring` object serialised. */
function ruleTextOf(ind: Record<string, unknown>): unknown {
  const text = own(ind, 'scoringText');
  if (typeof text === 'string') return text;
  const rule = own(ind, 'scoring');
  if (!isRecord(rule) || typeof own(rule, 'kind') !== 'string') return text;
  try {
    return serializeScoringRule(rule as unknown as ScoringRule);
  } catch {
    return undefined; // a malformed rule object: reported as an unparseable rule below
  }
}

/**
 * Validates an unknown value as a Framework. Choice labels are re-read from each method text, and the
 * scoring text (canonical form) is authoritative over a `scoring` object. Never throws.
 */
export function validateFramework(input: unknown): FrameworkResult<Framework> {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [frameworkError('not-an-object', {}, 'Bộ chỉ số không đúng dạng (cần một đối tượng).')],
    };
  }
  const meta = checkMeta(input);
  const list = own(input, 'indicators');
  if (!Array.isArray(list)) {
    const err = frameworkError('no-indicators', {}, 'Thiếu danh sách chỉ số (indicators).');
    return { ok: false, errors: meta.ok ? [err] : [...meta.errors, err] };
  }
  if (!meta.ok) return meta;
  const rows: TableRow[] = list.map((item: unknown, i) => {
    const cells = new Map<CatalogColumn, unknown>();
    if (isRecord(item)) {
      for (const [column, field] of Object.entries(COLUMN_FIELD) as [CatalogColumn, string][]) {
        cells.set(column, column === 'scoring' ? ruleTextOf(item) : own(item, field));
      }
    }
    return { position: i + 1, cells };
  });
  return assembleFramework(meta.meta, rows, { columnLabel: (c) => COLUMN_FIELD[c] });
}
