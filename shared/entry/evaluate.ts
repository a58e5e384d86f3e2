import type { Framework } from '../framework/types';
import { aggregate, type UnitAggregate } from '../scoring/aggregate';
import type { IndicatorValue } from '../scoring/types';
import { parseRaw, type ParsedRaw, type RawValue } from './raw';

/** An assessment's figures: each indicator's reading of what was typed, and the engine's aggregate of it. */
export interface Evaluation {
  parsed: Map<string, ParsedRaw>;
  aggregate: UnitAggregate;
}

/**
 * Reads every entry typed for a framework and scores the unit. Typed values that do not parse are not scored
 * (they count as chưa nhập) and keep their field errors in `parsed`; entries for unknown codes are ignored.
 */
export function evaluate(fw: Framework, entries: Iterable<{ code: string; raw: RawValue }>): Evaluation {
  const byCode = new Map<string, RawValue>();
  for (const e of entries) byCode.set(e.code, e.raw);
  const parsed = new Map<string, ParsedRaw>();
  const values = new Map<string, IndicatorValue | null>();
  for (const ind of fw.indicators) {
    const p = parseRaw(ind, byCode.get(ind.code) ?? {});
    parsed.set(ind.code, p);
    values.set(ind.code, p.value);
  }
  return { parsed, aggregate: aggregate(fw, values) };
}
