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
import { formatPoints, formatPointsShort, unitSentence, type UnitAggregate } from '../scoring';
import { formatViNumber } from '../text/numbers';
import { viDateLong } from './dates';
import { verificationFigures } from './figures';
import { currentVerdict, layerOf, type LayersInput } from './types';

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
  period: Period;
  /** Revision of the commune's file that was verified. */
  revision: number;
  team: readonly TeamMember[];
  /** Date of the minutes (ms since epoch). */
  date: number;
  /** Where the team met; '' to leave it out. */
  place?: string;
  selfEntries: readonly Pick<EntryData, 'code' | 'raw'>[];
  layers: LayersInput;
}

/** An adjusted indicator: self → verified value and points, and the reason. */
export interface MinutesAdjusted {
  code: string;
  name: string;
  maxPoints: number;
  selfDisplay: string;
  verifiedDisplay: string;
  selfPoints: number;
  verifiedPoints: number;
  remark: string;
}

/** An outstanding request. */
export interface MinutesRequested {
  code: string;
  name: string;
  selfDisplay: string;
  remark: string;
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
  opening: string;
  adjusted: MinutesAdjusted[];
  requested: MinutesRequested[];
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
  return name.replace(/^(Huyện|Quận|Thị xã|Thành phố|Xã|Phường|Thị trấn)(?=\s)/u, (w) => w.toLowerCase());
}

/** Formats an index (0–1) with 4 decimals: 0.58741 → "0,5874". */
export function formatIndex(index: number): string {
  return formatViNumber(index, 4);
}

/** A sentence continued after a semicolon: its first letter in lower case ("Đã hoàn thành" → "đã hoàn thành"). */
function continued(sentence: string): string {
  return sentence.charAt(0).toLocaleLowerCase('vi') + sentence.slice(1);
}

/** Builds the minutes of one commune's verification. */
export function minutesModel(input: MinutesInput): MinutesModel {
  const fw = input.framework;
  const fig = verificationFigures(fw, input.selfEntries, input.layers);
  const self = new Map<string, RawValue>(input.selfEntries.map((e) => [e.code, e.raw]));
  const adjusted: MinutesAdjusted[] = [];
  const requested: MinutesRequested[] = [];
  for (const ind of fw.indicators) {
    const layer = layerOf(input.layers, ind.code);
    const v = currentVerdict(layer);
    const selfDisplay = displayValue(ind, self.get(ind.code) ?? {});
    if (layer && v === 'adjust') {
      adjusted.push({
        code: ind.code,
        name: ind.name,
        maxPoints: ind.maxPoints,
        selfDisplay,
        verifiedDisplay: displayValue(ind, layer.raw),
        selfPoints: fig.self.scores.get(ind.code)?.points ?? 0,
        verifiedPoints: fig.verified.scores.get(ind.code)?.points ?? 0,
        remark: layer.remark,
      });
    } else if (layer && v === 'request') {
      requested.push({ code: ind.code, name: ind.name, selfDisplay, remark: layer.remark });
    }
  }
  const unitName = input.unit.name.normalize('NFC').trim();
  const unit = nameInSentence(unitName);
  const district = nameInSentence(input.district.name.normalize('NFC').trim());
  const periodText = periodLabel(input.period);
  const dateText = viDateLong(input.date);
  const place = (input.place ?? '').normalize('NFC').trim();
  const s = fig.self;
  const ver = fig.verified;
  const conclusion =
    `Tổ thẩm tra thống nhất kết quả thẩm tra của ${unit}: ${formatPoints(ver.points)}/${formatPointsShort(ver.maxPoints)} điểm ` +
    `(tự đánh giá ${formatPoints(s.points)} điểm), chỉ số ${formatIndex(ver.index)}; ${continued(unitSentence(ver, { unenteredAsNotDone: true }))}.`;
  const follow: string[] = [];
  if (requested.length > 0)
    follow.push(
      `Đề nghị ${unit} bổ sung, giải trình ${requested.length} chỉ số nêu tại mục III và gửi lại hồ sơ cho Tổ thẩm tra.`,
    );
  if (fig.progress.pending > 0)
    follow.push(`Còn ${fig.progress.pending}/${fig.progress.total} chỉ số chưa có kết luận thẩm tra.`);
  return {
    issuer: `UBND ${input.district.name.normalize('NFC').trim()}`.toLocaleUpperCase('vi'),
    title: 'BIÊN BẢN THẨM TRA',
    subtitle: `Kết quả tự đánh giá mức độ chuyển đổi số ${periodText} của ${unit}`,
    unitName,
    districtName: input.district.name.normalize('NFC').trim(),
    periodText,
    revision: input.revision,
    dateText,
    place,
    team: input.team.map((m) => ({
      name: m.name.normalize('NFC').trim(),
      position: m.position.normalize('NFC').trim(),
    })),
    opening: `Hôm nay, ${dateText}${place === '' ? '' : `, tại ${place}`}, Tổ thẩm tra ${district} tiến hành thẩm tra, xác minh số liệu tự đánh giá ${periodText} của ${unit} (tệp tự đánh giá lần ${input.revision}).`,
    adjusted,
    requested,
    pending: fig.progress.pending,
    totals: { self: total(s), verified: total(ver) },
    conclusion,
    followUp: follow.join(' '),
    closing:
      'Biên bản được lập thành 02 bản có giá trị như nhau, đã được đọc lại cho các thành viên cùng nghe và thống nhất ký tên.',
  };
}
