// The verdicts repository: applyVerdict persisted with its history line in one transaction, invalid → no write,
// Đồng ý cả nhóm.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../renderer/db/repositories/assessments';
import { entriesOf, saveEntryField } from '../../../renderer/db/repositories/entries';
import { agreeGroupVerdicts, restoreVerdicts, saveVerdict } from '../../../renderer/db/repositories/verdicts';
import { communeDb, dbHash } from '../exchange/helpers';
import { historyOf } from '../../../renderer/db/repositories/history';
import { allHistory } from './fixtures';

async function setup() {
  const db = await communeDb();
  const fw = (await db.frameworks.where('level').equals('commune').toArray())[0]!;
  const a = await createAssessment(db, {
    unitCode: '14758',
    period: { year: 2024, kind: 'year' },
    frameworkId: fw.id,
    frameworkVersion: fw.version,
  });
  await saveEntryField(db, a.id, '1.2', { kind: 'raw', name: 'numerator' }, '3');
  await saveEntryField(db, a.id, '1.2', { kind: 'raw', name: 'denominator' }, '4');
  await saveEntryField(db, a.id, '1.4', { kind: 'raw', name: 'value' }, 'yes');
  await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, 'abc');
  return { db, fw: fw.framework, a };
}

describe('verdicts repository', () => {
  it('saves a verdict with its layer and one history line per decision, every one kept', async () => {
    const { db, a } = await setup();
    const r1 = await saveVerdict(db, a.id, '1.2', { verdict: 'agree', at: 1000, verifier: 'Nguyễn Văn A' });
    expect(r1.ok).toBe(true);
    let e = (await entriesOf(db, a.id)).get('1.2')!;
    expect(e.verified).toMatchObject({
      verdict: 'agree',
      raw: { numerator: '3', denominator: '4' },
      verifier: 'Nguyễn Văn A',
      at: 1000,
    });
    const r2 = await saveVerdict(db, a.id, '1.2', {
      verdict: 'adjust',
      raw: { numerator: '2', denominator: '4' },
      remark: 'Biên bản chỉ có 2 cuộc',
      at: 2000,
    });
    expect(r2.ok).toBe(true);
    e = (await entriesOf(db, a.id)).get('1.2')!;
    expect(e.verified).toMatchObject({
      verdict: 'adjust',
      raw: { numerator: '2', denominator: '4' },
      remark: 'Biên bản chỉ có 2 cuộc',
    });
    expect(e.raw).toEqual({ numerator: '3', denominator: '4' });
    const lines = (await historyOf(db, a.id, '1.2')).reverse().filter((h) => h.field === 'verdict');
    expect(lines.map((h) => [h.old, h.new])).toEqual([
      ['', 'Đồng ý'],
      ['Đồng ý', 'Điều chỉnh: a = 2; b = 4 — Biên bản chỉ có 2 cuộc'],
    ]);
  });

  it('an invalid verdict writes nothing and says why per field', async () => {
    const { db, a } = await setup();
    const before = await dbHash(db);
    const noRemark = await saveVerdict(db, a.id, '1.2', { verdict: 'request', at: 1 });
    expect(noRemark).toEqual({ ok: false, errors: { remark: expect.stringMatching(/yêu cầu bổ sung/) } });
    const same = await saveVerdict(db, a.id, '1.2', {
      verdict: 'adjust',
      raw: { numerator: '3', denominator: '4' },
      remark: 'x',
      at: 1,
    });
    expect(same.ok === false && same.errors.verdict).toMatch(/trùng/);
    const badSelf = await saveVerdict(db, a.id, '1.5', { verdict: 'agree', at: 1 });
    expect(badSelf.ok === false && badSelf.errors.self).toMatch(/không hợp lệ/);
    expect(await dbHash(db)).toBe(before);
  });

  it('Đồng ý cả nhóm agrees to the undecided indicators of the group and reports the skipped ones', async () => {
    const { db, fw, a } = await setup();
    await saveVerdict(db, a.id, '1.2', { verdict: 'request', remark: 'Bổ sung biên bản', at: 5 });
    const r = await agreeGroupVerdicts(db, a.id, 1, { at: 10, verifier: 'B' });
    const group = fw.indicators.filter((i) => i.groupCode === 1).map((i) => i.code);
    expect(r.skipped).toEqual([
      { code: '1.2', reason: 'decided' },
      { code: '1.5', reason: 'invalid-self' },
    ]);
    expect(r.agreed).toEqual(group.filter((c) => c !== '1.2' && c !== '1.5'));
    const entries = await entriesOf(db, a.id);
    for (const c of r.agreed) expect(entries.get(c)?.verified?.verdict, c).toBe('agree');
    expect(entries.get('1.2')?.verified?.verdict).toBe('request');
    expect(entries.get('1.5')?.verified).toBeUndefined();
    const lines = (await allHistory(db)).filter((h) => h.field === 'verdict');
    expect(lines).toHaveLength(1 + r.agreed.length);
  });

  it('undo puts back the layers held before (none, or the earlier verdict) with a history line each', async () => {
    const { db, a } = await setup();
    await saveVerdict(db, a.id, '1.2', { verdict: 'agree', at: 1000 });
    const before = (await entriesOf(db, a.id)).get('1.2')!.verified;
    await saveVerdict(db, a.id, '1.2', { verdict: 'request', remark: 'Bổ sung biên bản', at: 2000 });
    await saveVerdict(db, a.id, '1.4', { verdict: 'agree', at: 2000 });
    expect(
      await restoreVerdicts(
        db,
        a.id,
        [
          ['1.2', before],
          ['1.4', undefined],
        ],
        3000,
      ),
    ).toEqual(['1.2', '1.4']);
    const entries = await entriesOf(db, a.id);
    expect(entries.get('1.2')?.verified).toEqual(before);
    expect(entries.get('1.4')?.verified).toBeUndefined();
    expect(entries.get('1.4')?.raw).toEqual({ value: 'yes' }); // the self entry is untouched
    const last = (await allHistory(db)).filter((h) => h.field === 'verdict' && h.at === 3000);
    expect(last.map((h) => [h.code, h.old, h.new])).toEqual([
      ['1.2', 'Yêu cầu bổ sung — Bổ sung biên bản', 'Đồng ý'],
      ['1.4', 'Đồng ý', ''],
    ]);
  });
});
