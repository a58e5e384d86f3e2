// The district's import: dry run without writes, commit per file in one transaction, revisions, context, and
// every hostile file refused (or honestly read) without an exception and without touching the database.
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { saveInfoField } from '../../../renderer/db/repositories/assessments';
import { entriesOf, saveEntryField } from '../../../renderer/db/repositories/entries';
import type { DtiDatabase } from '../../../renderer/db/database';
import type { VerifiedLayer } from '../../../renderer/db/types';
import { buildAssessmentExport, markExported } from '../../../renderer/exchange/export-assessment';
import { commitImport, dryRun, type FilePlan } from '../../../renderer/exchange/import-pipeline';
import { outcomeLabel } from '../../../renderer/exchange/import-labels';
import { hostileCorpus } from '../../shared/exchange/hostile-corpus';
import { sampleInput } from '../../shared/exchange/sample';
import { communeDb, dbHash, directReader, districtDb } from './helpers';
import { allHistory, giaPhongAssessment } from '../db/fixtures';
import { entriesOfSet, entryOfSet, setWithEntries } from '../../../renderer/db/entry-sets';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const Y2024 = { year: 2024, kind: 'year' } as const;

async function plan(
  db: DtiDatabase,
  files: { name: string; bytes: Uint8Array }[],
  period: { year: number; kind: 'year' | 'mid-year' } | undefined = Y2024,
): Promise<FilePlan[]> {
  return dryRun(db, files, await directReader(db), { period });
}

/** A commune fills a few fields and exports; returns the machine, the assessment and the file. */
async function communeExport() {
  const c = await communeDb();
  const a = await giaPhongAssessment(c);
  await saveInfoField(c, a.id, 'population', '10.234');
  await saveEntryField(c, a.id, '1.2', { kind: 'raw', name: 'numerator' }, '3');
  await saveEntryField(c, a.id, '1.2', { kind: 'raw', name: 'denominator' }, '4');
  await saveEntryField(c, a.id, '1.4', { kind: 'raw', name: 'value' }, 'yes');
  await saveEntryField(c, a.id, '1.4', { kind: 'evidence', name: 'docNumber' }, '15/QĐ-UBND');
  await saveEntryField(c, a.id, '1.4', { kind: 'evidence', name: 'docDate' }, '12/03/2024');
  await saveEntryField(c, a.id, '1.2', { kind: 'note' }, 'Năm 2024 có 4 cuộc họp.\n3 cuộc do Chủ tịch chủ trì.');
  const exportNext = async () => {
    const file = await buildAssessmentExport(c, a.id, '0.1.0');
    await markExported(c, a.id, file.manifest.revision);
    return { name: file.fileName, bytes: file.bytes };
  };
  return { c, a, exportNext };
}

/** The hostile corpus, built once for the file (building it takes seconds). */
const hostile = await hostileCorpus();

describe('import pipeline', () => {
  it('round-trips a commune export into the district: info, values, evidence and giải trình equal', async () => {
    const { c, a, exportNext } = await communeExport();
    const file = await exportNext();
    expect(file.name).toMatch(/_r1\.xlsx$/);
    const d = await districtDb();
    const before = await dbHash(d);
    const plans = await plan(d, [file]);
    expect(await dbHash(d)).toBe(before);
    expect(plans[0]?.outcome).toEqual({ kind: 'new' });
    expect(outcomeLabel(plans[0]!).text).toBe('Mới');
    const results = await commitImport(d, plans);
    expect(results[0]?.kind).toBe('imported');

    const held = (await d.assessments.toArray())[0]!;
    expect(held).toMatchObject({ unitCode: '14758', periodKey: '2024', status: 'exported', revision: 1 });
    expect(held.imported).toMatchObject({ revision: 1, fileName: file.name });
    expect(held.info).toEqual((await c.assessments.get(a.id))!.info);
    const mine = await entriesOf(c, a.id);
    const theirs = await entriesOf(d, held.id);
    for (const [code, e] of mine) {
      expect(theirs.get(code), code).toMatchObject({ raw: e.raw, evidence: e.evidence, note: e.note });
    }
    expect(theirs.get('1.2')?.note).toBe('Năm 2024 có 4 cuộc họp.\n3 cuộc do Chủ tịch chủ trì.');
  });

  it('a framework removed between the dry run and the commit: the file is refused, nothing is written', async () => {
    const { exportNext } = await communeExport();
    const file = await exportNext();
    const d = await districtDb();
    const plans = await plan(d, [file]);
    expect(plans[0]?.outcome).toEqual({ kind: 'new' });
    const fw = plans[0]!.read!.manifest.framework;
    await d.frameworks.delete([fw.id, fw.version]);
    const before = await dbHash(d);
    const results = await commitImport(d, plans);
    expect(results[0]).toMatchObject({ kind: 'refused' });
    expect(results[0]?.message).toContain(`chưa có bộ chỉ số "${fw.id}" phiên bản ${fw.version}`);
    expect(await dbHash(d)).toBe(before);
  });

  it('re-importing the same file writes nothing at all', async () => {
    const { exportNext } = await communeExport();
    const file = await exportNext();
    const d = await districtDb();
    await commitImport(d, await plan(d, [file]));
    const before = await dbHash(d);
    const again = await plan(d, [file]);
    expect(again[0]?.outcome).toEqual({ kind: 'same', heldRevision: 1 });
    expect(outcomeLabel(again[0]!).text).toBe('Đã nhập bản này');
    const results = await commitImport(d, again);
    expect(results[0]?.kind).toBe('unchanged');
    expect(await dbHash(d)).toBe(before);
  });

  it('a newer revision replaces the values, keeps the verified layers and writes history; the older one is refused', async () => {
    const { c, a, exportNext } = await communeExport();
    const r1 = await exportNext();
    const d = await districtDb();
    await commitImport(d, await plan(d, [r1]));
    const held = (await d.assessments.toArray())[0]!;
    const verified: VerifiedLayer = {
      verdict: 'agree',
      raw: { value: 'yes' },
      remark: 'Đúng',
      at: 1,
      verifier: 'Tổ thẩm tra',
      basis: {
        raw: { value: 'yes' },
        evidence: { docNumber: '15/QĐ-UBND', docDate: '12/03/2024', summary: '', link: '' },
        note: '',
        revision: 1,
      },
    };
    const set = (await d.entrySets.get(held.id))!;
    await d.entrySets.put(setWithEntries(held.id, set, [{ ...entryOfSet(set, '1.4')!, verified }]));

    await saveEntryField(c, a.id, '1.4', { kind: 'raw', name: 'value' }, 'no');
    await saveEntryField(c, a.id, '1.2', { kind: 'note' }, 'Đã sửa giải trình');
    const r2 = await exportNext();
    expect(r2.name).toMatch(/_r2\.xlsx$/);
    const plans = await plan(d, [r2]);
    expect(plans[0]?.outcome).toEqual({ kind: 'newer', heldRevision: 1 });
    expect(outcomeLabel(plans[0]!).text).toBe('Bản mới hơn (r1 → r2)');
    expect((await commitImport(d, plans))[0]?.kind).toBe('imported');

    const entries = await entriesOf(d, held.id);
    expect(entries.get('1.4')?.raw).toEqual({ value: 'no' });
    // The verdict is kept as history, marked stale with exactly what changed (shared/verify carryVerdicts).
    expect(entries.get('1.4')?.verified).toEqual({
      ...verified,
      stale: {
        revision: 2,
        at: expect.any(Number),
        changes: [{ field: 'value', label: 'Giá trị', old: 'yes', new: 'no' }],
      },
    });
    expect(entries.get('1.2')?.note).toBe('Đã sửa giải trình');
    const after = await d.assessments.get(held.id);
    expect(after?.imported?.revision).toBe(2);
    const history = await allHistory(d, held.id);
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '', field: 'import', old: 'r1', new: 'r2' }),
        expect.objectContaining({ code: '1.4', field: 'raw.value', old: 'yes', new: 'no' }),
        expect.objectContaining({ code: '1.2', field: 'note', new: 'Đã sửa giải trình' }),
      ]),
    );
    expect(history.filter((h) => h.field !== 'import')).toHaveLength(2);
    // The first import's line is still there: the held history was read and appended to, not replaced.
    expect(history.filter((h) => h.field === 'import').map((h) => [h.old, h.new])).toEqual(
      expect.arrayContaining([
        ['', 'r1'],
        ['r1', 'r2'],
      ]),
    );

    const before = await dbHash(d);
    const old = await plan(d, [r1]);
    expect(old[0]?.outcome).toEqual({ kind: 'older', heldRevision: 2 });
    expect(outcomeLabel(old[0]!).text).toBe('Bản cũ hơn (đang giữ r2, tệp là r1) — bị từ chối');
    expect((await commitImport(d, old))[0]?.kind).toBe('refused'); // red, as the dry run showed it
    expect(await dbHash(d)).toBe(before);
  });

  it('of two revisions in one batch only the newest goes on', async () => {
    const { exportNext } = await communeExport();
    const r1 = await exportNext();
    const r2 = await exportNext();
    const d = await districtDb();
    const plans = await plan(d, [r2, r1]);
    expect(plans.map((p) => p.outcome.kind)).toEqual(['new', 'superseded']);
    await commitImport(d, plans);
    expect((await d.assessments.toArray())[0]?.imported?.revision).toBe(2);
  });

  it('reads a batch several files at once, answers out of order, keeps the file order and commits each file whole', async () => {
    const d = await districtDb();
    const direct = await directReader(d);
    const files = [
      { name: 'a.xlsx', bytes: (await exportAssessment(sampleInput())).bytes },
      { name: 'rong.xlsx', bytes: new Uint8Array() },
      {
        name: 'b.xlsx',
        bytes: (await exportAssessment(sampleInput({ unit: { code: '14761', name: 'Xã Gia Trung', type: 'commune' } })))
          .bytes,
      },
      { name: 'rac.xlsx', bytes: new Uint8Array([1, 2, 3]) },
    ];
    let inFlight = 0;
    let most = 0;
    // Later files answer first: the reader is a pool, not a queue.
    const read = async (bytes: Uint8Array, name: string) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 40 - 10 * files.findIndex((f) => f.name === name)));
      inFlight--;
      return direct(bytes, name);
    };
    const planned = dryRun(d, files, read, { period: { year: 2024, kind: 'year' }, concurrency: 2 });
    // The first window of files goes to the reader before the database is asked what is held.
    expect(inFlight).toBe(4);
    const plans = await planned;
    expect(most).toBe(4);
    expect(plans.map((p) => [p.fileName, p.outcome.kind])).toEqual([
      ['a.xlsx', 'new'],
      ['rong.xlsx', 'error'],
      ['b.xlsx', 'new'],
      ['rac.xlsx', 'error'],
    ]);
    const results = await commitImport(d, plans);
    expect(results.map((r) => r.kind)).toEqual(['imported', 'refused', 'imported', 'refused']);
    const stored = await d.assessments.toArray();
    expect(stored.map((a) => a.unitCode).sort()).toEqual(['14758', '14761']);
    for (const a of stored) expect(entriesOfSet(await d.entrySets.get(a.id))).toHaveLength(50);
  });

  it('refuses another district, an unknown commune, another period and an unknown framework without writing', async () => {
    const d = await districtDb();
    const files = [
      {
        name: 'khac-huyen.xlsx',
        bytes: (await exportAssessment(sampleInput({ district: { code: '999', name: 'Huyện Khác' } }))).bytes,
      },
      {
        name: 'xa-la.xlsx',
        bytes: (await exportAssessment(sampleInput({ unit: { code: '99999', name: 'Xã Lạ', type: 'commune' } }))).bytes,
      },
      {
        name: 'ky-khac.xlsx',
        bytes: (await exportAssessment(sampleInput({ period: { year: 2023, kind: 'year' } }))).bytes,
      },
    ];
    const before = await dbHash(d);
    const plans = await plan(d, files);
    expect(plans.map((p) => p.outcome.kind === 'context' && p.outcome.reason)).toEqual([
      'wrong-parent', // a listed commune naming another district: confirmed first (issue 12)
      'unknown-unit',
      'period-mismatch',
    ]);
    expect(outcomeLabel(plans[1]!).text).toContain('mã 99999');
    expect(outcomeLabel(plans[2]!).text).toContain('năm 2023');
    // Another district's commune was the verifier's to accept (shown as a question, not a refusal): only skipped.
    expect((await commitImport(d, plans)).map((r) => r.kind)).toEqual(['skipped', 'refused', 'refused']);
    expect(await dbHash(d)).toBe(before);

    const bare = await districtDb(false);
    const unknown = await plan(bare, [
      files[0]!,
      { name: 'ok.xlsx', bytes: (await exportAssessment(sampleInput())).bytes },
    ]);
    expect(unknown[1]?.outcome.kind).toBe('framework-unknown');
    expect(outcomeLabel(unknown[1]!).text).toContain('Cài đặt → Bộ chỉ số');
  });

  it('stores a file naming another district once the verifier accepts it, with both parents in the history', async () => {
    const d = await districtDb();
    const file = {
      name: 'khac-huyen.xlsx',
      bytes: (await exportAssessment(sampleInput({ district: { code: '999', name: 'Huyện Khác' } }))).bytes,
    };
    const [p] = await dryRun(d, [file], await directReader(d), { period: Y2024, acceptedParents: new Set(['14758']) });
    expect(p?.acceptedParent).toBe(true);
    expect((await commitImport(d, [p!])).map((r) => r.kind)).toEqual(['imported']);
    const held = (await d.assessments.toArray())[0]!;
    expect((await allHistory(d, held.id)).filter((h) => h.field === 'parent')).toEqual([
      expect.objectContaining({ old: 'Huyện Khác (mã 999)', new: 'Huyện Gia Viễn (mã 373)' }),
    ]);
  });

  it('lists k planted differences and applies the per-file choice', async () => {
    const tampered = hostile.find((c) => c.name === 'tampered-values.xlsx')!;
    for (const choice of ['manifest', 'sheet'] as const) {
      const d = await districtDb();
      const plans = await plan(d, [{ name: tampered.name, bytes: tampered.bytes }]);
      const diffs = plans[0]?.read?.differences ?? [];
      expect(diffs).toHaveLength(3);
      expect(diffs.map((x) => `${x.code}:${x.field}`).sort()).toEqual(['1.2:note', '1.2:numerator', '1.4:value']);
      await commitImport(d, plans, [choice]);
      const held = (await d.assessments.toArray())[0]!;
      const e = await entriesOf(d, held.id);
      if (choice === 'manifest') {
        expect(e.get('1.4')?.raw.value).toBe('yes');
        expect(e.get('1.2')?.raw.numerator).toBe('12');
      } else {
        expect(e.get('1.4')?.raw.value).toBe('no');
        expect(e.get('1.2')?.raw.numerator).toBe('15');
        expect(e.get('1.2')?.note).toBe('sửa');
      }
    }
  });
});

describe('hostile corpus through the import', () => {
  const corpus = hostile;
  it.each(corpus.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const d = await districtDb();
    const before = await dbHash(d);
    const plans = await plan(d, [{ name: c.name, bytes: c.bytes }]);
    expect(await dbHash(d)).toBe(before);
    const p = plans[0]!;
    const e = c.expect;
    if ('error' in e || 'hazard' in e) {
      expect(p.outcome.kind).toBe('error');
      expect(outcomeLabel(p).text).toMatch(/^Lỗi: /);
      expect(outcomeLabel(p).text).toMatch(VIETNAMESE);
    } else if ('context' in e) {
      expect(p.outcome).toMatchObject({ kind: 'context', reason: e.context });
    } else {
      expect(p.outcome.kind).toBe('new');
      if (e.ok === 'differences') expect(p.read?.differences).toHaveLength(e.count);
      if (e.ok === 'problems') expect([...new Set(p.read?.problems.map((x) => x.kind))]).toEqual(e.kinds);
      if (e.ok === 'warn') expect(p.read?.hazards.map((h) => h.class)).toEqual(e.hazards);
    }
    const results = await commitImport(d, plans);
    if (p.outcome.kind === 'new') {
      expect(results[0]?.kind).toBe('imported');
      expect(await d.assessments.count()).toBe(1);
    } else {
      // A commune of another district, not accepted, was the verifier's choice; every other file was refused.
      const choice = 'context' in e && ['wrong-parent', 'addable'].includes(e.context);
      expect(results[0]?.kind).toBe(choice ? 'skipped' : 'refused');
      expect(await dbHash(d)).toBe(before);
    }
  });
});
