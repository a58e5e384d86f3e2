/**
 * The verification layer (thẩm tra): what the district's verification team decided about one indicator of a
 * commune's self-assessment, and the snapshot of the self entry it decided on.
 *
 * Our design:
 * - Đồng ý (agree) copies the self value: `raw` = the self raw at that moment.
 * - Điều chỉnh (adjust) holds the verifier's own value in `raw` and a required remark.
 * - Yêu cầu bổ sung (request) holds no value (`raw` = {}) and a required remark; it stays outstanding until the
 *   verifier decides again on the commune's corrected file.
 * - `basis` is the self entry (raw, evidence, giải trình) the verdict was made on. When a newer revision of the
 *   commune's file changes any of it, the layer is kept as history with `stale` set (see ./carry.ts): a stale
 *   layer counts as "no verdict" everywhere (figures, progress, board state) until the verifier decides again.
 */
import type { RawField, RawValue } from '../entry/raw';
import type { Evidence } from '../entry/types';

/** The three verdicts: Đồng ý, Điều chỉnh, Yêu cầu bổ sung. */
export type Verdict = 'agree' | 'adjust' | 'request';

/** Every verdict, in display order. */
export const VERDICTS: readonly Verdict[] = ['agree', 'adjust', 'request'];

/** Vietnamese label of each verdict. */
export const VERDICT_LABELS_VI: Readonly<Record<Verdict, string>> = {
  agree: 'Đồng ý',
  adjust: 'Điều chỉnh',
  request: 'Yêu cầu bổ sung',
};

/** The self entry a verdict was made on (normalised: NFC, LF, empty raw fields dropped). */
export interface VerifyBasis {
  raw: RawValue;
  evidence: Evidence;
  note: string;
  /** Revision of the commune's file that was verified (0 when not known). */
  revision: number;
}

/** A field of the self entry that a verdict depends on: a raw field, an evidence field or the giải trình. */
export type BasisField = RawField | keyof Evidence | 'note';

/** One changed field of the self entry: old (at verification) → new. */
export interface FieldChange {
  field: BasisField;
  /** Vietnamese name of the field. */
  label: string;
  old: string;
  new: string;
}

/** Set on a layer whose self entry changed in a later revision: the verdict is history and needs a new decision. */
export interface StaleMark {
  /** Revision in which the change was found. */
  revision: number;
  /** When the change was found (ms since epoch). */
  at: number;
  /** Exactly which fields differ from the basis. */
  changes: FieldChange[];
}

/** The verifier's layer of one indicator (stored on the entry row as `verified`). */
export interface VerifiedLayer {
  verdict: Verdict;
  /** agree: copy of the self raw; adjust: the verified raw; request: {}. */
  raw: RawValue;
  /** Required for adjust and request; optional for agree. NFC, trimmed. */
  remark: string;
  /** When the verdict was made (ms since epoch). */
  at: number;
  /** Who decided (free text, e.g. the team member's name); '' when not given. */
  verifier: string;
  basis: VerifyBasis;
  /** Present when the self entry changed since `basis`: the verdict needs a new decision. */
  stale?: StaleMark;
  /**
   * The adjustments and requests of earlier rounds that this layer replaced, oldest first (see ./verdict.ts
   * `supersede`): the minutes list every round's, not only the last decision.
   */
  earlier?: PastVerdict[];
}

/** A verdict of an earlier round, kept when a new decision replaced it (only adjust and request are kept). */
export type PastVerdict = Omit<VerifiedLayer, 'earlier' | 'stale'> & {
  /** Revision of the commune's file in which the self entry was found changed, if it was (stale). */
  staleAt?: number;
};

/** Layers by indicator code: a Map or a plain record (only own properties are read). */
export type LayersInput =
  ReadonlyMap<string, VerifiedLayer | undefined> | Readonly<Record<string, VerifiedLayer | undefined>>;

/** Reads the layer of `code` from either input shape. */
export function layerOf(layers: LayersInput, code: string): VerifiedLayer | undefined {
  if (layers instanceof Map) return (layers as ReadonlyMap<string, VerifiedLayer | undefined>).get(code);
  const rec = layers as Readonly<Record<string, VerifiedLayer | undefined>>;
  return Object.prototype.hasOwnProperty.call(rec, code) ? rec[code] : undefined;
}

/** The layer's verdict if it is current (present and not stale), else undefined. */
export function currentVerdict(layer: VerifiedLayer | undefined): Verdict | undefined {
  return layer && !layer.stale ? layer.verdict : undefined;
}
