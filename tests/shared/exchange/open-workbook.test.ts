// The one door: every reader of outside workbooks refuses what the zip guard refuses, with the same message.
import { describe, expect, it } from 'vitest';
import { workbookToFramework } from '../../../shared/exchange/framework-workbook';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { openOutsideWorkbook } from '../../../shared/exchange/open-workbook';
import { readUnitSheet } from '../../../shared/units/unit-sheet';
import { readRemarksFile } from '../../../shared/verify/remarks-read';
import { hostileCorpus } from './hostile-corpus';

const corpus = await hostileCorpus();
const byName = (name: string) => {
  const c = corpus.find((x) => x.name === name);
  if (!c) throw new Error(`no corpus file ${name}`);
  return c.bytes;
};

/** Refusals decided before any workbook is parsed, which every kind of outside file must share. */
const DOOR_KINDS = new Set(['empty', 'not-zip', 'truncated', 'zip64', 'zip-bomb', 'bad-compression', 'encrypted']);
const doorCases = corpus.filter((c) => 'error' in c.expect && DOOR_KINDS.has(c.expect.error));

function assessmentMessage(bytes: Uint8Array): string {
  const r = readAssessmentFile(bytes, 'x.xlsx');
  if (r.ok) throw new Error('the assessment import accepted a hostile file');
  return r.error.message;
}

describe('one door for outside workbooks', () => {
  it('covers at least a zip bomb, random bytes and a truncated file', () => {
    const names = doorCases.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['bomb-ratio.xlsx', 'random-bytes.xlsx', 'truncated-half.xlsx']));
  });

  it.each(doorCases.map((c) => [c.name, c.bytes] as const))('%s: same refusal for every file kind', (_n, bytes) => {
    const expected = assessmentMessage(bytes);
    expect(expected).toMatch(/^Tệp /);
    const fw = workbookToFramework(bytes);
    expect(fw.ok).toBe(false);
    if (!fw.ok) expect(fw.errors.map((e) => e.message)).toEqual([expected]);
    expect(readUnitSheet(bytes)).toEqual({ items: [], errors: [expected] });
    const remarks = readRemarksFile(bytes, 'x.xlsx');
    expect(remarks.ok ? 'ok' : remarks.error.message).toBe(expected);
  });

  it('names a zip bomb and random bytes the same way for a framework and a unit list', () => {
    for (const name of ['bomb-ratio.xlsx', 'random-bytes.xlsx']) {
      const bytes = byName(name);
      const door = openOutsideWorkbook(bytes);
      expect(door.ok).toBe(false);
      if (door.ok) continue;
      const fw = workbookToFramework(bytes);
      expect(!fw.ok && fw.errors[0]?.message).toBe(door.error.message);
      expect(readUnitSheet(bytes).errors).toEqual([door.error.message]);
    }
  });

  it('accepts an ArrayBuffer as well as a byte view', () => {
    const bytes = byName('random-bytes.xlsx');
    const fromBuffer = openOutsideWorkbook(bytes.slice().buffer);
    const fromView = openOutsideWorkbook(bytes);
    expect(fromBuffer).toEqual(fromView);
  });
});
