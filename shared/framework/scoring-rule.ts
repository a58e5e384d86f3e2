/**
 * The scoring mini-language of the catalogue column `scoring` (catalogs.md): `bool`, `ratio`, `manual`,
 * `target:N`, `steps:T1=P1;T2=P2;…`, `choice:key=f;…`. Parsing is syntactic only; range checks (top step equals
 * max, a fraction of 1 exists, …) live in ./check-rule.ts so each gets its own error.
 */
import type { ChoiceOption, ScoringRule, Step } from './types';

/** Result of `parseScoringRule`: the rule (choice labels still empty) or a Vietnamese reason. */
export type RuleParseResult = { ok: true; rule: ScoringRule } | { ok: false; error: string };

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const CHOICE_KEY = /^[a-z][a-z0-9_]*$/;

function num(token: string): number | undefined {
  const t = token.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Splits "a=b;c=d" into trimmed pairs; an empty trailing segment (a final ";") is tolerated. */
function pairs(body: string): [string, string][] | string {
  const segments = body.split(';').map((s) => s.trim());
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  const out: [string, string][] = [];
  for (const seg of segments) {
    const eq = seg.indexOf('=');
    if (eq < 0 || seg.indexOf('=', eq + 1) >= 0) return `phần "${seg}" phải có dạng giá_trị=điểm`;
    out.push([seg.slice(0, eq).trim(), seg.slice(eq + 1).trim()]);
  }
  return out;
}

/** Parses one rule text. White space around tokens is tolerated; keywords are lower case. */
export function parseScoringRule(text: string): RuleParseResult {
  const src = text.trim();
  const fail = (why: string): RuleParseResult => ({
    ok: false,
    error: `Không hiểu quy tắc chấm điểm "${src}": ${why}.`,
  });
  if (src === 'bool' || src === 'ratio' || src === 'manual') return { ok: true, rule: { kind: src } };
  const colon = src.indexOf(':');
  if (colon < 0) return fail('phải là bool, ratio, manual, target:N, steps:… hoặc choice:…');
  const kind = src.slice(0, colon).trim();
  const body = src.slice(colon + 1).trim();
  if (kind === 'target') {
    const n = num(body);
    return n === undefined ? fail(`"${body}" không phải là số`) : { ok: true, rule: { kind: 'target', target: n } };
  }
  if (kind !== 'steps' && kind !== 'choice') return fail(`không có loại quy tắc "${kind}"`);
  if (body === '') return fail('thiếu danh sách sau dấu hai chấm');
  const list = pairs(body);
  if (typeof list === 'string') return fail(list);
  if (kind === 'steps') {
    const steps: Step[] = [];
    for (const [t, p] of list) {
      const threshold = num(t);
      const points = num(p);
      if (threshold === undefined || points === undefined) return fail(`bậc "${t}=${p}" phải gồm hai số`);
      steps.push({ threshold, points });
    }
    return { ok: true, rule: { kind: 'steps', steps } };
  }
  const options: ChoiceOption[] = [];
  for (const [key, f] of list) {
    if (!CHOICE_KEY.test(key))
      return fail(`mã mức "${key}" phải viết chữ thường không dấu, ví dụ truong hoặc mot_phan`);
    const fraction = num(f);
    if (fraction === undefined) return fail(`hệ số của mức "${key}" không phải là số`);
    options.push({ key, fraction, label: '' });
  }
  return { ok: true, rule: { kind: 'choice', options } };
}

/** JavaScript's shortest round-trip form; `parseScoringRule` also reads its exponent notation (1e-7). */
function numText(n: number): string {
  return String(n);
}

/** Writes a rule back as canonical mini-language text (labels are not part of it: they live in the method text). */
export function serializeScoringRule(rule: ScoringRule): string {
  switch (rule.kind) {
    case 'bool':
    case 'ratio':
    case 'manual':
      return rule.kind;
    case 'target':
      return `target:${numText(rule.target)}`;
    case 'steps':
      return `steps:${rule.steps.map((s) => `${numText(s.threshold)}=${numText(s.points)}`).join(';')}`;
    case 'choice':
      return `choice:${rule.options.map((o) => `${o.key}=${numText(o.fraction)}`).join(';')}`;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the Vietnamese label of a choice key in the method text, written "key = label (… điểm)".
 * Returns undefined when the key has no label there.
 */
export function findChoiceLabel(method: string, key: string): string | undefined {
  const re = new RegExp(`(?:^|[^a-z0-9_])${escapeRegExp(key)}\\s*=\\s*([^;]*?)\\s*\\(\\s*[\\d.,]+\\s*điểm\\s*\\)`, 'u');
  const label = re.exec(method.normalize('NFC'))?.[1]?.trim();
  return label === undefined || label === '' ? undefined : label;
}
