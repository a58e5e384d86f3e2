/**
 * The length limit of a typed text, where it is typed: the same count the export checks (`cleanText`, so NFD typing
 * or CR LF line breaks count as they will be written), a counter near the limit, and an edit that would take the
 * text past it refused with a message naming the indicator and field. An edit that shortens a text already over
 * the limit (from an older version or an import) is always accepted, so the officer can bring it back under.
 */
import { formatViNumber } from '../text/numbers';
import { cleanText, MAX_TEXT } from './manifest';

/** The counter appears from this share of the limit. */
export const COUNTER_FROM = 0.8;

/** How a text stands against its limit. */
export interface TextCount {
  length: number;
  max: number;
  /** Near or past the limit: the counter is shown. */
  show: boolean;
  over: boolean;
  /** "8.123/10.000 ký tự". */
  label: string;
}

/** Counts `value` as the export will. */
export function countText(value: string, max = MAX_TEXT): TextCount {
  const length = cleanText(value).length;
  return {
    length,
    max,
    show: length >= max * COUNTER_FROM,
    over: length > max,
    label: `${formatViNumber(length)}/${formatViNumber(max)} ký tự`,
  };
}

/**
 * Whether an edit from `prev` to `next` is taken: refused only when it makes the text longer and past `max`.
 * `where` names the field ("chỉ số 1.3, mục Giải trình").
 */
export function checkTypedLength(
  prev: string,
  next: string,
  where: string,
  max = MAX_TEXT,
): { ok: true } | { ok: false; message: string } {
  const n = countText(next, max);
  if (!n.over || n.length <= countText(prev, max).length) return { ok: true };
  return {
    ok: false,
    message: `Chưa nhận nội dung vừa gõ hoặc dán ở ${where}: ô sẽ dài ${formatViNumber(n.length)} ký tự, quá giới hạn ${formatViNumber(max)} ký tự của một mục (giới hạn để tệp Excel xuất ra mở được an toàn). Hãy rút gọn nội dung rồi gõ hoặc dán lại.`,
  };
}

/** The message under a text already past the limit (kept as it was saved; the export is refused until shortened). */
export function overLimitMessage(count: TextCount, where: string): string {
  return `Nội dung ở ${where} dài ${formatViNumber(count.length)} ký tự, quá giới hạn ${formatViNumber(count.max)} ký tự: chưa xuất được tệp Excel cho đến khi rút gọn.`;
}
