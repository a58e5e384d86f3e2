// Issue 11, "what is sent is true": over generated districts and provinces (units with and without files,
// verified and not), the sentence, the heat map, the Tổng hợp sheet and the e-mail body agree; every "x/y chỉ số"
// in the sentence is a count some verified commune reached; differences are differences of the figures shown.
import fc from 'fast-check';
import { cellText, type SheetDoc } from '../../../shared/excel/doc';
import { describe, expect, it } from 'vitest';
import { EMPTY_INFO, type EntryData } from '../../../shared/entry/types';
import type { Framework } from '../../../shared/framework/types';
import { roundPoints } from '../../../shared/scoring/format';
import { generatedCommune, randomRaw, seededRandom } from '../../../shared/verify/bench';
import { buildConsolidatedBook, type ConsolidatedCommune } from '../../../shared/verify/consolidated';
import { APPENDIX_LAYOUT, appendixName, GROUPS_PER_SHEET } from '../../../shared/verify/consolidated-appendix';
import { SUMMARY_LAYOUT } from '../../../shared/verify/consolidated-summary';
import { handoffBody, sendChecklist, type VerifierLevel } from '../../../shared/verify/handoff';
import { groupReached } from '../../../shared/verify/report-sentence';
import type { VerifiedLayer } from '../../../shared/verify/types';
import { applyVerdict } from '../../../shared/verify/verdict';
import { heatRows } from '../../../renderer/features/summary/summary-data';
import { communeFw } from './fixtures';

/** A laid-out sheet's values by row: numbers as numbers, text as text, null where empty. */
function rawRows(sheet: SheetDoc): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 0; r <= sheet.lastRow; r++) {
    const row: unknown[] = Array.from({ length: sheet.widths.length }, () => null);
    for (const [c, cell] of sheet.rows.get(r) ?? []) {
      const v = typeof cell.v === 'number' ? cell.v : cellText(cell.v);
      row[c] = v === '' ? null : v;
    }
    rows.push(row);
  }
  return rows;
}

type Kind = 'missing' | 'partial' | 'verified';

/** A commune verified to the end: every indicator agreed, some adjusted to another valid value. */
function verifiedCommune(
  fw: Framework,
  rnd: () => number,
): { entries: EntryData[]; layers: Map<string, VerifiedLayer> } {
  const { entries } = generatedCommune(fw, rnd, 0);
  const layers = new Map<string, VerifiedLayer>();
  fw.indicators.forEach((ind, i) => {
    const self = entries[i]!;
    let r =
      rnd() < 0.15
        ? applyVerdict(ind, self, { verdict: 'adjust', raw: randomRaw(ind, rnd), remark: 'x', at: 1 })
        : undefined;
    if (!r?.ok) r = applyVerdict(ind, self, { verdict: 'agree', at: 1 });
    if (r.ok) layers.set(ind.code, r.layer);
  });
  return { entries, layers };
}

function scenario(kinds: readonly Kind[], seed: number) {
  const rnd = seededRandom(seed);
  const units = kinds.map((_, i) => ({ code: String(20000 + i), name: `Xã Thử ${String(i + 1).padStart(3, '0')}` }));
  const communes: ConsolidatedCommune[] = [];
  kinds.forEach((k, i) => {
    if (k === 'missing') return;
    const { entries, layers } =
      k === 'verified' ? verifiedCommune(communeFw, rnd) : generatedCommune(communeFw, rnd, 0);
    if (k === 'partial') layers.delete(communeFw.indicators[0]!.code); // at least one indicator left open
    communes.push({
      unit: units[i]!,
      framework: communeFw,
      info: EMPTY_INFO,
      entries,
      layers,
      revision: 1,
      exportId: `g-${i}`,
      fileSha256: '0'.repeat(64),
    });
  });
  return { units, communes };
}

const kindArb = fc.constantFrom<Kind>('missing', 'partial', 'verified');
const districtArb = fc.record({
  level: fc.constant<VerifierLevel>('district'),
  kinds: fc.array(kindArb, { minLength: 1, maxLength: 14 }),
  seed: fc.integer(),
});
// A province: up to 129 communes, most not yet received.
const provinceArb = fc.record({
  level: fc.constant<VerifierLevel>('province'),
  kinds: fc
    .tuple(fc.array(kindArb, { minLength: 0, maxLength: 8 }), fc.integer({ min: 0, max: 121 }))
    .map(([some, missing]) => [...some, ...Array.from({ length: missing }, (): Kind => 'missing')])
    .filter((k) => k.length > 0),
  seed: fc.integer(),
});

/** "3/5" → [3, 5]. */
const frac = (s: unknown): [number, number] => {
  const m = /^(\d+)\/(\d+)$/.exec(String(s));
  if (!m) throw new Error(`not a fraction: ${String(s)}`);
  return [Number(m[1]), Number(m[2])];
};

function check({ level, kinds, seed }: { level: VerifierLevel; kinds: Kind[]; seed: number }) {
  const { units, communes } = scenario(kinds, seed);
  const book = buildConsolidatedBook({
    district: level === 'district' ? { code: '373', name: 'Huyện Gia Viễn' } : { code: '37', name: 'Tỉnh Ninh Bình' },
    period: { year: 2025, kind: 'year' },
    communes,
    units,
    team: [],
    exportId: 'p',
    exportedAt: Date.UTC(2025, 11, 20),
    appVersion: 't',
  });
  const { report, sentence } = book;
  const fw = communeFw;
  const L = SUMMARY_LAYOUT;
  const sheet = rawRows(book.wb.sheets.find((x) => x.name === 'Tổng hợp')!);
  const body = sheet.slice(L.firstRow, L.firstRow + units.length);
  // The appendix holds each group's figures, four groups to a sheet, the same units in the same rows.
  // (None when no file is held: no framework tells the groups.)
  const appendix = book.wb.sheets
    .filter((x) => x.name.startsWith('Phụ lục'))
    .map((x) => rawRows(x).slice(APPENDIX_LAYOUT.firstRow, APPENDIX_LAYOUT.firstRow + units.length));
  const held = kinds.some((k) => k !== 'missing');
  expect(book.wb.sheets.filter((x) => x.name.startsWith('Phụ lục')).map((x) => x.name)).toEqual(
    held ? [1, 2].map(appendixName) : [],
  );
  const groupCell = (row: number, gi: number, k: 0 | 1 | 2) =>
    appendix[Math.floor(gi / GROUPS_PER_SHEET)]![row]![APPENDIX_LAYOUT.groupCol(gi % GROUPS_PER_SHEET) + k];
  for (const a of appendix) expect(a.map((r) => r.slice(0, 3))).toEqual(body.map((r) => r.slice(0, 3)));

  // Every responsible unit has exactly one row; the statuses are those of the files held.
  expect(body.map((r) => r[2]).sort()).toEqual(units.map((u) => u.code).sort());
  const kindOf = new Map(units.map((u, i) => [u.code, kinds[i]!]));
  const verifiedRows = body.filter((r) => kindOf.get(String(r[2])) === 'verified');
  for (const r of body) {
    const k = kindOf.get(String(r[2]));
    if (k === 'missing') expect(r[3]).toBe('Chưa nộp');
    else if (k === 'partial') {
      expect(r[3]).toMatch(/^Chưa thẩm tra/);
      expect(r[L.totalsCol + 1]).toBe('chưa thẩm tra'); // never zeros …
      expect(r[L.totalsCol + 2]).toBe('chưa thẩm tra');
      expect(r[L.totalsCol + 4]).toBe('—'); // … never ranked
      expect(typeof r[L.totalsCol]).toBe('number'); // self figures kept
    } else {
      expect(r[3]).toBe('Đã thẩm tra');
      expect(typeof r[L.totalsCol + 4]).toBe('number');
      // The indicators completed are the sum of the appendix's per group.
      const i = body.indexOf(r);
      const perGroup = fw.groups.map((_, gi) => frac(groupCell(i, gi, 2)));
      expect(frac(r[L.totalsCol + 2])).toEqual([
        perGroup.reduce((a, [x]) => a + x, 0),
        perGroup.reduce((a, [, y]) => a + y, 0),
      ]);
    }
  }
  // Ranks: competition ranking on the verified points as shown, verified communes only.
  for (const r of verifiedRows) {
    const better = verifiedRows.filter((o) => (o[L.totalsCol + 1] as number) > (r[L.totalsCol + 1] as number));
    expect(r[L.totalsCol + 4]).toBe(1 + better.length);
  }
  // Figures shown have 2 decimals at most, and are the report's own.
  for (const r of [...body, ...appendix.flat()])
    for (const v of r) if (typeof v === 'number') expect(roundPoints(v)).toBe(v);
  for (const row of report.rows)
    if (row.figures) {
      const u = row.figures.unit;
      expect(u.pointsDiff).toBeCloseTo(roundPoints(u.verifiedPoints) - roundPoints(u.selfPoints), 9);
      expect(roundPoints(u.pointsDiff)).toBe(u.pointsDiff);
    }

  // The heat map reads the same report: verified rows show the sheet's verified completion, others self (marked).
  const heat = heatRows(report);
  expect(heat.map((h) => h.unitCode).sort()).toEqual(
    body
      .filter((r) => r[3] !== 'Chưa nộp')
      .map((r) => String(r[2]))
      .sort(),
  );
  for (const h of heat) {
    const i = body.findIndex((x) => String(x[2]) === h.unitCode);
    if (h.basis === 'verified')
      fw.groups.forEach((_, gi) =>
        expect(frac(groupCell(i, gi, 2))).toEqual([h.cells[gi]!.completed, h.cells[gi]!.total]),
      );
    else expect(h.unitName).toMatch(/\(tự đánh giá, chưa thẩm tra\)$/);
  }

  // The sentence: on the sheet verbatim, coverage counts from the rows, every x/50 reached by a verified commune.
  expect(sheet.flat()).toContain(sentence);
  const received = body.filter((r) => r[3] !== 'Chưa nộp').length;
  const verifiedCount = verifiedRows.length;
  if (received > 0) expect(sentence).toContain(`Đã nhận ${received}/${units.length} xã, đã thẩm tra ${verifiedCount}`);
  const reachedCounts = verifiedRows.map((r) => frac(r[L.totalsCol + 2])[0]);
  const claims = [...sentence.matchAll(/(\d+)\/(\d+) chỉ số/g)].map((m) => [Number(m[1]), Number(m[2])]);
  if (verifiedCount === 0) expect(claims).toEqual([]);
  else expect(claims.length).toBeGreaterThan(0);
  for (const [x, y] of claims) {
    expect(y).toBe(fw.indicators.length);
    expect(reachedCounts).toContain(x);
  }
  // "đa số … từ x/y trở lên": strictly more than half of the verified communes reach x.
  const maj = /từ (\d+)\/\d+ chỉ số trở lên/.exec(sentence);
  if (maj) expect(reachedCounts.filter((c) => c >= Number(maj[1])).length * 2).toBeGreaterThan(verifiedCount);
  // Groups named strong: a majority of the verified heat rows reach half of the group; weak: not.
  const strongText = /ở các nhóm: ([^;.]+)/.exec(sentence.split('thực hiện ở mức thấp')[0] ?? '')?.[1] ?? '';
  const weakText = /thực hiện ở mức thấp hoặc chưa thực hiện được ở các nhóm: ([^;.]+)/.exec(sentence)?.[1] ?? '';
  const verifiedHeat = heat.filter((h) => h.basis === 'verified');
  fw.groups.forEach((g, gi) => {
    const reach = verifiedHeat.filter((h) => groupReached(h.cells[gi]!.completed, h.cells[gi]!.total)).length;
    if (verifiedHeat.length === 0) return;
    const strong = reach * 2 > verifiedHeat.length;
    expect(strongText.split(', ').includes(g.name), `${g.name} strong`).toBe(strong);
    expect(weakText.split(', ').includes(g.name), `${g.name} weak`).toBe(!strong);
  });

  // The e-mail says the same: coverage, the sentence, and partial when anything is missing.
  const list = sendChecklist(report, level, level === 'district' ? { entered: 72, total: 72 } : null);
  const mail = handoffBody({
    level,
    unitName: level === 'district' ? 'Huyện Gia Viễn' : 'Tỉnh Ninh Bình',
    period: { year: 2025, kind: 'year' },
    fileName: book.fileName,
    report,
    partialNote: list.partialNote,
  });
  expect(mail).toContain(`đã nhận ${received}/${units.length} xã, đã thẩm tra xong ${verifiedCount} xã`);
  expect(mail).toContain(`Tóm tắt: ${sentence}`);
  expect(list.partial).toBe(received < units.length || verifiedCount < received);
  if (list.partial) expect(mail).toContain('BÁO CÁO CHƯA ĐẦY ĐỦ');
  expect(list.items.find((i) => i.key === 'verified')?.text).toBe(
    `Đã thẩm tra xong ${verifiedCount}/${received} xã đã nộp.`,
  );
  if (level === 'province') expect(mail).not.toMatch(/huyện/);
  // No minutes line for a commune not verified.
  const minutes = book.wb.sheets.find((x) => x.name === 'Biên bản');
  const titles = minutes
    ? rawRows(minutes)
        .flat()
        .filter((v) => v === 'BIÊN BẢN')
    : [];
  expect(titles).toHaveLength(verifiedCount);
}

describe('what is sent agrees with itself (property)', () => {
  it('generated districts: sentence, heat map, Tổng hợp and e-mail agree', () => {
    fc.assert(fc.property(districtArb, check), { numRuns: 25 });
  }, 120_000);

  it('generated provinces (up to 129 communes, most not received): the same', () => {
    fc.assert(fc.property(provinceArb, check), { numRuns: 12 });
  }, 120_000);

  it("the issue's case: 3 of 129 received, 2 verified — the sentence says so, counts only reached values", () => {
    const kinds: Kind[] = ['verified', 'partial', 'verified', ...Array.from({ length: 126 }, (): Kind => 'missing')];
    check({ level: 'province', kinds, seed: 3 });
    const { units, communes } = scenario(kinds, 3);
    const book = buildConsolidatedBook({
      district: { code: '37', name: 'Tỉnh Ninh Bình' },
      period: { year: 2025, kind: 'year' },
      communes,
      units,
      team: [],
      exportId: 'p',
      exportedAt: 0,
      appVersion: 't',
    });
    expect(book.sentence).toMatch(/^Đã nhận 3\/129 xã, đã thẩm tra 2; còn 1 xã chưa thẩm tra xong, 126 xã chưa nộp\. /);
    expect(book.report.rows).toHaveLength(129);
  });
});
