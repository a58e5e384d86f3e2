// fast-check generators of valid frameworks and of any (even malformed) indicator values.
import fc from 'fast-check';
import { serializeScoringRule } from '../../shared/framework/scoring-rule';
import type { Framework, Group, Indicator, ScoringRule, Thresholds, ValueType } from '../../shared/framework/types';
import type { IndicatorValue } from '../../shared/scoring/types';

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ'];
const PUNCT = [' ', ' ', ',', '"', '\n', '-', '/', '%', '1', '9'];

/** Non-empty trimmed Vietnamese-looking text, with commas, quotes and line breaks to stress CSV/xlsx quoting. */
export const viText = (maxLength = 30): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...LETTERS),
      fc.string({ unit: fc.constantFrom(...LETTERS, ...PUNCT), maxLength }),
      fc.constantFrom(...LETTERS),
    )
    .map(([a, mid, z]) => `${a}${mid}${z}`.replace(/\s+$/g, ''));

/** Label text: no ';' or '(' so it cannot be confused with the "key = label (… điểm)" syntax. */
const labelText = fc
  .string({ unit: fc.constantFrom(...LETTERS, ' '), minLength: 1, maxLength: 15 })
  .map((s) => `${s.trim() || 'x'}`);

type Draft = { valueType: ValueType; scoring: ScoringRule; method: string };

const CHOICE_KEY = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);

/** A rule shape, turned into a concrete rule once the indicator's max is known (built once, not per value). */
const ruleShape: fc.Arbitrary<(max: number) => Draft> = fc.oneof(
  fc.constant((): Draft => ({ valueType: 'boolean', scoring: { kind: 'bool' }, method: '' })),
  fc
    .constantFrom<ValueType>('ratio', 'percent')
    .map((t) => (): Draft => ({ valueType: t, scoring: { kind: 'ratio' }, method: '' })),
  fc
    .constantFrom<ValueType>('money', 'text')
    .map((t) => (): Draft => ({ valueType: t, scoring: { kind: 'manual' }, method: '' })),
  fc
    .integer({ min: 1, max: 5000 })
    .map((target) => (): Draft => ({ valueType: 'count', scoring: { kind: 'target', target }, method: '' })),
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 10000 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    )
    .map(([ts, fs]) => (max: number): Draft => {
      const thresholds = [...ts].sort((a, b) => b - a);
      const lower = fs.map((f) => Math.floor(f * max)).sort((a, b) => b - a);
      const steps = thresholds.map((threshold, i) => ({ threshold, points: i === 0 ? max : (lower[i - 1] ?? 0) }));
      return { valueType: 'count', scoring: { kind: 'steps', steps }, method: '' };
    }),
  fc
    .tuple(
      fc.uniqueArray(CHOICE_KEY, { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(0, 0.25, 0.5, 0.75, 1, 0.1, 1 / 3), { minLength: 4, maxLength: 4 }),
      fc.array(labelText, { minLength: 4, maxLength: 4 }),
    )
    .map(([keys, fractions, labels]) => (max: number): Draft => {
      const options = keys.map((key, i) => ({
        key,
        fraction: i === 0 ? 1 : (fractions[i] ?? 0),
        label: labels[i] ?? 'x',
      }));
      const method = `Căn cứ hồ sơ; ${options.map((o) => `${o.key} = ${o.label} (${o.fraction * max} điểm)`).join('; ')}.`;
      return { valueType: 'choice', scoring: { kind: 'choice', options }, method };
    }),
);

const indicatorRow = fc.record({
  max: fc.integer({ min: 1, max: 60 }),
  shape: ruleShape,
  name: viText(),
  nameEn: fc.constantFrom('', 'Gloss'),
  unit: fc.constantFrom('', '%', 'cuộc', 'hộ, HTX'),
  method: viText(60),
  evidence: fc.constantFrom('', 'Biên bản, "quyết định"'),
  provenance: fc.constantFrom('V', 'P', 'R', 'I', '') as fc.Arbitrary<Indicator['provenance']>,
});

const indicatorsOfGroup = (groupCode: number): fc.Arbitrary<Indicator[]> =>
  fc.array(indicatorRow, { minLength: 1, maxLength: 5 }).map((rows) =>
    rows.map(({ max, shape, name, nameEn, unit, method, evidence, provenance }, i) => {
      const draft = shape(max);
      return {
        code: `${groupCode}.${i + 1}`,
        groupCode,
        name,
        nameEn,
        valueType: draft.valueType,
        unit,
        maxPoints: max,
        scoring: draft.scoring,
        scoringText: serializeScoringRule(draft.scoring),
        method: draft.method === '' ? method : draft.method,
        evidence,
        provenance,
      };
    }),
  );

const thresholdsArb: fc.Arbitrary<Thresholds> = fc
  .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
  .map(([a, b]) => ({ complete: Math.max(a, b), basic: Math.min(a, b) }));

const GROUP_ARBS = [1, 2, 3, 4].map(indicatorsOfGroup);

/** A random valid framework: 1–4 groups of 1–5 indicators, every rule kind, group max = sum of its indicators. */
export const frameworkArb: fc.Arbitrary<Framework> = fc
  .record({
    groupCount: fc.integer({ min: 1, max: 4 }),
    id: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
    level: fc.constantFrom('district', 'commune') as fc.Arbitrary<Framework['level']>,
    lastPeriodOnly: fc.boolean(),
    version: fc.constantFrom('2022.1', '2025', 'v2'),
    title: viText(),
    sourceNote: fc.constantFrom('', 'Tái dựng — chưa phải văn bản chính thức'),
    thresholds: thresholdsArb,
    groupNames: fc.array(viText(20), { minLength: 4, maxLength: 4 }),
    indicators: fc.tuple(...GROUP_ARBS),
  })
  .map(({ groupCount, groupNames, indicators, lastPeriodOnly, ...rest }) => {
    // A district set applies before 1/7/2025 only; a commune set to both periods or from 1/7/2025 only.
    // Periods equal to the level's default are not written (see defaultPeriods).
    const meta = { ...rest, ...(rest.level === 'commune' && lastPeriodOnly ? { periods: ['2025' as const] } : {}) };
    const groups: Group[] = groupNames.slice(0, groupCount).map((name, g) => ({
      code: g + 1,
      name,
      nameEn: g % 2 === 0 ? `Group ${g + 1}` : '',
      maxPoints: (indicators[g] ?? []).reduce((s, i) => s + i.maxPoints, 0),
    }));
    return { ...meta, groups, indicators: indicators.slice(0, groupCount).flat() };
  });

/** Any value an indicator could receive, including wrong types, negatives, NaN and infinities. */
export const anyValueArb: fc.Arbitrary<IndicatorValue | null | undefined> = (() => {
  const n = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 200 }),
    fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, -0),
  );
  return fc.oneof(
    fc.constantFrom(null, undefined),
    fc.boolean().map((value): IndicatorValue => ({ type: 'boolean', value })),
    fc.constantFrom('truong', 'pho', 'x', 'a', 'constructor').map((key): IndicatorValue => ({ type: 'choice', key })),
    n.map((value): IndicatorValue => ({ type: 'count', value })),
    fc.tuple(n, n).map(([numerator, denominator]): IndicatorValue => ({ type: 'ratio', numerator, denominator })),
    n.map((value): IndicatorValue => ({ type: 'percent', value })),
    n.map((points): IndicatorValue => ({ type: 'manual', points })),
  );
})();
