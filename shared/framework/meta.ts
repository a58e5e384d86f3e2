/**
 * Framework metadata (everything but the indicator rows): identity, title, groups and thresholds.
 * It travels in renderer/public/frameworks/index.json, in the workbook sheet "Nhom", or inside a Framework object.
 */
import { type ErrorLocation, type FrameworkError, frameworkError } from './errors';
import { numberOf, textOf } from './columns';
import {
  ADMIN_PERIODS,
  type AdminPeriod,
  DEFAULT_THRESHOLDS,
  defaultPeriods,
  LEVELS,
  type Level,
  type Thresholds,
} from './types';

/** A group as metadata gives it; `name` may be left to the catalogue's `group_name_vi` column. */
export interface GroupMeta {
  code: number;
  name?: string;
  nameEn: string;
  maxPoints: number;
}

/** Framework metadata; the indicators come from a catalogue table. */
export interface FrameworkMeta {
  id: string;
  level: Level;
  /** Only when they differ from the level's default (./types.ts defaultPeriods): absent or default in the input. */
  periods?: AdminPeriod[];
  version: string;
  title: string;
  sourceNote: string;
  groups: GroupMeta[];
  thresholds: Thresholds;
}

/** Where each metadata field sits, so errors can point at a cell; defaults to no location. */
export type MetaLocator = (field: string, groupIndex?: number) => ErrorLocation;

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads an own property only, so "__proto__" or "constructor" in a file can never be picked up. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Checks metadata given as an unknown value; returns the metadata or Vietnamese errors. */
export function checkMeta(
  input: unknown,
  where: MetaLocator = () => ({}),
): { ok: true; meta: FrameworkMeta } | { ok: false; errors: FrameworkError[] } {
  const errors: FrameworkError[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [frameworkError('not-an-object', {}, 'Thông tin bộ chỉ số không đúng dạng (cần một đối tượng).')],
    };
  }
  const text = (field: string, label: string, required: boolean): string => {
    const v = textOf(own(input, field));
    if (v === null || (required && v === '')) {
      errors.push(frameworkError('meta-invalid', where(field), `Thiếu hoặc sai ${label} (${field}).`));
    }
    return v ?? '';
  };
  const id = text('id', 'mã bộ chỉ số', true);
  if (id !== '' && !ID.test(id)) {
    errors.push(
      frameworkError(
        'meta-invalid',
        where('id'),
        `Mã bộ chỉ số "${id}" chỉ được gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.`,
      ),
    );
  }
  const level = text('level', 'cấp đánh giá', true);
  if (level !== '' && !(LEVELS as readonly string[]).includes(level)) {
    errors.push(
      frameworkError(
        'meta-invalid',
        where('level'),
        `Cấp đánh giá "${level}" không hợp lệ; chỉ nhận district hoặc commune.`,
      ),
    );
  }
  const periods = checkPeriods(own(input, 'periods'), level as Level, where, errors);
  const version = text('version', 'phiên bản', true);
  const title = text('title', 'tên bộ chỉ số', true);
  const sourceNote = text('sourceNote', 'ghi chú nguồn', false);
  const thresholds = checkThresholds(own(input, 'thresholds'), where, errors);
  const groups = checkGroups(own(input, 'groups'), where, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    meta: {
      id,
      level: level as Level,
      ...(periods ? { periods } : {}),
      version,
      title,
      sourceNote,
      groups,
      thresholds,
    },
  };
}

const PERIOD_WORDS = '2024 = trước 1/7/2025 (tỉnh – huyện – xã), 2025 = từ 1/7/2025 (tỉnh – xã)';

/**
 * Periods as a list (index.json, a Framework) or as text ("2024, 2025" in the workbook). Absent, blank or equal to
 * the level's default: undefined (the framework then carries none, as before periods existed). A district set
 * cannot apply from 1/7/2025: districts no longer exist.
 */
function checkPeriods(
  v: unknown,
  level: Level,
  where: MetaLocator,
  errors: FrameworkError[],
): AdminPeriod[] | undefined {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
  const items = Array.isArray(v)
    ? v
    : typeof v === 'string' || typeof v === 'number'
      ? String(v).split(/[\s,;]+/u)
      : [v];
  const bad = items.filter(
    (p) => !(ADMIN_PERIODS as readonly unknown[]).includes(typeof p === 'number' ? String(p) : p),
  );
  const given = items.map((p) => String(p)).filter((p) => p !== '');
  if (bad.filter((p) => p !== '').length > 0 || given.length === 0) {
    errors.push(
      frameworkError(
        'meta-invalid',
        where('periods'),
        `Giai đoạn áp dụng "${given.join(', ')}" không hợp lệ; chỉ nhận 2024 và/hoặc 2025 (${PERIOD_WORDS}).`,
      ),
    );
    return undefined;
  }
  const periods = ADMIN_PERIODS.filter((p) => given.includes(p));
  if (!LEVELS.includes(level)) return undefined;
  if (level === 'district' && periods.includes('2025')) {
    errors.push(
      frameworkError(
        'meta-invalid',
        where('periods'),
        'Bộ chỉ số cấp huyện không áp dụng từ 1/7/2025: từ ngày này không còn cấp huyện (giai đoạn chỉ được là 2024).',
      ),
    );
  }
  return periods.join() === defaultPeriods(level).join() ? undefined : periods;
}

function checkThresholds(v: unknown, where: MetaLocator, errors: FrameworkError[]): Thresholds {
  if (v === undefined) return { ...DEFAULT_THRESHOLDS };
  const complete = isRecord(v) ? numberOf(own(v, 'complete')) : null;
  const basic = isRecord(v) ? numberOf(own(v, 'basic')) : null;
  if (complete === null || basic === null || !(basic > 0 && basic <= complete && complete <= 1)) {
    errors.push(
      frameworkError(
        'thresholds-invalid',
        where('thresholds'),
        'Ngưỡng xếp loại không hợp lệ: cần 0 < ngưỡng cơ bản hoàn thành ≤ ngưỡng hoàn thành ≤ 1 (ví dụ 0.5 và 0.9).',
      ),
    );
    return { ...DEFAULT_THRESHOLDS };
  }
  return { complete, basic };
}

function checkGroups(v: unknown, where: MetaLocator, errors: FrameworkError[]): GroupMeta[] {
  if (!Array.isArray(v) || v.length === 0) {
    errors.push(frameworkError('group-invalid', where('groups'), 'Thiếu danh sách nhóm chỉ số (groups).'));
    return [];
  }
  const seen = new Set<number>();
  const groups: GroupMeta[] = [];
  v.forEach((g: unknown, i) => {
    const rec = isRecord(g) ? g : undefined;
    const code = rec ? numberOf(own(rec, 'code')) : null;
    if (code === null || !Number.isInteger(code) || code < 1) {
      errors.push(
        frameworkError('group-invalid', where('code', i), `Nhóm thứ ${i + 1}: mã nhóm phải là số nguyên dương.`),
      );
      return;
    }
    const at = { ...where('code', i), group: code };
    if (seen.has(code)) errors.push(frameworkError('group-duplicate', at, `Mã nhóm ${code} bị trùng.`));
    seen.add(code);
    const maxPoints = numberOf(own(rec as Record<string, unknown>, 'maxPoints'));
    if (maxPoints === null || !(maxPoints > 0)) {
      errors.push(
        frameworkError(
          'max-not-positive',
          { ...where('maxPoints', i), group: code },
          `Điểm tối đa của nhóm ${code} phải là số dương.`,
        ),
      );
    }
    const name = textOf(own(rec as Record<string, unknown>, 'name'));
    const nameEn = textOf(own(rec as Record<string, unknown>, 'nameEn'));
    if (name === null || nameEn === null) {
      errors.push(
        frameworkError(
          'group-invalid',
          { ...where('name', i), group: code },
          `Tên nhóm ${code} không đúng dạng văn bản.`,
        ),
      );
    }
    const group: GroupMeta = { code, nameEn: nameEn ?? '', maxPoints: maxPoints ?? 0 };
    if (name) group.name = name;
    groups.push(group);
  });
  return groups.sort((a, b) => a.code - b.code);
}
