// The results of a committed batch: one headline with the counts, the files not imported first (refused before
// skipped before unchanged), the imported ones folded under one line when a province's batch brings many.
import '../../memory-storage';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CommitResult } from '../../../../renderer/exchange/import-pipeline';
import { ImportPanel } from '../../../../renderer/features/verify/import-panel';
import { ImportResults, OPEN_IMPORTED_LINES } from '../../../../renderer/features/verify/import-results';
import type { useImportFlow } from '../../../../renderer/features/verify/use-import';

const ok = (i: number): CommitResult => ({
  fileName: `xa-${i}.xlsx`,
  kind: 'imported',
  message: `Đã nhập Xã ${i} r1.`,
});
const refused: CommitResult = { fileName: 'hong.xlsx', kind: 'refused', message: 'Chưa nhập được: hỏng.' };
const skipped: CommitResult = { fileName: 'khac.xlsx', kind: 'skipped', message: 'Không nhập — Sai kỳ' };
const same: CommitResult = { fileName: 'cu.xlsx', kind: 'unchanged', message: 'Đã nhập bản này trước đó.' };

/** The page's text in reading order, one line per block (headline, each list item, the fold's summary). */
function lines(results: CommitResult[]): string[] {
  const html = renderToStaticMarkup(<ImportResults results={results} />);
  return html
    .replace(/<(li|p|summary)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('import results', () => {
  it('a province batch: the headline counts, the files to act on first, the 150 imported folded', () => {
    const results = [ok(1), same, ok(2), skipped, ...Array.from({ length: 148 }, (_, i) => ok(i + 3)), refused];
    const html = renderToStaticMarkup(<ImportResults results={results} />);
    expect(lines(results).slice(0, 5)).toEqual([
      'Đã nhập 150/153 tệp. 1 tệp đã nhập từ trước, không có gì thay đổi. 2 tệp không nhập (lý do ở dưới).',
      'hong.xlsx: Chưa nhập được: hỏng.',
      'khac.xlsx: Không nhập — Sai kỳ',
      'cu.xlsx: Đã nhập bản này trước đó.',
      'Xem 150 tệp đã nhập',
    ]);
    // Folded, not dropped: every imported line is in the page, in the files' order, under a closed <details>.
    expect(html).toMatch(/<details><summary>/);
    expect(html.match(/class="form-ok"/g)).toHaveLength(150);
    expect(lines(results)[5]).toBe('xa-1.xlsx: Đã nhập Xã 1 r1.');
  });

  it('a small batch lists its imported files open, and a headline without the counts that are zero', () => {
    const results = Array.from({ length: OPEN_IMPORTED_LINES }, (_, i) => ok(i + 1));
    expect(renderToStaticMarkup(<ImportResults results={results} />)).not.toContain('<details');
    expect(lines(results)[0]).toBe(`Đã nhập ${OPEN_IMPORTED_LINES}/${OPEN_IMPORTED_LINES} tệp.`);
    expect(lines(results)).toHaveLength(OPEN_IMPORTED_LINES + 1);
  });

  it('while a batch is stored, the panel counts the files stored so far', () => {
    const noop = () => undefined;
    const flow = {
      state: { kind: 'committing', plans: [], choices: [], done: 40, total: 129 },
      ...Object.fromEntries(
        ['prepare', 'receive', 'setChoice', 'confirm', 'cancel', 'addFromFiles', 'acceptParent'].map((k) => [k, noop]),
      ),
    } as unknown as ReturnType<typeof useImportFlow>;
    const html = renderToStaticMarkup(<ImportPanel flow={flow} />);
    expect(html).toContain('<progress max="129" value="40"></progress><span>Đang nhập tệp 41/129…</span>');
    expect(html).toContain('Đang nhập…');
  });
});
