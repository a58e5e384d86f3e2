/** The scoring engine: values, per-indicator scores, statuses, aggregates and summary sentences. */
export type { IndicatorValue, Status, ScoreState, IndicatorScore } from './types';
export {
  STATUSES,
  STATUS_LABELS_VI,
  STATUS_LABELS_EN,
  statusFromPoints,
  statusRank,
  statusLabel,
  REVIEW_LABEL_VI,
} from './status';
export { scoreIndicator, VALUE_KIND_FOR } from './score-indicator';
export { aggregate, valueOf, type ValuesInput, type Tally, type GroupAggregate, type UnitAggregate } from './aggregate';
export { unitSentence, type SentenceOptions } from './sentence';
export {
  formatPoints,
  formatPointsShort,
  formatPercent,
  formatPointsDiff,
  formatIndexPercent,
  indexPercent,
  roundPoints,
  shownDiff,
} from './format';
