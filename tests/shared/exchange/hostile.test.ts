// Every hostile corpus file gives its specific outcome, never an exception, within bounded time.
import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../shared/exchange/context';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { hostileCorpus } from './hostile-corpus';
import { resolveCommune } from './sample';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const corpus = await hostileCorpus();

describe('hostile corpus', () => {
  it('has at least 40 files with distinct names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const t0 = performance.now();
    const r = readAssessmentFile(c.bytes, c.name, { resolveFramework: resolveCommune });
    expect(performance.now() - t0).toBeLessThan(10_000);
    const e = c.expect;
    if ('error' in e) {
      expect(r.ok ? 'ok' : r.error.kind).toBe(e.error);
      if (!r.ok) expect(r.error.message).toMatch(VIETNAMESE);
      return;
    }
    if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.message}`);
    if ('context' in e) {
      const ctx = checkContext(r.manifest, {
        districtCode: '373',
        unitCodes: new Set(['14758']),
        knownFrameworks: () => true,
      });
      expect(ctx.ok ? 'ok' : ctx.reason).toBe(e.context);
      return;
    }
    if (e.ok === 'clean') {
      expect(r.differences).toEqual([]);
      expect(r.problems).toEqual([]);
    } else if (e.ok === 'differences') {
      expect(r.differences).toHaveLength(e.count);
      for (const d of r.differences) expect(d.message).toMatch(/Trang "Biểu mẫu 01", dòng \d+, cột [A-Z]+/);
    } else {
      expect([...new Set(r.problems.map((p) => p.kind))]).toEqual(e.kinds);
      expect(r.differences).toEqual([]);
      for (const p of r.problems) expect(p.message).toMatch(VIETNAMESE);
    }
  });

  it('leaves Object.prototype untouched after the __proto__ file', () => {
    const c = corpus.find((x) => x.name === 'proto-keys.xlsx');
    const r = readAssessmentFile(c?.bytes ?? new Uint8Array(), 'p.xlsx');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) {
      expect(Object.getPrototypeOf(r.info)).toBe(Object.prototype);
      expect(Object.keys(r.entries[0]?.raw ?? {})).toEqual(['value']);
    }
  });

  it('names sheet, row, column and code for a formula planted in a value cell', () => {
    const c = corpus.find((x) => x.name === 'formula-dde-in-value.xlsx');
    const r = readAssessmentFile(c?.bytes ?? new Uint8Array(), 'f.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences[0]).toMatchObject({
      code: '1.2',
      field: 'numerator',
      manifestValue: '12',
      sheetValue: '0',
      sheet: 'Biểu mẫu 01',
      column: 'L',
    });
  });
});
