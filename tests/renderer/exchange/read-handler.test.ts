// The import worker's dispatch: a request's kind picks the shared reader, and the answer is that reader's value
// (refusals too, in the kind's own shape, in Vietnamese); the memory checkpoint stops every kind.
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { workbookToFramework } from '../../../shared/exchange/framework-workbook';
import { openOutsideWorkbook } from '../../../shared/exchange/open-workbook';
import { MEMORY_MESSAGE } from '../../../shared/exchange/read-limits';
import { readUnitSheet } from '../../../shared/units/unit-sheet';
import { readRemarksFile } from '../../../shared/verify/remarks-read';
import type { WorkerResponse } from '../../../renderer/exchange/import-reader';
import { isMemoryRefusal, OUTSIDE_KINDS, type OutsideKind } from '../../../renderer/exchange/outside-kinds';
import { createReadHandler } from '../../../renderer/exchange/read-handler';
import { communeFw, resolveCommune } from '../../shared/exchange/sample';
import { goodFiles, hostileFiles } from './outside-files';

const files = await goodFiles();

/** What each kind's own shared reader gives for `bytes`. */
const direct: Record<OutsideKind, (bytes: Uint8Array) => unknown> = {
  assessment: (b) => readAssessmentFile(b, 'f.xlsx', { resolveFramework: resolveCommune }),
  remarks: (b) => readRemarksFile(b, 'f.xlsx'),
  framework: (b) => workbookToFramework(b),
  'unit-list': (b) => readUnitSheet(b),
};

/** The message an officer sees for a result of `kind`: the first error, or '' when it was read. */
function messageOf(kind: OutsideKind, r: unknown): string {
  if (kind === 'unit-list') return (r as { errors: string[] }).errors[0] ?? '';
  if (kind === 'framework') {
    const f = r as { ok: boolean; errors?: { message: string }[] };
    return f.ok ? '' : (f.errors?.[0]?.message ?? '');
  }
  const x = r as { ok: boolean; error?: { message: string } };
  return x.ok ? '' : (x.error?.message ?? '');
}

function handler(heap: () => number | undefined = () => undefined) {
  const answers: WorkerResponse[] = [];
  const handle = createReadHandler({ post: (m) => answers.push(m), heapBytes: heap, readIn: 'worker' });
  handle({ type: 'init', frameworks: [communeFw] });
  let id = 0;
  return (kind: OutsideKind, bytes: Uint8Array): WorkerResponse => {
    handle({ type: 'read', id: ++id, kind, name: 'f.xlsx', bytes: bytes.slice().buffer });
    const a = answers.at(-1)!;
    expect(a.id).toBe(id);
    return a;
  };
}

describe('import worker dispatch', () => {
  it.each(OUTSIDE_KINDS)('%s: answers with that kind’s shared reader, for a good file', (kind) => {
    const read = handler();
    const answer = read(kind, files[kind]);
    expect(answer.readIn).toBe('worker');
    expect(answer.result).toEqual(direct[kind](files[kind]));
    expect(messageOf(kind, answer.result)).toBe('');
  });

  it('reads each good file only as its own kind (the kind, not the bytes, picks the reader)', () => {
    const read = handler();
    const unitsAsFramework = read('framework', files['unit-list']).result;
    expect(messageOf('framework', unitsAsFramework)).toContain('Không có trang tính "ChiSo" trong tệp.');
    const frameworkAsUnits = read('unit-list', files.framework).result as { items: unknown[]; errors: string[] };
    expect(Array.isArray(frameworkAsUnits.items) && Array.isArray(frameworkAsUnits.errors)).toBe(true);
    expect(frameworkAsUnits).toEqual(readUnitSheet(files.framework));
    const remarksAsAssessment = read('assessment', files.remarks).result;
    expect(messageOf('assessment', remarksAsAssessment)).toMatch(/^Tệp thiếu trang "Biểu mẫu 01"/);
  });

  it.each(hostileFiles().map((f) => [f.name, f.bytes] as const))(
    '%s: every kind refuses it with the door’s Vietnamese message',
    (_name, bytes) => {
      const door = openOutsideWorkbook(bytes);
      expect(door.ok).toBe(false);
      const expected = door.ok ? '' : door.error.message;
      expect(expected).toMatch(/^Tệp /);
      const read = handler();
      for (const kind of OUTSIDE_KINDS) {
        const answer = read(kind, bytes);
        expect(answer.result).toEqual(direct[kind](bytes));
        expect(messageOf(kind, answer.result)).toBe(expected);
      }
    },
  );

  it.each(OUTSIDE_KINDS)('%s: a heap past the cap stops the read with the memory refusal', (kind) => {
    const read = handler(() => 600 * 1024 * 1024);
    const answer = read(kind, files[kind]);
    expect(messageOf(kind, answer.result)).toBe(MEMORY_MESSAGE);
    expect(isMemoryRefusal(kind, answer.result)).toBe(true);
    expect(answer.heapBytes).toBe(600 * 1024 * 1024);
  });
});

describe('rehearsal while the files are chosen', () => {
  /** A handler whose later tasks are run by the test; `task()` runs one and says whether it read the sample. */
  function rehearsing() {
    const queue: (() => void)[] = [];
    const answers: WorkerResponse[] = [];
    let heapAsks = 0; // every assessment read asks the heap at its memory checkpoint
    const handle = createReadHandler({
      post: (m) => answers.push(m),
      heapBytes: () => void heapAsks++,
      readIn: 'worker',
      later: (fn) => queue.push(fn),
    });
    handle({ type: 'init', frameworks: [communeFw] });
    const task = () => {
      const before = heapAsks;
      queue.shift()?.();
      return heapAsks > before;
    };
    const rehearse = (rounds: number) => handle({ type: 'rehearse', bytes: files.assessment.slice().buffer, rounds });
    return { handle, queue, answers, task, rehearse };
  }

  it('reads the sample `rounds` times, one read per task, and answers nothing', () => {
    const { queue, answers, task, rehearse } = rehearsing();
    rehearse(3);
    expect(queue).toHaveLength(1); // nothing is read within the message itself
    let reads = 0;
    while (queue.length > 0) if (task()) reads++;
    expect(reads).toBe(3);
    expect(answers).toEqual([]);
  });

  it('stops at its next task once a file comes; the file is answered as without a rehearsal', () => {
    const { handle, queue, answers, task, rehearse } = rehearsing();
    rehearse(50);
    expect(task()).toBe(true);
    expect(task()).toBe(true);
    handle({ type: 'read', id: 7, kind: 'assessment', name: 'f.xlsx', bytes: files.assessment.slice().buffer });
    expect(answers.map((a) => a.id)).toEqual([7]);
    expect(answers[0]?.result).toEqual(direct.assessment(files.assessment));
    expect(task()).toBe(false);
    expect(queue).toHaveLength(0);
  });

  it('a new rehearsal replaces the one running', () => {
    const { queue, task, rehearse } = rehearsing();
    rehearse(50);
    rehearse(2);
    let reads = 0;
    while (queue.length > 0) if (task()) reads++;
    expect(reads).toBe(2);
  });
});
