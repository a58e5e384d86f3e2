/**
 * Values an officer enters and the score the engine derives from them.
 */

/** An entered value; its `type` must match the indicator's value type (money/text indicators take 'manual'). */
export type IndicatorValue =
  | { type: 'boolean'; value: boolean }
  | { type: 'choice'; key: string }
  | { type: 'count'; value: number }
  | { type: 'ratio'; numerator: number; denominator: number }
  | { type: 'percent'; value: number }
  /** Points typed by the officer; `declared` is the raw data (e.g. an amount in triệu đồng). */
  | { type: 'manual'; points: number; declared?: string };

/**
 * Status of an indicator. `chua-nhap` (no valid value) is distinct from `chua-thuc-hien` (a value worth 0);
 * `khong-ap-dung` is a ratio whose denominator is 0.
 */
export type Status =
  'chua-nhap' | 'hoan-thanh' | 'co-ban-hoan-thanh' | 'hoan-thanh-thap' | 'chua-thuc-hien' | 'khong-ap-dung';

/** Scoring state: nothing entered, scored, not applicable (b = 0), or a value that cannot be scored. */
export type ScoreState = 'empty' | 'scored' | 'not-applicable' | 'invalid';

/** The score of one indicator. */
export interface IndicatorScore {
  state: ScoreState;
  /** Unrounded, within [0, max]; 0 unless state is 'scored'. */
  points: number;
  status: Status;
  /** Vietnamese warnings about the inputs (value capped, numerator above denominator, …). */
  warnings: string[];
  /** Vietnamese explanation: inputs → rule → result. */
  explanation: string;
}
