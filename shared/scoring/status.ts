/**
 * Status levels of an indicator (the four levels of the news wording plus "not entered" and "not applicable"),
 * their labels and how points map to them.
 */
import type { Thresholds } from '../framework/types';
import type { Status } from './types';

/** Every status, from best to worst, then the two without points. */
export const STATUSES: readonly Status[] = [
  'hoan-thanh',
  'co-ban-hoan-thanh',
  'hoan-thanh-thap',
  'chua-thuc-hien',
  'khong-ap-dung',
  'chua-nhap',
];

/** Vietnamese label of each status, as shown to users. */
export const STATUS_LABELS_VI: Readonly<Record<Status, string>> = {
  'hoan-thanh': 'Hoàn thành',
  'co-ban-hoan-thanh': 'Cơ bản hoàn thành',
  'hoan-thanh-thap': 'Hoàn thành thấp',
  'chua-thuc-hien': 'Chưa thực hiện',
  'khong-ap-dung': 'Không áp dụng/chưa đủ dữ liệu',
  'chua-nhap': 'Chưa nhập',
};

/** English label of each status (developers, English UI). */
export const STATUS_LABELS_EN: Readonly<Record<Status, string>> = {
  'hoan-thanh': 'Completed',
  'co-ban-hoan-thanh': 'Basically completed',
  'hoan-thanh-thap': 'Low completion',
  'chua-thuc-hien': 'Not done',
  'khong-ap-dung': 'Not applicable / insufficient data',
  'chua-nhap': 'Not entered',
};

/** Tolerance so that e.g. 0.9 × 20 = 18 points counts as reaching a 0.9 threshold despite float rounding. */
const EPS = 1e-9;

/**
 * Status of a scored value from points ÷ max: ≥ complete → hoàn thành, ≥ basic → cơ bản hoàn thành,
 * > 0 → hoàn thành thấp, else chưa thực hiện. Monotonic in points.
 */
export function statusFromPoints(points: number, maxPoints: number, thresholds: Thresholds): Status {
  const share = maxPoints > 0 ? points / maxPoints : 0;
  if (share >= thresholds.complete - EPS) return 'hoan-thanh';
  if (share >= thresholds.basic - EPS) return 'co-ban-hoan-thanh';
  if (points > 0) return 'hoan-thanh-thap';
  return 'chua-thuc-hien';
}

/** Rank of a scored status (higher is better); used to check monotonicity and sort. */
export function statusRank(s: Status): number {
  switch (s) {
    case 'hoan-thanh':
      return 3;
    case 'co-ban-hoan-thanh':
      return 2;
    case 'hoan-thanh-thap':
      return 1;
    default:
      return 0;
  }
}

/** The label of a value that cannot be right (e.g. a numerator above its denominator): never "Hoàn thành". */
export const REVIEW_LABEL_VI = 'Cần xem lại';

/** The status label of a score as a row shows it: "Cần xem lại" for a value that cannot be scored. */
export function statusLabel(score: { state: string; status: Status }): string {
  return score.state === 'invalid' ? REVIEW_LABEL_VI : STATUS_LABELS_VI[score.status];
}
