import { describe, expect, it } from 'vitest';
import {
  appendChanges,
  booksWithLogs,
  flattenLogs,
  logKey,
  logOfBook,
  logsFromLines,
  logsOfBook,
  recordInLog,
} from '../../../shared/history/log';

const ch = (code: string, field: string, old: string, next: string, at: number) => ({
  assessmentId: 'a1',
  code,
  field,
  old,
  new: next,
  at,
});

describe('history logs (one per assessment × indicator)', () => {
  it('appends changes to their own logs in order, leaving the given logs untouched', () => {
    const held = { assessmentId: 'a1', code: '1.2', lines: [{ field: 'note', old: '', new: 'a', at: 1 }] };
    const logs = new Map([[logKey('a1', '1.2'), held]]);
    const out = appendChanges(logs, [
      ch('1.2', 'note', 'a', 'b', 2),
      ch('', 'import', '', 'r1', 3),
      ch('1.2', 'note', 'b', 'c', 4),
    ]);
    expect(out).toEqual([
      {
        assessmentId: 'a1',
        code: '1.2',
        lines: [
          { field: 'note', old: '', new: 'a', at: 1 },
          { field: 'note', old: 'a', new: 'b', at: 2 },
          { field: 'note', old: 'b', new: 'c', at: 4 },
        ],
      },
      { assessmentId: 'a1', code: '', lines: [{ field: 'import', old: '', new: 'r1', at: 3 }] },
    ]);
    expect(held.lines).toHaveLength(1);
  });

  it('coalesces a change of the same field within the window, drops one that undoes it, starts a line after it', () => {
    let log = recordInLog(undefined, ch('1.2', 'raw.value', '', '1', 1000), 60_000);
    log = recordInLog(log, ch('1.2', 'raw.value', '1', '12', 2000), 60_000);
    expect(log.lines).toEqual([{ field: 'raw.value', old: '', new: '12', at: 2000 }]);
    expect(recordInLog(log, ch('1.2', 'raw.value', '12', '', 3000), 60_000).lines).toEqual([]);
    log = recordInLog(log, ch('1.2', 'note', '', 'x', 3000), 60_000);
    log = recordInLog(log, ch('1.2', 'note', 'x', 'y', 70_000), 60_000);
    expect(log.lines.map((l) => [l.field, l.old, l.new])).toEqual([
      ['raw.value', '', '12'],
      ['note', '', 'x'],
      ['note', 'x', 'y'],
    ]);
  });

  it('turns one-row-per-change history (v2) into logs in seq order and back, no line lost or changed', () => {
    const rows = [
      { seq: 3, ...ch('1.2', 'verdict', '', 'Đồng ý', 3) },
      { seq: 1, ...ch('', 'import', '', 'r1', 1) },
      { seq: 2, ...ch('1.2', 'raw.numerator', '', '3', 2) },
      { seq: 4, ...ch('', 'import', 'r1', 'r2', 4) },
    ];
    const logs = logsFromLines(rows);
    expect(logs.map((l) => [l.code, l.lines.map((x) => x.at)])).toEqual([
      ['', [1, 4]],
      ['1.2', [2, 3]],
    ]);
    const back = flattenLogs(logs).sort((a, b) => a.at - b.at);
    expect(back).toEqual([...rows].sort((a, b) => a.seq - b.seq).map(({ seq: _s, ...r }) => r));
  });
});

describe('history books (v4: one per assessment, each indicator a log)', () => {
  const line = (field: string, at: number) => ({ field, old: '', new: String(at), at });

  it('puts logs into their books, replacing only their indicators, leaving the given books untouched', () => {
    const held = { assessmentId: 'a1', logs: { '1.2': [line('note', 1)], '': [line('import', 0)] } };
    const copy = structuredClone(held);
    const out = booksWithLogs(new Map([['a1', held]]), [
      { assessmentId: 'a1', code: '1.2', lines: [line('note', 1), line('note', 2)] },
      { assessmentId: 'a2', code: '3.1', lines: [line('raw.value', 3)] },
    ]);
    expect(held).toEqual(copy);
    expect(out).toEqual([
      { assessmentId: 'a1', logs: { '1.2': [line('note', 1), line('note', 2)], '': [line('import', 0)] } },
      { assessmentId: 'a2', logs: { '3.1': [line('raw.value', 3)] } },
    ]);
  });

  it('reads one log or all of them in key order, and nothing for an indicator without one', () => {
    const book = { assessmentId: 'a1', logs: { '10.1': [line('note', 3)], '2.1': [line('note', 2)], '': [] } };
    expect(logOfBook(book, '2.1')).toEqual({ assessmentId: 'a1', code: '2.1', lines: [line('note', 2)] });
    expect(logOfBook(book, '9.9')).toBeUndefined();
    expect(logOfBook(book, 'toString')).toBeUndefined();
    expect(logOfBook(undefined, '2.1')).toBeUndefined();
    expect(logsOfBook(book).map((l) => l.code)).toEqual(['', '10.1', '2.1']);
  });
});
