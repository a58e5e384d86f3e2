/**
 * The e-mail hand-off to the province as pure text: address check, subject, body and the `mailto:` URL
 * (RFC 6068: subject and body percent-encoded as UTF-8, line breaks as %0D%0A). Tested without a DOM.
 */
import type { Period } from '@shared/entry/types';
import { MAX_URL_LENGTH } from '@shared/ipc/validate';

// Deliberately narrower than RFC 5322: a plain address a government mail server hands out, with nothing that
// would need encoding in a mailto: URL or could add a second recipient (',' ';' '?' '&' '%' spaces).
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** Checks an address typed in Cài đặt: the trimmed address, or a Vietnamese reason. */
export function checkEmail(input: string): { ok: true; email: string } | { ok: false; error: string } {
  const email = input.trim();
  if (email === '') return { ok: false, error: 'Chưa nhập địa chỉ thư điện tử.' };
  if (email.length > 254) return { ok: false, error: 'Địa chỉ thư điện tử quá dài.' };
  if (!EMAIL.test(email) || email.includes('..') || /^\.|\.@|@-|-\.|\.-/.test(email)) {
    return { ok: false, error: 'Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: sotttt@ninhbinh.gov.vn).' };
  }
  return { ok: true, email };
}

/** "năm 2025" or "6 tháng đầu năm 2025", as the subject says it. */
function periodWords(period: Period): string {
  return period.kind === 'year' ? `năm ${period.year}` : `6 tháng đầu năm ${period.year}`;
}

/** "Kết quả đánh giá chuyển đổi số năm 2025 — Huyện Gia Viễn". */
export function handoffSubject(districtName: string, period: Period): string {
  return `Kết quả đánh giá chuyển đổi số ${periodWords(period)} — ${districtName.normalize('NFC').trim()}`;
}

/** What the body says. */
export interface HandoffBodyInput {
  districtName: string;
  period: Period;
  fileName: string;
  communes: number;
  sentence: string;
}

/** The body, lines joined by CRLF; `withSentence: false` leaves the summary sentence to the workbook. */
export function handoffBody(i: HandoffBodyInput, withSentence = true): string {
  const lines = [
    'Kính gửi: Cơ quan thường trực chuyển đổi số của tỉnh,',
    '',
    `${i.districtName} gửi kết quả tự đánh giá và kết quả thẩm tra mức độ chuyển đổi số ${periodWords(i.period)} của huyện và ${i.communes} xã.`,
    `Tệp đính kèm: ${i.fileName}`,
  ];
  if (withSentence && i.sentence) lines.push('', `Tóm tắt: ${i.sentence}`);
  lines.push('', 'Trân trọng.');
  return lines.join('\r\n');
}

/** `mailto:to?subject=…&body=…` with every Vietnamese character percent-encoded. */
export function buildMailto(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject.normalize('NFC'))}&body=${encodeURIComponent(body.normalize('NFC'))}`;
}

/**
 * The hand-off URL. The summary sentence in Vietnamese grows about 6× once encoded; when the URL would pass the
 * length the desktop bridge accepts, the body leaves the sentence out (it is in the workbook's Tổng hợp sheet).
 */
export function handoffMailto(to: string, body: HandoffBodyInput): { url: string; sentenceIncluded: boolean } {
  const subject = handoffSubject(body.districtName, body.period);
  const full = buildMailto(to, subject, handoffBody(body, true));
  if (full.length <= MAX_URL_LENGTH) return { url: full, sentenceIncluded: body.sentence !== '' };
  return { url: buildMailto(to, subject, handoffBody(body, false)), sentenceIncluded: false };
}
