import 'fake-indexeddb/auto';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '@shared/exchange/export';
import { exportConsolidated, SHEET_CONSOLIDATED, verificationFigures } from '@shared/verify';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { setMeta } from '../../../../renderer/db/repositories/meta';
import { commitImport, dryRun } from '../../../../renderer/exchange/import-pipeline';
import { gatherConsolidated } from '../../../../renderer/features/handoff/gather';
import { loadSummary } from '../../../../renderer/features/summary/load-summary';
import {
  districtSentence,
  groupBars,
  heatRows,
  reportOfLines,
  SELF_MARK,
} from '../../../../renderer/features/summary/summary-data';
import { directReader, districtDb } from '../../exchange/helpers';
import { sampleInput } from '../../../shared/exchange/sample';
import { communeFw, ind, layer, sampleEntries } from '../../../shared/verify/fixtures';
import { entriesOfSet, setWithEntries } from '../../../../renderer/db/entry-sets';

const period = { year: 2024, kind: 'year' } as const;

/** Gia Phong and Gia Trung imported; Gia Phong verified (first group adjusted to the lowest value, rest agreed). */
async function twoCommunes(): Promise<DtiDatabase> {
  const db = await districtDb();
  const files = [
    { name: 'phong.xlsx', bytes: (await exportAssessment(sampleInput())).bytes },
    {
      name: 'trung.xlsx',
      bytes: (
        await exportAssessment(
          sampleInput({ unit: { code: '14761', name: 'Xã Gia Trung', type: 'commune' }, exportId: 'e2' }),
        )
      ).bytes,
    },
  ];
  await commitImport(db, await dryRun(db, files, await directReader(db), { period }));
  const a = await db.assessments.where('unitCode').equals('14758').first();
  const set = await db.entrySets.get(a?.id ?? '');
  const rows = entriesOfSet(set);
  const verified: typeof rows = [];
  for (const r of rows) {
    const i = ind(r.code);
    const v =
      i.groupCode === communeFw.groups[0]?.code && i.valueType === 'boolean'
        ? layer(i, r, {
            verdict: 'adjust',
            raw: { value: r.raw.value === 'yes' ? 'no' : 'yes' },
            remark: 'Chưa có văn bản.',
          })
        : layer(i, r, { verdict: 'agree' });
    verified.push({ ...r, verified: v });
  }
  await db.entrySets.put(setWithEntries(a?.id ?? '', set, verified));
  return db;
}

describe('dashboard data', () => {
  it('bars: self beside verified per group; no verified bar for an unverified unit', async () => {
    const db = await twoCommunes();
    const data = await loadSummary(db, period);
    expect(data.units.map((u) => u.name)).toEqual(['Xã Gia Phong', 'Xã Gia Trung']);
    const [phong, trung] = data.units;
    const bars = groupBars(communeFw, phong!.figures, phong!.layers);
    expect(bars).toHaveLength(communeFw.groups.length);
    expect(bars.map((b) => b.self)).toEqual(phong!.figures.groups.map((g) => g.selfPoints));
    expect(bars.map((b) => b.verified)).toEqual(phong!.figures.groups.map((g) => g.verifiedPoints));
    expect(bars[0]?.max).toBe(phong!.figures.groups[0]?.maxPoints);
    expect(groupBars(communeFw, trung!.figures, trung!.layers).every((b) => b.verified === null)).toBe(true);
  });

  it('heat map: verified completion for a commune verified to the end, self (and said so) elsewhere', async () => {
    const db = await twoCommunes();
    const { lines } = await loadSummary(db, period);
    const rows = heatRows(reportOfLines(lines));
    expect(rows.map((r) => [r.unitName, r.basis])).toEqual([
      ['Xã Gia Phong', 'verified'],
      [`Xã Gia Trung${SELF_MARK}`, 'self'],
    ]);
    const phong = lines.find((l) => l.unit.code === '14758')!;
    expect(rows[0]?.cells).toEqual(
      phong.figures!.groups.map((g) => ({ completed: g.verifiedCompleted, total: g.total })),
    );
    const trung = lines.find((l) => l.unit.code === '14761')!;
    expect(rows[1]?.cells).toEqual(trung.figures!.groups.map((g) => ({ completed: g.selfCompleted, total: g.total })));
  });

  it('hand-off: gathers both communes with their verdicts; the workbook totals match the figures and the sentence the page shows', async () => {
    const db = await twoCommunes();
    await setMeta(db, 'verifyTeam', [{ name: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND huyện, Tổ trưởng' }]);
    const g = await gatherConsolidated(db, period, {
      exportId: 'x',
      exportedAt: Date.UTC(2025, 0, 20),
      appVersion: 't',
    });
    if (!g.ok) throw new Error(g.error);
    expect(g.input.communes.map((c) => c.unit.name)).toEqual(['Xã Gia Phong', 'Xã Gia Trung']);
    expect(g.input.team).toHaveLength(1);
    expect(g.input.districtAssessment).toBeUndefined();
    const out = await exportConsolidated(g.input);
    const { lines } = await loadSummary(db, period);
    expect(out.sentence).toBe(districtSentence(lines));
    const phong = g.input.communes[0]!;
    const fig = verificationFigures(communeFw, phong.entries, phong.layers);
    expect(out.rows[0]?.figures?.unit.verifiedPoints).toBe(fig.unit.verifiedPoints);
    expect(fig.unit.verifiedPoints).toBeLessThan(fig.unit.selfPoints);
    const sheet = XLSX.read(out.bytes, { type: 'array' }).Sheets[SHEET_CONSOLIDATED];
    expect(sheet).toBeDefined();
  });

  it('hand-off: says so when nothing is held for the period', async () => {
    const db = await districtDb();
    const g = await gatherConsolidated(db, period, { exportId: 'x', exportedAt: 0, appVersion: 't' });
    expect(g).toMatchObject({ ok: false, error: expect.stringContaining('Chưa có kết quả') });
  });
});

it('sample entries are the fixtures the import uses', () => {
  expect(sampleEntries()).toHaveLength(communeFw.indicators.length);
});
