// Verdicts carried on re-import (kept when unchanged, stale when changed, exactly the changed list) and the
// commune receiving the district's remarks file (refused for another unit/period, stored items).
import { describe, expect, it } from 'vitest';
import { changedSinceVerified, readRemarksFile } from '../../../../shared/verify';
import { createAssessment } from '../../../../renderer/db/repositories/assessments';
import { entriesOf, saveEntryField } from '../../../../renderer/db/repositories/entries';
import { saveVerdict } from '../../../../renderer/db/repositories/verdicts';
import { buildAssessmentExport, markExported } from '../../../../renderer/exchange/export-assessment';
import { commitImport, dryRun } from '../../../../renderer/exchange/import-pipeline';
import { buildRemarksExport, remarksInputOf } from '../../../../renderer/exchange/remarks-export';
import { remarksSheet } from '../../../../shared/verify/remarks';
import { sheetPrint } from '../../../../shared/excel/sheet-print';
import { importRemarksFile, storeRemarks } from '../../../../renderer/exchange/remarks-import';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { communeDb, dbHash, directReader, districtDb } from '../../exchange/helpers';
import { allHistory, assessmentOn, freshDb } from '../../db/fixtures';

const Y2024 = { year: 2024, kind: 'year' } as const;

async function flow() {
  const c = await communeDb();
  const fw = (await c.frameworks.where('level').equals('commune').toArray())[0]!;
  const a = await createAssessment(c, {
    unitCode: '14758',
    period: Y2024,
    frameworkId: fw.id,
    frameworkVersion: fw.version,
  });
  const set = (code: string, name: 'value' | 'numerator' | 'denominator', v: string) =>
    saveEntryField(c, a.id, code, { kind: 'raw', name }, v);
  await set('1.2', 'numerator', '3');
  await set('1.2', 'denominator', '4');
  await set('1.4', 'value', 'yes');
  await set('1.5', 'value', '50');
  const exportNext = async () => {
    const file = await buildAssessmentExport(c, a.id, '0.1.0');
    await markExported(c, a.id, file.manifest.revision);
    return { name: file.fileName, bytes: file.bytes };
  };
  const d = await districtDb();
  const receive = async (file: { name: string; bytes: Uint8Array }) =>
    commitImport(d, await dryRun(d, [file], await directReader(d), { period: Y2024 }));
  const heldId = async () => (await d.assessments.toArray())[0]!.id;
  return { c, a, fw: fw.framework, set, exportNext, d, receive, heldId };
}

async function layers(db: DtiDatabase, id: string) {
  return new Map([...(await entriesOf(db, id))].map(([k, e]) => [k, e.verified]));
}

describe('verdicts across revisions', () => {
  it('r2 keeps the verdicts of unchanged indicators, marks the changed ones stale, and re-importing r2 writes nothing', async () => {
    const { fw, set, exportNext, d, receive, heldId } = await flow();
    const r1 = await exportNext();
    await receive(r1);
    const id = await heldId();
    expect((await saveVerdict(d, id, '1.2', { verdict: 'agree', at: 1 })).ok).toBe(true);
    expect((await saveVerdict(d, id, '1.4', { verdict: 'request', remark: 'Thiếu quyết định', at: 1 })).ok).toBe(true);
    expect(
      (await saveVerdict(d, id, '1.5', { verdict: 'adjust', raw: { value: '40' }, remark: 'Chỉ 40%', at: 1 })).ok,
    ).toBe(true);
    const before = await layers(d, id);

    await set('1.4', 'value', 'no');
    const r2 = await exportNext();
    const results = await receive(r2);
    expect(results[0]?.kind).toBe('imported');
    const after = await layers(d, id);
    expect(after.get('1.2')).toEqual(before.get('1.2'));
    expect(after.get('1.5')).toEqual(before.get('1.5'));
    expect(after.get('1.4')?.stale).toMatchObject({
      revision: 2,
      changes: [{ field: 'value', old: 'yes', new: 'no' }],
    });
    const entries = [...(await entriesOf(d, id)).values()];
    expect(changedSinceVerified(fw, entries, after).map((i) => i.code)).toEqual(['1.4']);
    expect((await allHistory(d)).filter((h) => h.field === 'import').map((h) => h.new)).toEqual(['r1', 'r2']);

    const hash = await dbHash(d);
    const again = await receive(r2);
    expect(again[0]?.kind).toBe('unchanged');
    expect(await dbHash(d)).toBe(hash);

    // A new decision replaces the stale layer.
    expect((await saveVerdict(d, id, '1.4', { verdict: 'agree', at: 2 })).ok).toBe(true);
    const fixed = await layers(d, id);
    expect(fixed.get('1.4')).toMatchObject({ verdict: 'agree', basis: { revision: 2 } });
    expect(fixed.get('1.4')?.stale).toBeUndefined();
  });
});

describe('remarks file on the commune machine', () => {
  it('stores the district remarks on the right assessment and refuses another unit or period', async () => {
    const { c, a, exportNext, d, receive, heldId } = await flow();
    await receive(await exportNext());
    const id = await heldId();
    await saveVerdict(d, id, '1.4', { verdict: 'request', remark: 'Bổ sung quyết định', at: 1 });
    await saveVerdict(d, id, '1.5', { verdict: 'adjust', raw: { value: '40' }, remark: 'Chỉ 40%', at: 1 });
    await saveVerdict(d, id, '1.2', { verdict: 'agree', at: 1 });
    const file = await buildRemarksExport(d, id, '0.1.0');
    expect(file.fileName).toMatch(/yeu-cau-bo-sung_r1\.xlsx$/);

    // Another period: refused, nothing changes.
    const other = await createAssessment(c, {
      unitCode: '14758',
      period: { year: 2025, kind: 'year' },
      frameworkId: a.frameworkId,
      frameworkVersion: a.frameworkVersion,
    });
    const hash = await dbHash(c);
    const wrongPeriod = await importRemarksFile(c, other.id, file.bytes, file.fileName);
    expect(wrongPeriod).toEqual({
      kind: 'refused',
      message: expect.stringMatching(/kỳ .*2024.*2025.*Không có gì thay đổi/),
    });
    const read = readRemarksFile(file.bytes, file.fileName);
    if (!read.ok) throw new Error(read.error.message);
    const wrongUnit = await storeRemarks(
      c,
      a.id,
      { ...read.manifest, unit: { code: '14761', name: 'Xã Gia Trung' } },
      file.fileName,
    );
    expect(wrongUnit.kind === 'refused' && wrongUnit.message).toMatch(/Xã Gia Trung.*không phải Xã Gia Phong/);
    expect(await dbHash(c)).toBe(hash);

    const ok = await importRemarksFile(c, a.id, file.bytes, file.fileName, 99);
    expect(ok.kind).toBe('stored');
    const row = (await c.assessments.get(a.id))!;
    expect(row.remarks).toMatchObject({ revision: 1, fileName: file.fileName, receivedAt: 99 });
    expect(row.remarks?.items).toEqual([
      { code: '1.4', verdict: 'request', remark: 'Bổ sung quyết định' },
      { code: '1.5', verdict: 'adjust', remark: 'Chỉ 40%', verifiedValue: '40 %' },
    ]);
    const again = await importRemarksFile(c, a.id, file.bytes, file.fileName);
    expect(again.kind === 'refused' && again.message).toMatch(/đã được nhập/);
  });
});

describe('the remarks letter of a province (from 1/7/2025)', () => {
  it("is the Sở Khoa học và Công nghệ's, numbered …/SKHCN", async () => {
    const db = await freshDb();
    await db.units.bulkPut([
      { code: '37', name: 'Tỉnh Ninh Bình', type: 'province', parentCode: '', createdAt: 1 },
      { code: '14464', name: 'Xã Gia Viễn', type: 'commune', parentCode: '37', createdAt: 1 },
    ]);
    const a = await assessmentOn(db, 'commune', '14464', 2025);
    const input = await remarksInputOf(db, a.id, '0.1.0');
    expect(input.level).toBe('province');
    const text = JSON.stringify(sheetPrint(remarksSheet(input)).before);
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('/SKHCN');
    expect(text).not.toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
  });
});
