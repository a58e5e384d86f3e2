/**
 * Pure checks of an imported manifest against the district's database, done by the caller with these helpers:
 * which revision it is relative to what is held, and whether unit, district, framework and period fit.
 */
import { type Period, periodKey, periodLabel } from '../entry/types';
import type { Manifest } from './manifest';

/** Incoming vs held: 'new' (nothing held), 'newer', 'same' (same export and revision) or 'older'. */
export type RevisionClass = 'new' | 'newer' | 'same' | 'older';

/**
 * Classifies an incoming file against the held import. Revisions count exports of one assessment on the unit's
 * machine, so a higher revision is newer whatever the export id; at equal revision a different export id is
 * treated as newer only when it is not the same export (a re-export after a reinstall), else 'same'.
 */
export function classifyRevision(
  held: { exportId: string; revision: number } | undefined,
  incoming: { exportId: string; revision: number },
): RevisionClass {
  if (!held) return 'new';
  if (incoming.revision > held.revision) return 'newer';
  if (incoming.revision < held.revision) return 'older';
  return incoming.exportId === held.exportId ? 'same' : 'newer';
}

/** What the district knows: its code, its units' codes, which frameworks it holds and the expected period. */
export interface ImportContext {
  districtCode: string;
  unitCodes: ReadonlySet<string>;
  knownFrameworks: (id: string, version: string) => boolean;
  period?: Period;
}

/** Result of `checkContext`: fits, a Vietnamese refusal, or a framework to load first. */
export type ContextCheck =
  | { ok: true }
  | { ok: false; reason: 'other-district' | 'unknown-unit' | 'period-mismatch'; message: string }
  | { ok: false; reason: 'framework-unknown'; message: string };

/** Checks a manifest against the district's context (district first, then unit, period and framework). */
export function checkContext(m: Manifest, ctx: ImportContext): ContextCheck {
  if (m.district.code !== ctx.districtCode) {
    return {
      ok: false,
      reason: 'other-district',
      message: `Tệp của ${m.unit.name} thuộc ${m.district.name} (mã ${m.district.code}), không thuộc huyện này.`,
    };
  }
  if (!ctx.unitCodes.has(m.unit.code)) {
    return {
      ok: false,
      reason: 'unknown-unit',
      message: `Đơn vị ${m.unit.name} (mã ${m.unit.code}) chưa có trong danh sách đơn vị của huyện. Hãy thêm đơn vị trước khi nhận tệp.`,
    };
  }
  if (ctx.period && periodKey(ctx.period) !== periodKey(m.period)) {
    return {
      ok: false,
      reason: 'period-mismatch',
      message: `Tệp là kỳ ${periodLabel(m.period)}, không phải kỳ ${periodLabel(ctx.period)} đang nhận.`,
    };
  }
  if (!ctx.knownFrameworks(m.framework.id, m.framework.version)) {
    return {
      ok: false,
      reason: 'framework-unknown',
      message: `Máy này chưa có bộ chỉ số "${m.framework.id}" phiên bản ${m.framework.version} mà tệp sử dụng. Hãy nạp bộ chỉ số này trước.`,
    };
  }
  return { ok: true };
}
