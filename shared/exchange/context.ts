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
  /** The receiving unit (district before 7/2025, province from 7/2025). */
  districtCode: string;
  /** Its name ("Tỉnh Ninh Bình") for messages; "huyện này" when absent. */
  receivingName?: string;
  /** "huyện" or "tỉnh". */
  receivingNoun?: string;
  unitCodes: ReadonlySet<string>;
  /** Codes of the communes the official list puts under the receiving unit (listed here or not). */
  officialCodes?: ReadonlySet<string>;
  /** Units whose file names another parent, accepted by the verifier for this batch. */
  acceptedParents?: ReadonlySet<string>;
  knownFrameworks: (id: string, version: string) => boolean;
  period?: Period;
}

/**
 * Why a file does not fit: another receiving unit; a unit not listed here; a unit of the official list not listed
 * yet (offered for adding); a listed unit whose file names another parent (accepted after confirmation); the period.
 */
export type ContextReason = 'other-district' | 'unknown-unit' | 'addable' | 'wrong-parent' | 'period-mismatch';

/** Result of `checkContext`: fits, a Vietnamese refusal, or a framework to load first. */
export type ContextCheck =
  | { ok: true }
  | { ok: false; reason: ContextReason; message: string }
  | { ok: false; reason: 'framework-unknown'; message: string };

/** Checks a manifest against the district's context (district first, then unit, period and framework). */
export function checkContext(m: Manifest, ctx: ImportContext): ContextCheck {
  const code = m.unit.code;
  const here = ctx.receivingName ?? `${ctx.receivingNoun ?? 'huyện'} này`;
  const listed = ctx.unitCodes.has(code);
  const inList = ctx.officialCodes?.has(code) ?? false;
  if (m.district.code !== ctx.districtCode) {
    if (!listed && !inList) {
      return {
        ok: false,
        reason: 'other-district',
        message: `Tệp của ${m.unit.name} thuộc ${m.district.name} (mã ${m.district.code}), không thuộc ${here}.`,
      };
    }
    if (!ctx.acceptedParents?.has(code)) {
      return {
        ok: false,
        reason: 'wrong-parent',
        message:
          `Tệp của ${m.unit.name} (mã ${code}) ghi đơn vị nhận là ${m.district.name} (mã ${m.district.code}), ` +
          `nhưng mã ${code} có trong danh sách của ${here}. Nếu đúng là xã này, bấm “Nhận tệp này”.`,
      };
    }
  }
  if (!listed) {
    return inList
      ? {
          ok: false,
          reason: 'addable',
          message: `${m.unit.name} (mã ${code}) có trong danh mục của ${here} nhưng chưa có trong danh sách xã trên máy này.`,
        }
      : {
          ok: false,
          reason: 'unknown-unit',
          message: `Đơn vị ${m.unit.name} (mã ${code}) chưa có trong danh sách đơn vị của ${here}. Hãy thêm đơn vị trước khi nhận tệp.`,
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
