// Every hostile corpus file gives its specific outcome, never an exception, within bounded time.
import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../shared/exchange/context';
import { HAZARD_DECISIONS, type HazardClass } from '../../../shared/exchange/hazards';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { hostileCorpus } from './hostile-corpus';
import { resolveCommune } from './sample';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** Words of the parser's English errors ("Unsupported ZIP file", "Cannot find file …") that must never show. */
const ENGLISH = /\b(unsupported|cannot|could not|not found|invalid|error|file|zip)\b/i;
const corpus = await hostileCorpus();

function says(message: string, fragments: readonly (string | RegExp)[] = []): void {
  for (const f of fragments) {
    if (typeof f === 'string') expect(message).toContain(f);
    else expect(message).toMatch(f);
  }
}

describe('hostile corpus', () => {
  it('has at least 70 files with distinct names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(70);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const t0 = performance.now();
    const r = readAssessmentFile(c.bytes, c.name, { resolveFramework: resolveCommune });
    expect(performance.now() - t0).toBeLessThan(10_000);
    const e = c.expect;
    if ('error' in e) {
      expect(r.ok ? 'ok' : r.error.kind).toBe(e.error);
      if (r.ok) return;
      expect(r.error.message).toMatch(VIETNAMESE);
      expect(r.error.message).not.toMatch(ENGLISH);
      says(r.error.message, e.says);
      return;
    }
    if ('hazard' in e) {
      if (r.ok) throw new Error(`read, hazards ${JSON.stringify(r.hazards)}`);
      expect(r.error.kind).toBe('hazard');
      const refused = r.error.hazards?.find((h) => h.decision === 'refuse');
      expect(refused?.class).toBe(e.hazard);
      expect(r.error.message).toBe(refused?.message);
      says(r.error.message, e.says);
      return;
    }
    if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.message}`);
    if ('ok' in e && e.ok === 'warn') {
      expect(r.hazards.map((h) => h.class)).toEqual(e.hazards);
      for (const h of r.hazards) expect(h.decision).toBe('warn');
      says(r.hazards.map((h) => h.message).join('\n'), e.says);
      if (e.differences !== undefined) expect(r.differences).toHaveLength(e.differences);
      return;
    }
    expect(r.hazards).toEqual([]);
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

  it('gives every hazard class a case of its own, with its own message naming the hazard and what to do', () => {
    const byClass = new Map<HazardClass, string>();
    for (const c of corpus) {
      const r = readAssessmentFile(c.bytes, c.name, { resolveFramework: resolveCommune });
      for (const h of r.ok ? r.hazards : (r.error.hazards ?? [])) byClass.set(h.class, h.message);
    }
    const classes = Object.keys(HAZARD_DECISIONS) as HazardClass[];
    expect([...byClass.keys()].sort()).toEqual([...classes].sort());
    // Each message is the class's own: it names what the file carries (the shared tail aside) and what to do.
    const heads = classes.map((k) => (byClass.get(k) ?? '').split(';')[0]);
    expect(new Set(heads).size).toBe(classes.length);
    for (const k of classes) {
      const m = byClass.get(k) ?? '';
      expect(m).toMatch(VIETNAMESE);
      expect(m).not.toMatch(ENGLISH);
      expect(m).toMatch(HAZARD_DECISIONS[k] === 'refuse' ? /từ chối tệp này/ : /đừng mở tệp gốc|Hãy /);
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
    const c = corpus.find((x) => x.name === 'formula-hyperlink-in-value.xlsx');
    const r = readAssessmentFile(c?.bytes ?? new Uint8Array(), 'f.xlsx', { resolveFramework: resolveCommune });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.differences[0]).toMatchObject({
      code: '1.4',
      field: 'value',
      manifestValue: 'yes',
      sheetValue: 'Bấm',
      sheet: 'Biểu mẫu 01',
      column: 'K',
    });
  });
});
