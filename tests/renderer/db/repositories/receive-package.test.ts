// A setup package opened again on a commune already set up: the framework it brings is the one in force for new
// assessments; another receiving unit's package and a changed framework under a held version are refused, nothing
// changed. The verifier's package carries the commune set in force for its period.
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupPackage } from '../../../../shared/exchange/setup-package';
import { readSetupPackage, writeSetupPackage } from '../../../../shared/exchange/setup-package';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { addFramework } from '../../../../renderer/db/repositories/frameworks';
import { beginAssessment } from '../../../../renderer/db/repositories/begin-assessment';
import { receivePackage, setupPackageOf } from '../../../../renderer/db/repositories/setup-package';
import { officialRow, saveSetup } from '../../../../renderer/db/repositories/units';
import { shippedList } from '../../../shared/units/fixtures';
import { freshDb } from '../fixtures';

const l2025 = shippedList('2025');
const row = (code: string, parent = '') => officialRow(l2025.byCode.get(code)!, '2025', parent);
const dbs: DtiDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function machine(own?: string): Promise<DtiDatabase> {
  const db = await freshDb();
  dbs.push(db);
  await saveSetup(db, {
    list: '2025',
    receiving: row('37'),
    ...(own ? { own: row(own, '37') } : {}),
    communes: [],
  });
  return db;
}

/** The province's package, written and read back as a commune's machine reads the file. */
async function packageOf(province: DtiDatabase): Promise<SetupPackage> {
  const made = await setupPackageOf(province);
  if (!made.ok) throw new Error(made.message);
  const read = readSetupPackage(writeSetupPackage(made.pkg));
  if (!read.ok) throw new Error(read.error);
  return read.pkg;
}

describe('receivePackage', () => {
  it('brings a new framework version: new assessments get it, the one begun keeps its own', async () => {
    const province = await machine();
    expect((await packageOf(province)).framework.version).toBe('2025.1');
    const commune = await machine('14464');
    const begun = await beginAssessment(commune, '14464', { year: 2026, kind: 'year' });
    expect(begun.ok && begun.row.frameworkVersion).toBe('2025.1');

    // The province loads a new version of the commune set; its package now carries it.
    const held = (await province.frameworks.get(['ninh-binh-xa', '2025.1']))!.framework;
    const v2026 = { ...held, version: '2026.1', title: 'Bộ chỉ số cấp xã năm 2026' };
    await new Promise((r) => setTimeout(r, 2));
    await addFramework(province, v2026);
    const pkg = await packageOf(province);
    expect(pkg.framework.version).toBe('2026.1');

    const r = await receivePackage(commune, pkg);
    expect(r).toEqual({ ok: true, received: { kind: 'added', title: 'Bộ chỉ số cấp xã năm 2026', version: '2026.1' } });
    const again = await beginAssessment(commune, '14464', { year: 2026, kind: 'year' });
    expect(again.ok && again.row.id).toBe(begun.ok && begun.row.id);
    const next = await beginAssessment(commune, '14464', { year: 2027, kind: 'year' });
    expect(next.ok && next.row.frameworkVersion).toBe('2026.1');
    // Opened a second time: already held, still in force.
    expect(await receivePackage(commune, pkg)).toMatchObject({ ok: true, received: { kind: 'unchanged' } });
  });

  it('refuses another receiving unit’s package and a changed framework under a held version, changing nothing', async () => {
    const commune = await machine('14464');
    const pkg = await packageOf(await machine());
    const before = await commune.frameworks.toArray();
    const other = { ...pkg, receiving: { code: '01', name: 'Thành phố Hà Nội', level: 'province' as const } };
    const r = await receivePackage(commune, other);
    expect(r).toEqual({
      ok: false,
      message:
        'Gói này của Thành phố Hà Nội (mã 01), không phải của đơn vị nhận tệp của máy này: Tỉnh Ninh Bình (mã 37). Không có gì thay đổi.',
    });
    await beginAssessment(commune, '14464', { year: 2026, kind: 'year' });
    const changed = { ...pkg, framework: { ...pkg.framework, title: 'Tên khác' } };
    const refused = await receivePackage(commune, changed);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/không thể thay đổi.*Không có gì thay đổi\.$/s);
    expect(await commune.frameworks.toArray()).toEqual(before);
  });

  it('is for a commune machine only', async () => {
    const province = await machine();
    const r = await receivePackage(province, await packageOf(province));
    expect(r.ok).toBe(false);
  });
});
