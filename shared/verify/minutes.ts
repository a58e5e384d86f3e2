/**
 * The minutes of the verification (Biên bản thẩm tra) as plain data the UI prints and ./minutes-sheet.ts writes:
 * who verified, when, each adjusted indicator (self → verified value and points, reason), each outstanding
 * request, totals before and after, and the closing text. Stale verdicts are neither adjusted nor requested:
 * they are counted among the indicators still pending.
 */
import type { RawValue } from '../entry/raw';
import { type EntryData, type Period, periodLabel } from '../entry/types';
import { displayValue } from '../exchange/form-layout';
import type { Framework } from '../framework/types';
import { parseRaw } from '../entry/raw';
import type { Indicator } from '../framework/types';
import {
  formatIndexPercent,
  formatPoints,
  formatPointsShort,
  scoreIndicator,
  unitSentence,
  type UnitAggregate,
} from '../scoring';
import { viDateLong } from './dates';
import type { VerifierLevel } from './handoff';
import { verificationFigures } from './figures';
import { layerOf, type LayersInput, type PastVerdict, VERDICT_LABELS_VI } from './types';

/** A member of the verification team. */
export interface TeamMember {
  name: string;
  /** Chức vụ and role in the team, e.g. "Phó Chủ tịch UBND huyện, Tổ trưởng". */
  position: string;
}

/** What `minutesModel` needs. */
export interface MinutesInput {
  framework: Framework;
  unit: { name: string };
  district: { name: string };
  /**
   * Who verifies: a district's team (before 1/7/2025, the default) or the team of the province's Sở Khoa học và
   * Công nghệ (from 1/7/2025): it names the body in the header and the opening.
   */
  level?: VerifierLevel;
  period: Period;
  /** Revision of the commune's file that was verified. */
  revision: number;
  team: readonly TeamMember[];
  /** Date of the minutes (ms since epoch). */
  date: number;
  /** Where the team met; '' to leave it out. */
  place?: string;
  /** When the meeting began and ended, "08:30" (24-hour); '' or absent: dotted, to be written by hand. */
  start?: string;
  end?: string;
  /** The commune's representatives at the meeting; none: dotted lines, to be written by hand. */
  communeReps?: readonly TeamMember[];
  selfEntries: readonly Pick<EntryData, 'code' | 'raw'>[];
  layers: LayersInput;
}

/** An adjusted indicator, in one round: self → verified value and points, the reason, and what followed. */
export interface MinutesAdjusted {
  code: string;
  name: string;
  maxPoints: number;
  /** Revision of the commune's file the adjustment was made on (the round). */
  round: number;
  /** True for the adjustment in force; false for an earlier round's, kept for the record. */
  current: boolean;
  selfDisplay: string;
  verifiedDisplay: string;
  selfPoints: number;
  verifiedPoints: number;
  remark: string;
  /** What followed ("Lần 2: xã đã sửa số liệu; kết luận lại: Đồng ý"); '' for the adjustment in force. */
  outcome: string;
}

/** A request for more evidence, in one round, and what followed. */
export interface MinutesRequested {
  code: string;
  name: string;
  round: number;
  /** True while the request is outstanding. */
  current: boolean;
  selfDisplay: string;
  remark: string;
  /** "Chưa bổ sung" while outstanding, else what followed ("Lần 2: xã đã bổ sung; kết luận lại: Đồng ý"). */
  outcome: string;
}

/** Totals of one side (self or verified). */
export interface MinutesTotal {
  points: number;
  maxPoints: number;
  completed: number;
  total: number;
  index: number;
}

/** The minutes as data. */
export interface MinutesModel {
  /** The issuing body above the title, upper case as on the form: "UBND HUYỆN GIA VIỄN". */
  issuer: string;
  title: string;
  subtitle: string;
  unitName: string;
  districtName: string;
  periodText: string;
  revision: number;
  dateText: string;
  place: string;
  team: TeamMember[];
  /** The commune's representatives, as entered (may be empty: the documents then print lines to fill by hand). */
  communeReps: TeamMember[];
  opening: string;
  /** Every adjustment of every round, in framework order, earlier rounds first. */
  adjusted: MinutesAdjusted[];
  /** Every request of every round, in framework order, earlier rounds first. */
  requested: MinutesRequested[];
  /** Requests still outstanding. */
  outstanding: number;
  /** Indicators with no current verdict (none yet, or stale). */
  pending: number;
  totals: { self: MinutesTotal; verified: MinutesTotal };
  /** The result in one sentence, with the verified summary sentence. */
  conclusion: string;
  /** What the commune must do ('' when nothing is outstanding). */
  followUp: string;
  closing: string;
}

const total = (a: UnitAggregate): MinutesTotal => ({
  points: a.points,
  maxPoints: a.maxPoints,
  completed: a.completed,
  total: a.total,
  index: a.index,
});

/** A unit name inside a sentence: the administrative prefix in lower case ("Xã Gia Phong" → "xã Gia Phong"). */
export function nameInSentence(name: string): string {
  return name.replace(/^(Huyện|Quận|Thị xã|Thành phố|Tỉnh|Xã|Phường|Thị trấn|Đặc khu)(?=\s)/u, (w) => w.toLowerCase());
}

/** The index of a total as shown everywhere: percent with 2 decimals of the points as shown ("58,74%"). */
export function formatIndex(t: { points: number; maxPoints: number }): string {
  return formatIndexPercent(t.points, t.maxPoints);
}

/** The remark of one round's verdict with its round and what followed: "Lần 1: … — Xã đã sửa ở lần 2; …". */
export function roundRemark(item: { round: number; remark: string; outcome: string }): string {
  const head = `Lần ${item.round > 0 ? item.round : '?'}: ${item.remark}`;
  return item.outcome === '' ? head : `${head} — ${item.outcome}`;
}

const roundWord = (r: number) => (r > 0 ? `lần ${r}` : 'lần trước');

/** What followed an earlier round's verdict on the same indicator. */
function followed(
  next: { verdict: string; stale?: { revision: number } | undefined; staleAt?: number; basis: { revision: number } },
  fixedIn: number | undefined,
): string {
  const label = VERDICT_LABELS_VI[next.verdict as keyof typeof VERDICT_LABELS_VI] ?? next.verdict;
  const fix =
    fixedIn !== undefined ? `Xã đã sửa ở ${roundWord(fixedIn)}` : `Thẩm tra ${roundWord(next.basis.revision)}`;
  return `${fix}; kết luận lại: ${label}.`;
}

/**
 * Every adjustment and request of every round (earlier layers kept by ./verdict.ts `supersede`, then the layer in
 * force), in framework order. A stale layer in force is listed too, as its round's decision awaiting a new one.
 */
export function verdictRounds(
  fw: Framework,
  layers: LayersInput,
): { adjusted: MinutesAdjusted[]; requested: MinutesRequested[] } {
  const adjusted: MinutesAdjusted[] = [];
  const requested: MinutesRequested[] = [];
  const pts = (ind: Indicator, raw: RawValue) => scoreIndicator(ind, parseRaw(ind, raw).value, fw.thresholds).points;
  for (const ind of fw.indicators) {
    const layer = layerOf(layers, ind.code);
    if (!layer) continue;
    const chain: (PastVerdict & { inForce: boolean })[] = [
      ...(layer.earlier ?? []).map((p) => ({ ...p, inForce: false })),
      { ...layer, ...(layer.stale ? { staleAt: layer.stale.revision } : {}), inForce: true },
    ];
    chain.forEach((v, i) => {
      if (v.verdict === 'agree') return;
      const next = chain[i + 1];
      const current = v.inForce && v.staleAt === undefined;
      const outcome = current
        ? v.verdict === 'request'
          ? 'Chưa bổ sung.'
          : ''
        : next
          ? followed(next, v.staleAt)
          : `Xã đã sửa ở ${roundWord(v.staleAt ?? 0)}; chờ kết luận lại.`;
      const base = { code: ind.code, name: ind.name, round: v.basis.revision, current, outcome };
      const selfDisplay = displayValue(ind, v.basis.raw);
      if (v.verdict === 'adjust')
        adjusted.push({
          ...base,
          maxPoints: ind.maxPoints,
          selfDisplay,
          verifiedDisplay: displayValue(ind, v.raw),
          selfPoints: pts(ind, v.basis.raw),
          verifiedPoints: pts(ind, v.raw),
          remark: v.remark,
        });
      else requested.push({ ...base, selfDisplay, remark: v.remark });
    });
  }
  return { adjusted, requested };
}

/** A sentence continued after a semicolon: its first letter in lower case ("Đã hoàn thành" → "đã hoàn thành"). */
function continued(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase('vi') + sentence.slice(1);
}

/** "Sở Khoa học và Công nghệ tỉnh Ninh Bình": the province's verifying office, named in running text. */
function skhcn(provinceName: string): string {
  return `Sở Khoa học và Công nghệ ${nameInSentence(provinceName)}`;
}

/** Dots where a time is written by hand on the printed minutes. */
const TIME_DOTS = '……';

/** "08 giờ 30" from "8:30" or "08:30"; anything else (none, a typo) prints dots to write the time by hand. */
export function timeWords(hhmm: string | undefined): string {
  const m = /^\s*(\d{1,2})[:hg.]\s*(\d{2})\s*$/iu.exec(hhmm ?? '');
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) return `${TIME_DOTS} giờ ${TIME_DOTS}`;
  return `${String(h).padStart(2, '0')} giờ ${String(min).padStart(2, '0')}`;
}

const person = (m: TeamMember): TeamMember => ({
  name: m.name.normalize('NFC').trim(),
  position: m.position.normalize('NFC').trim(),
});

/** Builds the minutes of one commune's verification. */
export function minutesModel(input: MinutesInput): MinutesModel {
  const fw = input.framework;
  const fig = verificationFigures(fw, input.selfEntries, input.layers);
  const { adjusted, requested } = verdictRounds(fw, input.layers);
  const unitName = input.unit.name.normalize('NFC').trim();
  const unit = nameInSentence(unitName);
  const districtName = input.district.name.normalize('NFC').trim();
  const province = input.level === 'province';
  // "huyện Gia Viễn" / "của Sở Khoa học và Công nghệ tỉnh Ninh Bình"
  const district = province ? `của ${skhcn(districtName)}` : nameInSentence(districtName);
  const periodText = periodLabel(input.period);
  const dateText = viDateLong(input.date);
  const place = (input.place ?? '').normalize('NFC').trim();
  const s = fig.self;
  const ver = fig.verified;
  const conclusion =
    `Tổ thẩm tra thống nhất kết quả thẩm tra của ${unit}: ${formatPoints(ver.points)}/${formatPointsShort(ver.maxPoints)} điểm ` +
    `(tự đánh giá ${formatPoints(s.points)} điểm), chỉ số ${formatIndexPercent(ver.points, ver.maxPoints)}; ${continued(unitSentence(ver, { unenteredAsNotDone: true }))}.`;
  const follow: string[] = [];
  const outstanding = requested.filter((q) => q.current).length;
  if (outstanding > 0)
    follow.push(
      `Đề nghị ${unit} bổ sung, giải trình ${outstanding} chỉ số còn yêu cầu bổ sung nêu tại mục III và gửi lại hồ sơ cho Tổ thẩm tra.`,
    );
  if (fig.progress.pending > 0)
    follow.push(`Còn ${fig.progress.pending}/${fig.progress.total} chỉ số chưa có kết luận thẩm tra.`);
  return {
    issuer: (province ? skhcn(districtName) : `UBND ${districtName}`).toLocaleUpperCase('vi'),
    title: 'BIÊN BẢN THẨM TRA',
    subtitle: `Kết quả tự đánh giá mức độ chuyển đổi số ${periodText} của ${unit}`,
    unitName,
    districtName,
    periodText,
    revision: input.revision,
    dateText,
    place,
    team: input.team.map(person),
    communeReps: (input.communeReps ?? []).map(person).filter((m) => m.name !== '' || m.position !== ''),
    opening: `Hôm nay, vào lúc ${timeWords(input.start)}, ${dateText}${place === '' ? '' : `, tại ${place}`}, Tổ thẩm tra ${district} tiến hành thẩm tra, xác minh số liệu tự đánh giá ${periodText} của ${unit} (tệp tự đánh giá lần ${input.revision}).`,
    adjusted,
    requested,
    outstanding,
    pending: fig.progress.pending,
    totals: { self: total(s), verified: total(ver) },
    conclusion,
    followUp: follow.join(' '),
    closing: `Biên bản kết thúc vào lúc ${timeWords(input.end)} cùng ngày, được lập thành 02 bản có giá trị như nhau, đã được đọc lại cho các thành viên cùng nghe và thống nhất ký tên.`,
  };
}
