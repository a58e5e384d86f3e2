// The framework a new assessment gets follows the administrative period: before 1/7/2025 the 2022 commune set,
// from then on the set worded "xã, phường, đặc khu"; an assessment already begun for the period is reopened.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { createAssessment } from '../../../../renderer/db/repositories/assessments';
import { beginAssessment } from '../../../../renderer/db/repositories/begin-assessment';
import { addFramework, defaultFramework } from '../../../../renderer/db/repositories/frameworks';
import { addCommunes, saveDistrict } from '../../../../renderer/db/repositories/units';
import { shippedFramework } from '../../../shared/helpers';
import { freshDb } from '../fixtures';

let db: DtiDatabase;
beforeEach(async () => {
  db = await freshDb();
  await saveDistrict(db, { code: '373', name: 'Huyện Gia Viễn' });
  await addCommunes(db, '373', [{ code: '14524', name: 'Xã Gia Phong' }]);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const begin = async (year: number, kind: 'year' | 'mid-year' = 'year') => {
  const r = await beginAssessment(db, '14524', { year, kind });
  if (!r.ok) throw new Error(r.message);
  return r.row;
};

describe('the framework in force for a period', () => {
  it('before 1/7/2025 the 2022 set, from 1/7/2025 the set worded "xã, phường, đặc khu"', async () => {
    expect((await begin(2024)).frameworkVersion).toBe('2022.1');
    expect((await begin(2025, 'mid-year')).frameworkVersion).toBe('2022.1');
    expect((await begin(2025)).frameworkVersion).toBe('2025.1');
    const a = await begin(2026);
    expect([a.frameworkId, a.frameworkVersion]).toEqual(['ninh-binh-xa', '2025.1']);
    const fw = (await db.frameworks.get([a.frameworkId, a.frameworkVersion]))!.framework;
    expect(fw.indicators[0]?.name).toMatch(/^Người đứng đầu xã, phường, đặc khu /);
    // The district set applies only before 1/7/2025: districts no longer exist.
    expect((await defaultFramework(db, 'district', '2024'))?.id).toBe('ninh-binh-huyen');
    expect(await defaultFramework(db, 'district', '2025')).toBeUndefined();
  });

  it('a set loaded later (a province’s own, for both periods) is the one in force for both', async () => {
    const own = { ...shippedFramework('commune'), id: 'ninh-binh-xa-47', version: '2026.1', title: 'Bộ 47' };
    await new Promise((r) => setTimeout(r, 2));
    expect((await addFramework(db, own)).kind).toBe('added');
    expect((await begin(2024)).frameworkId).toBe('ninh-binh-xa-47');
    expect((await begin(2026)).frameworkId).toBe('ninh-binh-xa-47');
  });

  it('reopens the assessment begun for the period, whatever its framework, instead of starting an empty one', async () => {
    const old = await createAssessment(db, {
      unitCode: '14524',
      period: { year: 2026, kind: 'year' },
      frameworkId: 'ninh-binh-xa',
      frameworkVersion: '2022.1',
    });
    expect((await begin(2026)).id).toBe(old.id);
    expect(await db.assessments.count()).toBe(1);
  });

  it('says what is missing when no framework of the level applies to the period', async () => {
    await db.frameworks.where('level').equals('commune').delete();
    const r = await beginAssessment(db, '14524', { year: 2026, kind: 'year' });
    expect(r).toEqual({
      ok: false,
      message: 'Chưa có bộ chỉ số cấp xã áp dụng cho giai đoạn từ 1/7/2025. Vào Cài đặt để nạp bộ chỉ số.',
    });
    expect(await db.assessments.count()).toBe(0);
  });

  it('tells a district that it assesses only periods before 1/7/2025, not to load a framework', async () => {
    for (const period of [
      { year: 2026, kind: 'year' },
      { year: 2025, kind: 'year' },
    ] as const) {
      const r = await beginAssessment(db, '373', period);
      expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Từ 1\/7\/2025 không còn cấp huyện/) });
      expect(!r.ok && r.message).not.toContain('Cài đặt');
    }
    expect(await db.assessments.count()).toBe(0);
    expect(await beginAssessment(db, '373', { year: 2025, kind: 'mid-year' })).toMatchObject({ ok: true });
  });
});
