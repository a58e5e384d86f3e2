/**
 * Writes the minutes (Biên bản thẩm tra) into a sheet of the layout model as a BIÊN BẢN (Nghị định 30/2020/NĐ-CP):
 * header block (UBND … / TỔ THẨM TRA, "Số: …/BB-TTTr", motto, place and date), title and subject, time and
 * place, who attended (the team, the commune's representatives), the adjusted and requested indicators, the
 * result, the conclusion, the end time, and both sides' signatures in one row. `writeMinutes` appends one commune's
 * minutes at a row so the consolidated workbook can put every commune's minutes one after another on one sheet.
 * The content is ./minutes.ts; this file is layout only.
 */
import {
  type AdminHeader,
  type Halves,
  SIGN_PERSON,
  type Signature,
  writeAdminHeader,
  writeClosing,
  writeTitles,
} from '../documents/admin-block';
import { DEFAULT_DOC_SETTINGS, type DocSettings } from '../documents/settings';
import { dateLine, documentNumber, placeOf } from '../documents/words';
import type { SheetDoc } from '../excel/doc';
import { type CellStyle, S } from '../excel/styles';
import { SheetBuilder } from '../excel/sheet-builder';
import { formatPointsShort, roundPoints, shownDiff } from '../scoring/format';
import { formatIndex, type MinutesModel, nameInSentence, roundRemark, type TeamMember } from './minutes';

const LAST = 7; // columns A–H
const HALVES: Halves = { left: [0, 2], right: [3, LAST] };

/** Column widths of a minutes sheet. */
export const MINUTES_WIDTHS: readonly number[] = [4, 6, 26, 13, 8, 13, 8, 22];

/** The words of the minutes' header block and signatures that are not in the model. */
export interface MinutesDoc {
  number: string;
  place: string;
  /** When the minutes were made (ms). */
  at: number;
}

/** The minutes' words from the verifier's settings. */
export function minutesDoc(settings: DocSettings = DEFAULT_DOC_SETTINGS, at = Date.now()): MinutesDoc {
  return { number: settings.numbers.minutes, place: settings.place, at };
}

function line(b: SheetBuilder, r: number, text: string, style: CellStyle = S.para): number {
  b.para(r, 0, LAST, text, style);
  return r + 1;
}

/** The minutes' header block: the verifier over TỔ THẨM TRA, "Số: …/BB-TTTr", place and date (sheet and print). */
export function minutesHeader(m: MinutesModel, doc: MinutesDoc): AdminHeader {
  const place = doc.place.trim() === '' ? placeOf(m.districtName) : doc.place;
  return {
    supervising: m.issuer,
    issuing: 'TỔ THẨM TRA',
    number: documentNumber(doc.number, 'BB', 'TTTr'),
    dateLine: dateLine(place, doc.at),
  };
}

/** Both sides' signatures: the commune's representative (left) and the team leader (right). */
export function minutesSignatures(m: MinutesModel): { left: Signature; right: Signature } {
  const leader = m.team.find((t) => /tổ trưởng/iu.test(t.position)) ?? m.team[0];
  return {
    left: {
      authority: `ĐẠI DIỆN ${m.unitName.toLocaleUpperCase('vi')}`,
      title: '',
      note: SIGN_PERSON,
      name: m.communeReps[0]?.name ?? '',
    },
    right: { authority: 'ĐẠI DIỆN TỔ THẨM TRA', title: 'TỔ TRƯỞNG', note: SIGN_PERSON, name: leader?.name ?? '' },
  };
}

/** Dots where a name or position is written by hand. */
const HAND_DOTS = '…………………………………………';

/**
 * Who attended, side by side as the minutes list them: the team, then the commune's representatives. A side with
 * nobody entered is `byHand`: empty people to write in by hand (three for the team, two for the commune), as on a
 * printed form.
 */
export function attendees(m: MinutesModel): { heading: string; people: TeamMember[]; byHand: boolean }[] {
  const side = (heading: string, people: TeamMember[], blanks: number) =>
    people.length > 0
      ? { heading, people, byHand: false }
      : { heading, people: Array.from({ length: blanks }, () => ({ name: '', position: '' })), byHand: true };
  return [side('1. Tổ thẩm tra', m.team, 3), side(`2. Đại diện UBND ${nameInSentence(m.unitName)}`, m.communeReps, 2)];
}

/** Writes `m` from row `r0` (0-based); returns the first row after it. */
export function writeMinutes(b: SheetBuilder, m: MinutesModel, r0: number, doc: MinutesDoc = minutesDoc()): number {
  let r = writeAdminHeader(b, minutesHeader(m, doc), HALVES, r0);
  r = writeTitles(b, r, LAST, ['BIÊN BẢN', `Thẩm tra ${m.subtitle.charAt(0).toLowerCase()}${m.subtitle.slice(1)}`]);
  r = line(b, r, m.opening);
  r = line(b, r + 1, 'I. THÀNH PHẦN', S.paraBold);
  for (const side of attendees(m)) {
    r = line(b, r, side.heading, S.paraBold);
    side.people.forEach((t, i) => {
      b.text(r, 0, String(i + 1), S.tdCenter)
        .text(r, 1, side.byHand ? `Ông/Bà ${HAND_DOTS}` : t.name, S.td)
        .merge(r, 1, r, 2)
        .text(r, 3, side.byHand ? `Chức vụ: ${HAND_DOTS}` : t.position, S.td)
        .merge(r, 3, r, LAST);
      r++;
    });
  }
  r = line(b, r + 1, `II. CÁC CHỈ SỐ ĐIỀU CHỈNH (${m.adjusted.length})`, S.paraBold);
  [
    'TT',
    'Mã',
    'Chỉ số',
    'Số liệu tự đánh giá',
    'Điểm tự chấm',
    'Số liệu thẩm tra',
    'Điểm thẩm tra',
    'Lý do điều chỉnh',
  ].forEach((h, c) => b.text(r, c, h, S.th));
  r++;
  m.adjusted.forEach((a, i) => {
    b.num(r, 0, i + 1, S.tdInt)
      .text(r, 1, a.code, S.tdCenter)
      .text(r, 2, a.name)
      .text(r, 3, a.selfDisplay, S.tdRight)
      .num(r, 4, roundPoints(a.selfPoints));
    b.text(r, 5, a.verifiedDisplay, S.tdRight).num(r, 6, roundPoints(a.verifiedPoints)).text(r, 7, roundRemark(a));
    r++;
  });
  r = line(b, r + 1, `III. CÁC CHỈ SỐ YÊU CẦU BỔ SUNG (${m.requested.length})`, S.paraBold);
  ['TT', 'Mã', 'Chỉ số', 'Số liệu tự đánh giá', 'Nội dung yêu cầu bổ sung'].forEach((h, c) => b.text(r, c, h, S.th));
  b.merge(r, 4, r, LAST);
  r++;
  m.requested.forEach((q, i) => {
    b.num(r, 0, i + 1, S.tdInt)
      .text(r, 1, q.code, S.tdCenter)
      .text(r, 2, q.name)
      .text(r, 3, q.selfDisplay, S.tdRight)
      .text(r, 4, roundRemark(q))
      .merge(r, 4, r, LAST);
    b.fit(r, 4, LAST, roundRemark(q));
    r++;
  });
  r = line(b, r + 1, 'IV. KẾT QUẢ', S.paraBold);
  // "Tự đánh giá" spans columns 3–4 (the details tables' self value and points), so no headless column shows.
  b.text(r, 2, 'Nội dung', S.th).text(r, 3, 'Tự đánh giá', S.th).merge(r, 3, r, 4);
  b.text(r, 5, 'Thẩm tra', S.th).text(r, 6, 'Chênh lệch', S.th);
  r++;
  const { self: s, verified: v } = m.totals;
  b.text(r, 2, `Tổng điểm (tối đa ${formatPointsShort(s.maxPoints)})`)
    .num(r, 3, roundPoints(s.points))
    .merge(r, 3, r, 4)
    .num(r, 5, roundPoints(v.points))
    .num(r, 6, shownDiff(s.points, v.points));
  r++;
  b.text(r, 2, 'Hoàn thành và cơ bản hoàn thành')
    .text(r, 3, `${s.completed}/${s.total}`, S.tdRight)
    .merge(r, 3, r, 4)
    .text(r, 5, `${v.completed}/${v.total}`, S.tdRight)
    .num(r, 6, v.completed - s.completed, S.tdInt);
  r++;
  b.text(r, 2, 'Chỉ số (điểm ÷ điểm tối đa)')
    .text(r, 3, formatIndex(s), S.tdRight)
    .merge(r, 3, r, 4)
    .text(r, 5, formatIndex(v), S.tdRight)
    .text(r, 6, '');
  r++;
  r = line(b, r + 1, m.conclusion);
  if (m.followUp !== '') r = line(b, r, m.followUp);
  r = line(b, r, m.closing);
  return writeClosing(b, r + 1, HALVES, minutesSignatures(m));
}

/** The minutes of one commune as a sheet of its own (A4 portrait, one page wide). */
export function minutesSheet(m: MinutesModel, doc?: MinutesDoc): SheetDoc {
  const b = new SheetBuilder(MINUTES_WIDTHS);
  writeMinutes(b, m, 0, doc);
  return b.finish(MINUTES_WIDTHS, { page: { orientation: 'portrait', lastCol: LAST } });
}
