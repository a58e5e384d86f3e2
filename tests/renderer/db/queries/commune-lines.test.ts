// The verification board's data: every commune of the district, what was received from each, its figures.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportAssessment } from '@shared/exchange/export';
import { communeLine, loadCommuneLines } from '../../../../renderer/db/queries/commune-lines';
import { addCommunes } from '../../../../renderer/db/repositories/units';
import { entriesOfSet } from '../../../../renderer/db/entry-sets';
import { commitImport, dryRun } from '../../../../renderer/exchange/import-pipeline';
import { directReader, districtDb } from '../../exchange/helpers';
import { sampleInput } from '../../../shared/exchange/sample';

const period = { year: 2024, kind: 'year' } as const;

describe('loadCommuneLines', () => {
  it('gives each commune its received file, framework and entries, and the others none, in Vietnamese order', async () => {
    const db = await districtDb();
    await addCommunes(db, '373', [{ code: '14764', name: 'Xã Đại Hoàng' }]);
    const trung = sampleInput({
      unit: { code: '14761', name: 'Xã Gia Trung', type: 'commune' },
      exportId: 'e2',
      entries: sampleInput().entries.map((e) => ({ ...e, note: 'Số liệu của Gia Trung' })),
    });
    const files = [
      { name: 'phong.xlsx', bytes: (await exportAssessment(sampleInput())).bytes },
      { name: 'trung.xlsx', bytes: (await exportAssessment(trung)).bytes },
    ];
    await commitImport(db, await dryRun(db, files, await directReader(db), { period }));

    const lines = await loadCommuneLines(db, '373', period);
    expect(lines.map((l) => l.unit.name)).toEqual(['Xã Đại Hoàng', 'Xã Gia Phong', 'Xã Gia Trung']);
    // Each line as the board would build it from that commune's own rows, one by one.
    for (const line of lines) {
      const a = (await db.assessments.where('unitCode').equals(line.unit.code).toArray())[0];
      if (!a) {
        expect(line).toEqual(communeLine(line.unit, undefined, null, []));
        continue;
      }
      const fw = (await db.frameworks.get([a.frameworkId, a.frameworkVersion]))?.framework ?? null;
      const entries = entriesOfSet(await db.entrySets.get(a.id));
      expect(entries).toHaveLength(sampleInput().entries.length);
      expect(line).toEqual(communeLine(line.unit, a, fw, entries));
      expect(line.aggregate).not.toBeNull();
    }
    expect(lines.filter((l) => l.assessment).map((l) => l.unit.code)).toEqual(['14758', '14761']);
    expect(lines[2]?.entries.every((e) => e.note === 'Số liệu của Gia Trung')).toBe(true);
    expect(lines[1]?.entries.some((e) => e.note === 'Số liệu của Gia Trung')).toBe(false);
  });
});
