/**
 * Verdict rules: how a verifier's decision on one indicator becomes a layer, or per-field Vietnamese errors.
 *
 * Our design:
 * - Đồng ý copies the self raw. It is refused when the self value is typed but does not parse (the verifier must
 *   then choose Điều chỉnh with a correct value); agreeing to an empty self value is allowed and means "confirmed
 *   not done" (the verified value is none, scored as not entered).
 * - Điều chỉnh needs a value that parses for the indicator and differs from the self value, and a remark.
 * - Yêu cầu bổ sung needs a remark; its value is none until the verifier decides again.
 */
import { fieldsFor, parseRaw, type RawField, type RawValue } from '../entry/raw';
import type { EntryData } from '../entry/types';
import { normalizeEntry, MAX_TEXT } from '../exchange/manifest';
import { canonicalJson } from '../framework/fingerprint';
import type { Framework, Indicator } from '../framework/types';
import type { IndicatorValue } from '../scoring/types';
import {
  currentVerdict,
  layerOf,
  type LayersInput,
  type PastVerdict,
  type Verdict,
  VERDICTS,
  type VerifiedLayer,
} from './types';

/** The self entry a verdict is made on; evidence and giải trình are snapshotted into the layer's basis. */
export type SelfEntry = Pick<EntryData, 'raw'> & Partial<Pick<EntryData, 'evidence' | 'note'>>;

/** What the verifier chose for one indicator. `raw` is read only for adjust. */
export interface VerdictInput {
  verdict: Verdict;
  raw?: RawValue;
  remark?: string;
  /** ms since epoch. */
  at: number;
  verifier?: string;
  /** Revision of the commune's file being verified. */
  revision?: number;
}

/** Fields an error can name: the verdict, the remark, the self value (agree) or a value field (adjust). */
export type VerdictField = 'verdict' | 'remark' | 'self' | RawField;

/** Result of `applyVerdict`. */
export type VerdictResult =
  { ok: true; layer: VerifiedLayer } | { ok: false; errors: Partial<Record<VerdictField, string>> };

/** The self entry in normal form (NFC, LF, empty raw fields dropped, evidence complete). */
function basisOf(code: string, self: SelfEntry, revision: number): VerifiedLayer['basis'] {
  const n = normalizeEntry(code, self);
  return { raw: n.raw, evidence: n.evidence, note: n.note, revision };
}

/** Only the value fields of the indicator, normalised like the self entries. */
function cleanRaw(ind: Indicator, raw: RawValue | undefined): RawValue {
  const n = normalizeEntry(ind.code, { raw: raw ?? {} }).raw;
  const out: RawValue = {};
  for (const f of fieldsFor(ind)) {
    const v = n[f];
    if (v !== undefined && v.trim() !== '') out[f] = v;
  }
  return out;
}

const sameValue = (a: IndicatorValue | null, b: IndicatorValue | null): boolean =>
  canonicalJson(a) === canonicalJson(b);

/** Checks the verifier's choice for `ind` against the self entry and builds the layer, or says what is wrong. */
export function applyVerdict(ind: Indicator, self: SelfEntry, input: VerdictInput): VerdictResult {
  const errors: Partial<Record<VerdictField, string>> = {};
  if (!VERDICTS.includes(input.verdict))
    return { ok: false, errors: { verdict: 'Chọn Đồng ý, Điều chỉnh hoặc Yêu cầu bổ sung.' } };
  const remark = (input.remark ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (remark.length > MAX_TEXT) errors.remark = `Nhận xét dài quá ${MAX_TEXT} ký tự.`;
  const basis = basisOf(ind.code, self, input.revision ?? 0);
  const selfParsed = parseRaw(ind, basis.raw);
  let raw: RawValue = {};
  switch (input.verdict) {
    case 'agree':
      if (Object.keys(selfParsed.errors).length > 0) {
        errors.self =
          'Số liệu tự đánh giá không hợp lệ nên không thể đồng ý; hãy chọn Điều chỉnh và nhập giá trị đúng, hoặc Yêu cầu bổ sung.';
      }
      raw = { ...basis.raw };
      break;
    case 'adjust': {
      raw = cleanRaw(ind, input.raw);
      const p = parseRaw(ind, raw);
      if (!p.touched) errors[fieldsFor(ind)[0] ?? 'value'] = 'Cần nhập giá trị thẩm tra.';
      Object.assign(errors, p.errors);
      if (p.value !== null && Object.keys(p.errors).length === 0 && sameValue(p.value, selfParsed.value)) {
        errors.verdict = 'Giá trị thẩm tra trùng với số liệu tự đánh giá; hãy chọn Đồng ý.';
      }
      if (remark === '') errors.remark = 'Cần ghi rõ lý do điều chỉnh.';
      break;
    }
    case 'request':
      if (remark === '') errors.remark = 'Cần ghi rõ nội dung yêu cầu bổ sung.';
      break;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const verifier = (input.verifier ?? '').normalize('NFC').trim().slice(0, 200);
  return { ok: true, layer: { verdict: input.verdict, raw, remark, at: input.at, verifier, basis } };
}

/**
 * The layer to store when `next` replaces `prev` (our design of rounds): the earlier rounds' adjustments and
 * requests are kept in `earlier`. `prev` itself is kept when it was an adjustment or a request made on an earlier
 * revision of the commune's file, or made stale by a later one; a decision changed within the same round (same
 * revision, self entry unchanged) is a correction of that round's decision and replaces it.
 */
export function supersede(prev: VerifiedLayer | undefined, next: VerifiedLayer): VerifiedLayer {
  const earlier: PastVerdict[] = [...(prev?.earlier ?? [])];
  if (prev && prev.verdict !== 'agree') {
    const newRound = prev.stale !== undefined || prev.basis.revision < next.basis.revision;
    if (newRound) {
      const { earlier: _e, stale, ...past } = prev;
      earlier.push(stale ? { ...past, staleAt: stale.revision } : past);
    }
  }
  const { earlier: _old, ...rest } = next;
  return earlier.length > 0 ? { ...rest, earlier } : rest;
}

/** The value the verified aggregate scores: agree/adjust → the layer's raw parsed; request, stale or none → null. */
export function verifiedValue(ind: Indicator, layer: VerifiedLayer | undefined): IndicatorValue | null {
  const v = currentVerdict(layer);
  if (!layer || (v !== 'agree' && v !== 'adjust')) return null;
  return parseRaw(ind, layer.raw).value;
}

/** Why `agreeGroup` left an indicator alone. */
export type AgreeSkip = 'decided' | 'stale' | 'invalid-self';

/** Result of `agreeGroup`: the new layers (only for indicators it agreed to) and what it skipped, with why. */
export interface AgreeGroupResult {
  layers: Map<string, VerifiedLayer>;
  skipped: { code: string; reason: AgreeSkip }[];
}

/**
 * Đồng ý cả nhóm: agrees to every indicator of `groupCode` that has no verdict yet. Existing verdicts are left
 * alone (including agree); stale ones too, since a changed self value must be looked at one by one; indicators
 * whose self value does not parse are skipped (they need Điều chỉnh or Yêu cầu bổ sung).
 */
export function agreeGroup(
  fw: Framework,
  groupCode: number,
  selfEntries: Iterable<{ code: string } & SelfEntry>,
  existing: LayersInput,
  opts: { at: number; verifier?: string; revision?: number },
): AgreeGroupResult {
  const byCode = new Map<string, SelfEntry>();
  for (const e of selfEntries) if (!byCode.has(e.code)) byCode.set(e.code, e);
  const out: AgreeGroupResult = { layers: new Map(), skipped: [] };
  for (const ind of fw.indicators) {
    if (ind.groupCode !== groupCode) continue;
    const layer = layerOf(existing, ind.code);
    if (layer) {
      out.skipped.push({ code: ind.code, reason: layer.stale ? 'stale' : 'decided' });
      continue;
    }
    const r = applyVerdict(ind, byCode.get(ind.code) ?? { raw: {} }, { verdict: 'agree', ...opts });
    if (r.ok) out.layers.set(ind.code, r.layer);
    else out.skipped.push({ code: ind.code, reason: 'invalid-self' });
  }
  return out;
}
