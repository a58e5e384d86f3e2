/**
 * The verifier's hand-off as content: the checklist shown before the consolidated file is made, the note a
 * partial report carries, and the e-mail (a short công văn: Kính gửi, what is attached, the sentence, contact).
 * The verifier's level is a parameter (a district before 1/7/2025, a province after), so every word follows it.
 * Pure; the send card and the workbook read it.
 */
import type { Period } from '../entry/types';
import { formatPoints, formatPointsShort } from '../scoring/format';
import { nameInSentence } from './minutes';
import type { ReportRow, VerifierReport } from './report';

/** Who verifies: a district (before 1/7/2025) or a province (from 1/7/2025). */
export type VerifierLevel = 'district' | 'province';

/** The words of each level. */
export interface LevelWords {
  /** "huyện" / "tỉnh". */
  word: string;
  /** Default addressee of the report. */
  recipient: string;
  /** Whether the verifier also sends its own self-assessment (a district does; a province does not). */
  ownForm: boolean;
}

/** Words by level. */
export const LEVEL_WORDS: Readonly<Record<VerifierLevel, LevelWords>> = {
  district: { word: 'huyện', recipient: 'Cơ quan thường trực chuyển đổi số tỉnh', ownForm: true },
  province: { word: 'tỉnh', recipient: 'Ủy ban nhân dân tỉnh', ownForm: false },
};

/** The sending body as a công văn names it: "UBND huyện Gia Viễn", "Sở Khoa học và Công nghệ tỉnh Ninh Bình". */
export function senderName(level: VerifierLevel, unitName: string): string {
  const n = nameInSentence(unitName.normalize('NFC').trim()).replace(/^Tỉnh\s/u, 'tỉnh ');
  return level === 'province' ? `Sở Khoa học và Công nghệ ${n}` : `UBND ${n}`;
}

/** The verifier's own assessment, as far as it is filled (district only). */
export interface OwnForm {
  entered: number;
  total: number;
}

/** Where a checklist item's link leads. */
export type ChecklistFix = { kind: 'commune'; code: string } | { kind: 'board' } | { kind: 'own-form' };

/** One line of the checklist. */
export interface ChecklistItem {
  key: 'verified' | 'unverified' | 'missing' | 'own';
  ok: boolean;
  text: string;
  /** The units concerned (for links), at most `MAX_LISTED`. */
  units: { code: string; name: string; statusText: string }[];
  fix: ChecklistFix | null;
}

/** The checklist and what a partial report says of itself. */
export interface SendChecklist {
  items: ChecklistItem[];
  /** True when anything is missing: the officer must confirm, and the file and e-mail say so. */
  partial: boolean;
  /** "Báo cáo chưa đầy đủ: …" ('' when complete). */
  partialNote: string;
  /** The confirmation the officer ticks to send a partial report ('' when complete). */
  confirmText: string;
}

/** Units named in a checklist line before "và N xã khác". */
export const MAX_LISTED = 10;

function listed(rows: readonly ReportRow[]): string {
  const names = rows.slice(0, MAX_LISTED).map((r) => r.name);
  const more = rows.length - names.length;
  return more > 0 ? `${names.join(', ')} và ${more} xã khác` : names.join(', ');
}

/** The checklist of `report` (and the district's own form; `undefined` when the level has none). */
export function sendChecklist(report: VerifierReport, level: VerifierLevel, own?: OwnForm | null): SendChecklist {
  const c = report.counts;
  const w = LEVEL_WORDS[level];
  const unverified = report.rows.filter((r) => r.status === 'unverified');
  const missing = report.rows.filter((r) => r.status === 'missing');
  const unitsOf = (rows: readonly ReportRow[]) =>
    rows.slice(0, MAX_LISTED).map((r) => ({ code: r.code, name: r.name, statusText: r.statusText }));
  const items: ChecklistItem[] = [
    {
      key: 'verified',
      ok: c.received > 0 && c.verified === c.received,
      text: `Đã thẩm tra xong ${c.verified}/${c.received} xã đã nộp.`,
      units: [],
      fix: null,
    },
    {
      key: 'unverified',
      ok: unverified.length === 0,
      text:
        unverified.length === 0
          ? 'Không có xã nào đã nộp mà chưa thẩm tra xong.'
          : `${unverified.length} xã đã nộp nhưng chưa thẩm tra xong: ${listed(unverified)}.`,
      units: unitsOf(unverified),
      fix: unverified.length > 0 ? { kind: 'board' } : null,
    },
    {
      key: 'missing',
      ok: missing.length === 0,
      text:
        missing.length === 0
          ? `Đã nhận tệp của cả ${c.units} xã.`
          : `${missing.length}/${c.units} xã chưa nộp: ${listed(missing)}.`,
      units: unitsOf(missing),
      fix: missing.length > 0 ? { kind: 'board' } : null,
    },
  ];
  if (w.ownForm) {
    const done = own !== undefined && own !== null && own.total > 0 && own.entered === own.total;
    items.push({
      key: 'own',
      ok: done,
      text: !own
        ? `Biểu mẫu tự đánh giá của ${w.word}: chưa có bản tự đánh giá kỳ này.`
        : `Biểu mẫu tự đánh giá của ${w.word}: đã nhập ${own.entered}/${own.total} chỉ số${done ? '.' : ', chưa đủ.'}`,
      units: [],
      fix: done ? null : { kind: 'own-form' },
    });
  }
  const gaps: string[] = [];
  if (unverified.length > 0) gaps.push(`${unverified.length} xã chưa thẩm tra xong (${listed(unverified)})`);
  if (missing.length > 0) gaps.push(`${missing.length}/${c.units} xã chưa nộp`);
  if (w.ownForm && !(own && own.total > 0 && own.entered === own.total))
    gaps.push(
      own
        ? `biểu mẫu tự đánh giá của ${w.word} mới nhập ${own.entered}/${own.total} chỉ số`
        : `${w.word} chưa tự đánh giá`,
    );
  const partial = gaps.length > 0;
  return {
    items,
    partial,
    partialNote: partial
      ? `BÁO CÁO CHƯA ĐẦY ĐỦ: ${gaps.join('; ')}. Điểm thẩm tra, xếp hạng và nhận định chỉ tính ${c.verified} xã đã thẩm tra xong.`
      : '',
    confirmText: partial
      ? `Tôi biết báo cáo chưa đầy đủ (${gaps.join('; ')}) và vẫn gửi; tệp và thư sẽ ghi rõ là báo cáo chưa đầy đủ.`
      : '',
  };
}

/** "năm 2025" or "6 tháng đầu năm 2025". */
export function periodWords(period: Period): string {
  return period.kind === 'year' ? `năm ${period.year}` : `6 tháng đầu năm ${period.year}`;
}

/** Contact person printed at the end of the e-mail. */
export interface MailContact {
  name: string;
  position: string;
  phone: string;
  email: string;
}

/** What the e-mail says. */
export interface HandoffMailInput {
  level: VerifierLevel;
  /** The verifier's unit name ("Huyện Gia Viễn", "Tỉnh Ninh Bình"). */
  unitName: string;
  period: Period;
  fileName: string;
  report: VerifierReport;
  /** The checklist's note when partial ('' or undefined when complete). */
  partialNote?: string;
  /** Whether the verifier's own assessment is in the file (district). */
  withOwnForm?: boolean;
  contact?: MailContact | null;
  /** Addressee; default by level. */
  recipient?: string;
}

/** The subject: "Báo cáo kết quả đánh giá chuyển đổi số năm 2025 — UBND huyện Gia Viễn (chưa đầy đủ)". */
export function handoffSubject(i: Pick<HandoffMailInput, 'level' | 'unitName' | 'period' | 'partialNote'>): string {
  const partial = i.partialNote ? ' (chưa đầy đủ)' : '';
  return `Báo cáo kết quả đánh giá chuyển đổi số ${periodWords(i.period)} — ${senderName(i.level, i.unitName)}${partial}`;
}

function contactLine(c: MailContact | null | undefined): string {
  const parts = c
    ? [c.name, c.position, c.phone && `điện thoại ${c.phone}`, c.email && `thư điện tử ${c.email}`]
        .map((x) => x.normalize('NFC').trim())
        .filter((x) => x !== '')
    : [];
  return parts.length > 0
    ? `Đầu mối liên hệ: ${parts.join(', ')}.`
    : 'Đầu mối liên hệ: (họ tên, chức vụ, số điện thoại của người theo dõi).';
}

/**
 * The body as lines (joined by CRLF for a mailto: URL, by LF for the clipboard). `withSentence: false` leaves
 * the summary sentence to the workbook (a mailto: URL has a length limit); the copied text always has it.
 */
export function handoffBodyLines(i: HandoffMailInput, withSentence = true): string[] {
  const c = i.report.counts;
  const w = LEVEL_WORDS[i.level];
  const sender = senderName(i.level, i.unitName);
  const what =
    i.withOwnForm && w.ownForm
      ? `kết quả tự đánh giá của ${w.word} và kết quả thẩm tra các xã`
      : 'kết quả thẩm tra các xã';
  const lines = [
    `Kính gửi: ${(i.recipient ?? w.recipient).normalize('NFC').trim()}.`,
    '',
    `Thực hiện việc đánh giá mức độ chuyển đổi số ${periodWords(i.period)}, ${sender} gửi kèm theo thư này ${what}: đã nhận ${c.received}/${c.units} xã, đã thẩm tra xong ${c.verified} xã.`,
    `Tệp đính kèm: ${i.fileName}`,
  ];
  if (i.partialNote) lines.push('', i.partialNote);
  if (withSentence && i.report.sentence) lines.push('', `Tóm tắt: ${i.report.sentence}`);
  lines.push('', contactLine(i.contact), '', 'Trân trọng./.', sender);
  return lines;
}

/** The body joined by CRLF (RFC 6068 line breaks). */
export function handoffBody(i: HandoffMailInput, withSentence = true): string {
  return handoffBodyLines(i, withSentence).join('\r\n');
}

/** What "Sao chép nội dung thư" puts on the clipboard: subject, a blank line, the full body. */
export function handoffClipboard(i: HandoffMailInput): string {
  return [`Tiêu đề: ${handoffSubject(i)}`, '', ...handoffBodyLines(i, true)].join('\n');
}

/** What the commune's e-mail to its receiving unit says (after "Xuất Excel"). */
export interface CommuneMailInput {
  /** "Xã Gia Phong". */
  unitName: string;
  /** The receiving unit as named ("Huyện Gia Viễn", "Tỉnh Ninh Bình"). */
  receiverName: string;
  period: Period;
  fileName: string;
  revision: number;
  completed: number;
  total: number;
  points: number;
  maxPoints: number;
  contact?: MailContact | null;
}

/** "UBND xã Gia Phong". */
const ubnd = (name: string) => `UBND ${nameInSentence(name.normalize('NFC').trim())}`;

/** The receiving body: a district's UBND, or the province's Sở Khoa học và Công nghệ (from 1/7/2025). */
function receiverBody(name: string): string {
  const n = name.normalize('NFC').trim();
  if (/^(Sở|UBND|Ủy ban|Cơ quan)\s/u.test(n)) return n;
  return /^Tỉnh\s|^Thành phố\s.+(Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)$/u.test(n)
    ? `Sở Khoa học và Công nghệ ${nameInSentence(n).replace(/^Tỉnh\s/u, 'tỉnh ')}`
    : ubnd(n);
}

/** Subject, body (CRLF) and the text "Sao chép nội dung thư" copies, for the commune's file. */
export function communeMail(i: CommuneMailInput): { subject: string; body: string; clipboard: string } {
  const sender = ubnd(i.unitName);
  const subject = `Kết quả tự đánh giá chuyển đổi số ${periodWords(i.period)} — ${sender} (lần ${i.revision})`;
  const lines = [
    `Kính gửi: ${receiverBody(i.receiverName)}.`,
    '',
    `${sender} gửi kèm theo thư này kết quả tự đánh giá mức độ chuyển đổi số ${periodWords(i.period)} (tệp xuất lần ${i.revision}): hoàn thành và cơ bản hoàn thành ${i.completed}/${i.total} chỉ số, ${formatPoints(i.points)}/${formatPointsShort(i.maxPoints)} điểm tự đánh giá.`,
    `Tệp đính kèm: ${i.fileName}`,
    '',
    contactLine(i.contact),
    '',
    'Trân trọng./.',
    sender,
  ];
  return {
    subject,
    body: lines.join('\r\n'),
    clipboard: [`Tiêu đề: ${subject}`, '', ...lines].join('\n'),
  };
}

/** `mailto:to?subject=…&body=…` (RFC 6068), NFC first, every Vietnamese character percent-encoded as UTF-8. */
export function mailtoUrl(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject.normalize('NFC'))}&body=${encodeURIComponent(body.normalize('NFC'))}`;
}
