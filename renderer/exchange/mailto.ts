/**
 * The e-mail hand-off as a `mailto:` URL: address check and the URL (RFC 6068: subject and body percent-encoded
 * as UTF-8, line breaks as %0D%0A); the words are shared/verify/handoff.ts. Tested without a DOM.
 */
import { MAX_URL_LENGTH } from '@shared/ipc/validate';
import { handoffBody, handoffSubject, mailtoUrl, type HandoffMailInput } from '@shared/verify/handoff';
import { say } from '../i18n/say';

// Deliberately narrower than RFC 5322: a plain address a government mail server hands out, with nothing that
// would need encoding in a mailto: URL or could add a second recipient (',' ';' '?' '&' '%' spaces).
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** Checks an address typed in Cài đặt: the trimmed address, or the reason in the UI language. */
export function checkEmail(input: string): { ok: true; email: string } | { ok: false; error: string } {
  const email = input.trim();
  if (email === '') return { ok: false, error: say('email.empty') };
  if (email.length > 254) return { ok: false, error: say('email.tooLong') };
  if (!EMAIL.test(email) || email.includes('..') || /^\.|\.@|@-|-\.|\.-/.test(email)) {
    return { ok: false, error: say('email.invalid') };
  }
  return { ok: true, email };
}

/** `mailto:to?subject=…&body=…` with every Vietnamese character percent-encoded (shared/verify/handoff.ts). */
export const buildMailto = mailtoUrl;

/**
 * The hand-off URL. The summary sentence in Vietnamese grows about 6× once encoded; when the URL would pass the
 * length the desktop bridge accepts, the body leaves the sentence out (it is in the workbook's Tổng hợp sheet and
 * in the text "Sao chép nội dung thư" copies).
 */
export function handoffMailto(to: string, mail: HandoffMailInput): { url: string; sentenceIncluded: boolean } {
  const subject = handoffSubject(mail);
  const full = buildMailto(to, subject, handoffBody(mail, true));
  if (full.length <= MAX_URL_LENGTH) return { url: full, sentenceIncluded: mail.report.sentence !== '' };
  return { url: buildMailto(to, subject, handoffBody(mail, false)), sentenceIncluded: false };
}
