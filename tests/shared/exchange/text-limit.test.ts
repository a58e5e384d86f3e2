// The typed-length limit: counted as the export counts, a counter near the limit, edits past it refused by name.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT, normalizeInfo } from '../../../shared/exchange/manifest';
import { tooLongText } from '../../../shared/exchange/export';
import { checkTypedLength, countText, overLimitMessage } from '../../../shared/exchange/text-limit';

describe('typed text limit', () => {
  it('shows the counter from 80 % of the limit, in Vietnamese number format', () => {
    expect(countText('a'.repeat(7999)).show).toBe(false);
    const c = countText('a'.repeat(8123));
    expect(c).toMatchObject({ show: true, over: false, label: '8.123/10.000 ký tự' });
    expect(countText('a'.repeat(MAX_TEXT + 1))).toMatchObject({ over: true, label: '10.001/10.000 ký tự' });
  });

  it('counts as the export does: NFD typing and CR LF count as they will be written', () => {
    const nfd = 'ệ'.normalize('NFD').repeat(MAX_TEXT);
    expect(nfd.length).toBe(3 * MAX_TEXT);
    expect(countText(nfd).over).toBe(false);
    expect(countText('a\r\n'.repeat(MAX_TEXT / 2)).length).toBe(MAX_TEXT);
  });

  it('refuses an edit that takes the text past the limit, naming the indicator and field', () => {
    const where = 'chỉ số 1.3, mục "Giải trình"';
    const r = checkTypedLength('ngắn', 'x'.repeat(100_000), where);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(where);
      expect(r.message).toContain('100.000 ký tự');
      expect(r.message).toContain('10.000 ký tự');
    }
    expect(checkTypedLength('', 'x'.repeat(MAX_TEXT), where).ok).toBe(true);
  });

  it('always accepts an edit that shortens a text already past the limit', () => {
    const long = 'x'.repeat(MAX_TEXT + 500);
    expect(checkTypedLength(long, long.slice(1), 'ô').ok).toBe(true);
    expect(checkTypedLength(long, `${long}y`, 'ô').ok).toBe(false);
    expect(overLimitMessage(countText(long), 'chỉ số 2.1, mục "Giải trình"')).toMatch(
      /chỉ số 2\.1, mục "Giải trình" dài 10\.500 ký tự, quá giới hạn 10\.000 ký tự/,
    );
  });

  it('agrees with the export: a text the counter passes, the export passes', () => {
    const at = (note: string) =>
      tooLongText({
        info: normalizeInfo({}),
        entries: [{ code: '1.3', raw: {}, evidence: { docNumber: '', docDate: '', summary: '', link: '' }, note }],
      });
    expect(at('x'.repeat(MAX_TEXT))).toBeUndefined();
    expect(at('x'.repeat(MAX_TEXT + 1))).toBe('chỉ số 1.3, mục "Giải trình" (10.001 ký tự)');
  });
});
