/**
 * The indicator framework model: a versioned set of groups and indicators with their scoring rules.
 * Frameworks are data (CSV catalogue + metadata, or a workbook), never compiled in; see ./catalog.ts.
 */

/** Assessment level: the district's own set (72 indicators) or the commune set (50). */
export type Level = 'district' | 'commune';

/**
 * The administrative period a framework applies to, by the official unit list in force: '2024' before 1/7/2025
 * (province → district → commune), '2025' from 1/7/2025 (province → commune; no district, no thị trấn).
 */
export type AdminPeriod = '2024' | '2025';

/** Both periods, oldest first. */
export const ADMIN_PERIODS: readonly AdminPeriod[] = ['2024', '2025'];

/**
 * The periods of a framework that does not say (files and databases from before periods existed): a district
 * set only before 1/7/2025 (districts were abolished), a commune set in both.
 */
export function defaultPeriods(level: Level): AdminPeriod[] {
  return level === 'district' ? ['2024'] : ['2024', '2025'];
}

/** The periods a framework applies to: its own, or its level's default. */
export function periodsOf(fw: { level: Level; periods?: readonly AdminPeriod[] }): AdminPeriod[] {
  return fw.periods && fw.periods.length > 0 ? [...fw.periods] : defaultPeriods(fw.level);
}

/** Whether a framework applies to a period. */
export function appliesTo(fw: { level: Level; periods?: readonly AdminPeriod[] }, period: AdminPeriod): boolean {
  return periodsOf(fw).includes(period);
}

/** What the officer enters for an indicator (catalogue column `value_type`). */
export type ValueType = 'boolean' | 'choice' | 'count' | 'ratio' | 'percent' | 'money' | 'text';

/** One option of a choice rule: its ASCII key, the fraction of max points it earns and its Vietnamese label. */
export interface ChoiceOption {
  key: string;
  fraction: number;
  /** Parsed from the method text, written there as "key = label (… điểm)". */
  label: string;
}

/** One step of a steps rule: a value reaching `threshold` earns `points`. */
export interface Step {
  threshold: number;
  points: number;
}

/** A parsed scoring rule (catalogue column `scoring`, see catalogs.md "Scoring mini-language"). */
export type ScoringRule =
  | { kind: 'bool' }
  /** Ratio a/b (value type ratio) or a single percentage v % (value type percent). */
  | { kind: 'ratio' }
  /** Highest threshold first. */
  | { kind: 'steps'; steps: Step[] }
  | { kind: 'target'; target: number }
  | { kind: 'choice'; options: ChoiceOption[] }
  | { kind: 'manual' };

/** Provenance tag of an indicator: Verbatim, Paraphrased, Recalled, Inferred, or '' when not given. */
export type Provenance = 'V' | 'P' | 'R' | 'I' | '';

/** One indicator (chỉ số thành phần). */
export interface Indicator {
  /** `group.n`, e.g. "6.12". */
  code: string;
  groupCode: number;
  name: string;
  nameEn: string;
  valueType: ValueType;
  unit: string;
  maxPoints: number;
  scoring: ScoringRule;
  /** The rule in canonical mini-language text (what the catalogue column holds). */
  scoringText: string;
  /** Phương pháp xác định và cách cho điểm. */
  method: string;
  /** Tài liệu kiểm chứng. */
  evidence: string;
  provenance: Provenance;
}

/** One of the main groups (nhóm chỉ số chính). */
export interface Group {
  code: number;
  name: string;
  nameEn: string;
  maxPoints: number;
}

/** Status thresholds as fractions of max points: ≥ complete → hoàn thành, ≥ basic → cơ bản hoàn thành. */
export interface Thresholds {
  complete: number;
  basic: number;
}

/** A complete, validated framework. Frameworks are immutable once assessments use them (see ./fingerprint.ts). */
export interface Framework {
  id: string;
  level: Level;
  /**
   * The administrative periods it applies to, oldest first, when they differ from the level's default (see
   * defaultPeriods; read them with periodsOf). Absent on every framework made before periods existed and on any
   * whose periods are the default, so their content and fingerprint stay what they were.
   */
  periods?: AdminPeriod[];
  version: string;
  title: string;
  sourceNote: string;
  groups: Group[];
  indicators: Indicator[];
  thresholds: Thresholds;
}

/** Our design defaults: ≥ 90 % hoàn thành, ≥ 50 % cơ bản hoàn thành (domain.md "Status of an indicator"). */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ complete: 0.9, basic: 0.5 });

/** Every value type, in catalogue order. */
export const VALUE_TYPES: readonly ValueType[] = ['boolean', 'choice', 'count', 'ratio', 'percent', 'money', 'text'];

/** Both levels. */
export const LEVELS: readonly Level[] = ['district', 'commune'];

/** Which value types each rule kind may score. */
export const RULE_VALUE_TYPES: Readonly<Record<ScoringRule['kind'], readonly ValueType[]>> = {
  bool: ['boolean'],
  ratio: ['ratio', 'percent'],
  steps: ['count'],
  target: ['count'],
  choice: ['choice'],
  manual: ['money', 'text'],
};
