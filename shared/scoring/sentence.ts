/**
 * The summary sentence of the news wording: "Đã hoàn thành và cơ bản hoàn thành 41/72 chỉ số, có 31/72 chỉ số
 * hoàn thành thấp hoặc chưa thực hiện".
 *
 * The second count is hoàn thành thấp + chưa thực hiện (indicators entered and worth less than the basic
 * threshold). While entry is under way, indicators not entered (including invalid values) and not applicable
 * ones are named in their own clauses, so the counts always add up to the total. For a final report, option
 * `unenteredAsNotDone` folds "chưa nhập" into "chưa thực hiện", as the domain notes ("0 or no value").
 * When every indicator is entered and applicable, the sentence is exactly the seed phrasing.
 */
import type { Tally } from './aggregate';

/** Options of `unitSentence`. */
export interface SentenceOptions {
  /** Count indicators not entered as chưa thực hiện (final reports). Default false. */
  unenteredAsNotDone?: boolean;
}

/** Builds the Vietnamese summary sentence for a unit (or a group) aggregate. */
export function unitSentence(agg: Tally, opts: SentenceOptions = {}): string {
  const n = agg.total;
  const notEntered = agg.byStatus['chua-nhap'];
  let low = agg.byStatus['hoan-thanh-thap'] + agg.byStatus['chua-thuc-hien'];
  if (opts.unenteredAsNotDone) low += notEntered;
  let s = `Đã hoàn thành và cơ bản hoàn thành ${agg.completed}/${n} chỉ số, có ${low}/${n} chỉ số hoàn thành thấp hoặc chưa thực hiện`;
  if (notEntered > 0 && !opts.unenteredAsNotDone) s += `, ${notEntered}/${n} chỉ số chưa nhập`;
  if (agg.byStatus['khong-ap-dung'] > 0) s += `, ${agg.byStatus['khong-ap-dung']}/${n} chỉ số không áp dụng`;
  return s;
}
