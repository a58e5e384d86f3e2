// Every message the value and scoring code of shared/ gives, made by calling it: the number, date and value
// readers over good and bad input for each indicator of the shipped catalogues, the scoring engine (also over values
// no form would make and broken rules), the summary sentence, the check before export, the verdict rules.
import { checkEvidenceDate } from '../../../shared/entry/dates';
import { preExportCheck } from '../../../shared/entry/export-check';
import { fieldsFor, parseRaw, type RawValue } from '../../../shared/entry/raw';
import type { EntryData } from '../../../shared/entry/types';
import { frameworkFromCatalog } from '../../../shared/framework/catalog';
import { findChoiceLabel } from '../../../shared/framework/scoring-rule';
import type { Framework, Indicator, ScoringRule } from '../../../shared/framework/types';
import { scoreIndicator } from '../../../shared/scoring/score-indicator';
import { unitSentence } from '../../../shared/scoring/sentence';
import { STATUSES } from '../../../shared/scoring/status';
import type { IndicatorValue, Status } from '../../../shared/scoring/types';
import { parseViNumber } from '../../../shared/text/numbers';
import { applyVerdict } from '../../../shared/verify/verdict';
import { shippedIndex, shippedText } from '../../shared/helpers';

export const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const frameworks: Framework[] = shippedIndex().map((e) => {
  const r = frameworkFromCatalog(e.meta, shippedText(e.file));
  if (!r.ok) throw new Error(e.file);
  return r.framework;
});
const indicators = frameworks.flatMap((f) => f.indicators);
const T = frameworks[0]!.thresholds;
/** Data that stays Vietnamese inside an English message: the catalogues' names of choice levels. */
export const levelLabels = indicators
  .flatMap((i) =>
    i.scoring.kind === 'choice'
      ? i.scoring.options.map((o) => o.label)
      : i.valueType === 'boolean' // a yes/no answer in the framework's words ("Không xảy ra sự cố")
        ? [findChoiceLabel(i.method, 'yes') ?? '', findChoiceLabel(i.method, 'no') ?? '']
        : [],
  )
  .filter((l) => l !== '')
  .sort((a, b) => b.length - a.length);

/** Every message made below, with what made it (for the assertion message). */
export const made = new Map<string, string>();
const add = (message: string | null | undefined, from: string) => {
  if (message) made.set(message, from);
};
const score = (ind: Indicator, value: IndicatorValue | null, from: string) => {
  const s = scoreIndicator(ind, value, T);
  add(s.explanation, from);
  for (const w of s.warnings) add(w, from);
};

// Numbers, as typed.
const NUMBERS = ['', ' ', 'abc', '1,2,3', '1.2.3', '1,234.5', '1e3', '12 %', '-', '--1', '9'.repeat(400), '0x10'];
for (const n of NUMBERS) {
  const r = parseViNumber(n);
  if (!r.ok) add(r.error, `parseViNumber(${JSON.stringify(n)})`);
}

// Each value kind of each shipped indicator, over good and bad input in every field.
const TYPED = ['', 'abc', '-3', '1,5', '12', '0', '150', '7', '9'.repeat(400), 'yes', 'no', 'nope'];
for (const ind of indicators) {
  const fields = fieldsFor(ind);
  const keys = ind.scoring.kind === 'choice' ? ind.scoring.options.map((o) => o.key) : [];
  const raws: RawValue[] = [];
  for (const a of [...TYPED, ...keys])
    if (fields.length === 1) raws.push({ [fields[0]!]: a });
    else for (const b of TYPED) raws.push({ [fields[0]!]: a, [fields[1]!]: b });
  for (const raw of raws) {
    const from = `${ind.code} ${JSON.stringify(raw)}`;
    const parsed = parseRaw(ind, raw);
    for (const e of Object.values(parsed.errors)) add(e, from);
    score(ind, parsed.value, from);
  }
}

// What the engine says of a value no form would make, and of broken rules.
const first = (kind: Indicator['valueType']) => indicators.find((i) => i.valueType === kind)!;
const rule = (ind: Indicator, scoring: ScoringRule): Indicator => ({ ...ind, scoring });
const odd = (x: unknown) => x as IndicatorValue;
const engine: [Indicator, IndicatorValue][] = [
  [first('boolean'), odd({ type: 'count', value: 1 })],
  [first('boolean'), odd({ type: 5 })],
  [first('boolean'), odd({ type: 'boolean', value: 'yes' })],
  [first('ratio'), { type: 'ratio', numerator: -1, denominator: 3 }],
  [first('ratio'), { type: 'ratio', numerator: 5, denominator: 0 }],
  [first('ratio'), { type: 'ratio', numerator: 0, denominator: 0 }],
  [rule(first('ratio'), { kind: 'bool' }), { type: 'ratio', numerator: 1, denominator: 2 }],
  [first('percent'), { type: 'percent', value: -1 }],
  [first('percent'), { type: 'percent', value: 120 }],
  [rule(first('percent'), { kind: 'bool' }), { type: 'percent', value: 50 }],
  [first('count'), { type: 'count', value: -2 }],
  [first('count'), { type: 'count', value: 2.5 }],
  [rule(first('count'), { kind: 'bool' }), { type: 'count', value: 2 }],
  [rule(first('count'), { kind: 'target', target: 4 }), { type: 'count', value: 2 }],
  [rule(first('count'), { kind: 'target', target: 4 }), { type: 'count', value: 9 }],
  [rule(first('count'), { kind: 'steps', steps: [] }), { type: 'count', value: 2 }],
  [rule(first('count'), { kind: 'steps', steps: [{ threshold: 3, points: 5 }] }), { type: 'count', value: 1 }],
  [first('choice'), { type: 'choice', key: 'no-such-level' }],
  [rule(first('choice'), { kind: 'bool' }), { type: 'choice', key: 'a' }],
  [
    rule(first('choice'), { kind: 'choice', options: [{ key: 'a', fraction: 0.5, label: '' }] }),
    odd({ type: 'choice', key: 'a' }),
  ],
  [first('money'), { type: 'manual', points: -1, declared: '' }],
  [first('money'), { type: 'manual', points: 999, declared: 'Plan 12' }],
  [first('money'), { type: 'manual', points: 999, declared: '' }],
  [first('money'), { type: 'manual', points: 1, declared: 'Plan 12' }],
  [rule(first('money'), { kind: 'bool' }), { type: 'manual', points: 1, declared: '' }],
  [{ ...first('count'), valueType: 'unknown' as Indicator['valueType'] }, odd({})],
];
for (const kind of ['boolean', 'choice', 'count', 'ratio', 'percent', 'money'] as const)
  engine.push([first(kind), odd({ type: 'other' })]);
for (const [ind, value] of engine) score(ind, value, `${ind.code} ${JSON.stringify(value)}`);
score(first('boolean'), null, 'nothing entered');

// Evidence dates, in a year and a mid-year period.
for (const d of ['abc', '31/02/2025', '29/02/2023', '1/1/2024', '15/08/2025', '12-03-2025', '2025-03-12'])
  for (const kind of ['year', 'mid-year'] as const) add(checkEvidenceDate(d, { year: 2025, kind }), `date ${d}`);

// The unit's sentence, with and without its two optional clauses.
for (const [entered, na] of [
  [72, 0],
  [60, 0],
  [72, 3],
  [60, 3],
] as [number, number][]) {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  Object.assign(byStatus, { 'hoan-thanh': 30, 'hoan-thanh-thap': 10, 'khong-ap-dung': na });
  byStatus['chua-nhap'] = 72 - entered;
  const tally = { total: 72, entered, completed: 30, notApplicable: na, invalid: 0, byStatus, points: 0, maxPoints: 1 };
  add(unitSentence(tally), `sentence ${entered} ${na}`);
}

// The check before export, over a commune's entries, each with a problem.
const fw = frameworks.find((f) => f.level === 'commune')!;
const noEvidence = { docNumber: '', docDate: '', summary: '', link: '' };
const entries: EntryData[] = fw.indicators.map((ind, n) => ({
  code: ind.code,
  raw:
    ind.valueType === 'ratio' ? { numerator: '9', denominator: '3' } : { [fieldsFor(ind)[0]!]: n % 2 ? 'abc' : 'yes' },
  evidence: { ...noEvidence, docDate: n % 3 ? '31/12/2024' : 'abc' },
  note: '',
}));
const scoredOk = fw.indicators.find((i) => i.valueType === 'boolean')!;
entries.push({ code: scoredOk.code, raw: { value: 'yes' }, evidence: noEvidence, note: '' });
entries.unshift({ code: scoredOk.code, raw: { value: 'yes' }, evidence: noEvidence, note: '' });
for (const i of preExportCheck(fw, entries, { year: 2025, kind: 'year' })) add(i.text, `export check ${i.kind}`);

// A refused verdict.
const ratio = first('ratio');
const self: EntryData = { code: ratio.code, raw: { numerator: '2', denominator: '3' }, evidence: noEvidence, note: '' };
const badSelf: EntryData = { ...self, raw: { numerator: 'x', denominator: '3' } };
const at = Date.UTC(2025, 11, 15);
for (const r of [
  applyVerdict(ratio, self, { verdict: 'nope' as 'agree', at }),
  applyVerdict(ratio, badSelf, { verdict: 'agree', at }),
  applyVerdict(ratio, self, { verdict: 'adjust', raw: {}, remark: '', at }),
  applyVerdict(ratio, self, { verdict: 'adjust', raw: { numerator: '2', denominator: '3' }, remark: 'x', at }),
  applyVerdict(ratio, self, { verdict: 'request', remark: '', at }),
  applyVerdict(ratio, self, { verdict: 'request', remark: 'x'.repeat(100_000), at }),
])
  if (!r.ok) for (const e of Object.values(r.errors)) add(e, 'verdict');
