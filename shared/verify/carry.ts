/**
 * Carrying verdicts across revisions. When the commune sends revision r+1, each verdict is compared with the self
 * entry it was made on (`layer.basis`, see ./types.ts), field by field, on the normalised text:
 * - unchanged → the verdict is kept as is (a stale mark is cleared: the entry is back to what was verified);
 * - changed → the verdict is kept as history with `stale` = { revision, at, changes }: it counts as no verdict
 *   until the verifier decides again (a new `applyVerdict` replaces the layer).
 * Staleness is thus a pure function of (basis, current entry), whatever the order revisions arrive in.
 */
import type { RawValue } from '../entry/raw';
import { EVIDENCE_FIELDS } from '../entry/types';
import { EVIDENCE_LABELS, NOTE_LABEL, RAW_LABELS } from '../entry/field-labels';
import { normalizeEntry, RAW_FIELDS } from '../exchange/manifest';
import type { Framework } from '../framework/types';
import {
  type BasisField,
  type FieldChange,
  layerOf,
  type LayersInput,
  type VerifiedLayer,
  type VerifyBasis,
} from './types';
import type { SelfEntry } from './verdict';

/** How an indicator's verdict fares against a new revision. */
export type CarryStatus = 'unchanged' | 'changed' | 'no-verdict';

/** One indicator of `carryReport`. */
export interface CarryItem {
  code: string;
  status: CarryStatus;
  /** Empty unless changed. */
  changes: FieldChange[];
}

const LABELS: Readonly<Record<BasisField, string>> = { ...RAW_LABELS, ...EVIDENCE_LABELS, note: NOTE_LABEL };

/** The fields of the self entry that differ from the basis (raw fields, evidence, giải trình), in form order. */
export function basisChanges(code: string, basis: VerifyBasis, entry: SelfEntry | undefined): FieldChange[] {
  const a = normalizeEntry(code, basis);
  const b = normalizeEntry(code, entry ?? { raw: {} });
  const out: FieldChange[] = [];
  const push = (field: BasisField, o: string, n: string) => {
    if (o !== n) out.push({ field, label: LABELS[field], old: o, new: n });
  };
  const rawOf = (r: RawValue, f: (typeof RAW_FIELDS)[number]) => r[f] ?? '';
  for (const f of RAW_FIELDS) push(f, rawOf(a.raw, f), rawOf(b.raw, f));
  for (const f of EVIDENCE_FIELDS) push(f, a.evidence[f], b.evidence[f]);
  push('note', a.note, b.note);
  return out;
}

function entriesByCode(entries: Iterable<{ code: string } & SelfEntry>): Map<string, SelfEntry> {
  const m = new Map<string, SelfEntry>();
  for (const e of entries) if (!m.has(e.code)) m.set(e.code, e);
  return m;
}

/** Per indicator of `fw`: is its verdict still valid for the new revision's entries, and what changed. */
export function carryReport(
  fw: Framework,
  newEntries: Iterable<{ code: string } & SelfEntry>,
  layers: LayersInput,
): CarryItem[] {
  const byCode = entriesByCode(newEntries);
  return fw.indicators.map((ind): CarryItem => {
    const layer = layerOf(layers, ind.code);
    if (!layer) return { code: ind.code, status: 'no-verdict', changes: [] };
    const changes = basisChanges(ind.code, layer.basis, byCode.get(ind.code));
    return { code: ind.code, status: changes.length > 0 ? 'changed' : 'unchanged', changes };
  });
}

/** Exactly the indicators whose self entry changed since it was verified, with the changed fields. */
export function changedSinceVerified(
  fw: Framework,
  newEntries: Iterable<{ code: string } & SelfEntry>,
  layers: LayersInput,
): CarryItem[] {
  return carryReport(fw, newEntries, layers).filter((i) => i.status === 'changed');
}

const sameChanges = (a: readonly FieldChange[], b: readonly FieldChange[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The layers to store after importing a new revision: unchanged verdicts kept (stale mark cleared), changed ones
 * marked stale with their changes (an existing identical stale mark keeps its first revision and time). Indicators
 * without a layer stay without one; layers of codes not in `fw` are dropped.
 */
export function carryVerdicts(
  fw: Framework,
  newEntries: Iterable<{ code: string } & SelfEntry>,
  layers: LayersInput,
  found: { revision: number; at: number },
): Map<string, VerifiedLayer> {
  const out = new Map<string, VerifiedLayer>();
  for (const item of carryReport(fw, newEntries, layers)) {
    const layer = layerOf(layers, item.code);
    if (!layer) continue;
    if (item.status === 'unchanged') {
      const { stale: _stale, ...kept } = layer;
      out.set(item.code, kept);
    } else if (layer.stale && sameChanges(layer.stale.changes, item.changes)) {
      out.set(item.code, layer);
    } else {
      out.set(item.code, { ...layer, stale: { revision: found.revision, at: found.at, changes: item.changes } });
    }
  }
  return out;
}
