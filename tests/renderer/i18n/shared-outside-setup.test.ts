// The renderer's own setup refusals (renderer/db/repositories/setup-package.ts, frameworks.ts) said in English:
// made by the real repositories on fresh machines, recognised by areas/shared-outside.ts.
import { describe, expect, it } from 'vitest';
import { readSetupPackage, writeSetupPackage } from '../../../shared/exchange/setup-package';
import { beginAssessment } from '../../../renderer/db/repositories/begin-assessment';
import { receivePackage, setupPackageOf } from '../../../renderer/db/repositories/setup-package';
import { officialRow, saveSetup } from '../../../renderer/db/repositories/units';
import { shippedList } from '../../shared/units/fixtures';
import { freshDb } from '../db/fixtures';
import { EMPTY_INFO } from '../../../shared/entry/types';
import { buildManifest } from '../../../shared/exchange/export';
import { storeImportedAssessment } from '../../../renderer/db/repositories/imports';
import { sampleInput } from '../../shared/exchange/sample';
import { districtDb } from '../exchange/helpers';
import { expectEnglish } from './english';

const l2025 = shippedList('2025');
const row = (code: string, parent = '') => officialRow(l2025.byCode.get(code)!, '2025', parent);
async function machine(own?: string, withFrameworks = true) {
  const db = await freshDb(withFrameworks);
  await saveSetup(db, { list: '2025', receiving: row('37'), ...(own ? { own: row(own, '37') } : {}), communes: [] });
  return db;
}
const refusal = (r: { ok: true } | { ok: false; message: string }) => {
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
};

describe('setup refusals of this machine, in English', () => {
  it('a package made or received on the wrong machine, or bringing a changed framework', async () => {
    const province = await machine();
    const commune = await machine('14464');
    const made = await setupPackageOf(province);
    if (!made.ok) throw new Error(made.message);
    const read = readSetupPackage(writeSetupPackage(made.pkg));
    if (!read.ok) throw new Error(read.error);
    const pkg = read.pkg;
    await beginAssessment(commune, '14464', { year: 2026, kind: 'year' });
    const other = { ...pkg, receiving: { code: '01', name: 'Other', level: 'province' as const } };
    const messages = [
      refusal(await setupPackageOf(commune)),
      refusal(await setupPackageOf(await machine(undefined, false))),
      refusal(await receivePackage(province, pkg)),
      refusal(await receivePackage(commune, other)),
      refusal(await receivePackage(commune, { ...pkg, framework: { ...pkg.framework, title: 'Changed' } })),
    ];
    const said = messages.map((m) => expectEnglish(m, ['Tỉnh Ninh Bình']));
    expect(said[4]).toMatch(
      /^Framework "ninh-binh-xa" version 2025\.1 is used by 1 assessment\(s\).* Nothing changed\.$/,
    );
  });

  it('a file whose unit or framework went away between the dry run and the commit', async () => {
    const d = await districtDb();
    const m = buildManifest(sampleInput());
    const incoming = (manifest: typeof m) => ({
      manifest,
      info: EMPTY_INFO,
      entries: [],
      from: { fileName: 'x.xlsx', sha256: 'f'.repeat(64), exportId: manifest.exportId, revision: 1 },
    });
    for (const manifest of [
      { ...m, unit: { ...m.unit, code: '99999', name: 'Other' } },
      { ...m, framework: { ...m.framework, id: 'other' } },
    ]) {
      const r = await storeImportedAssessment(d, incoming(manifest) as Parameters<typeof storeImportedAssessment>[1]);
      expect(r.kind).toBe('refused');
      if (r.kind === 'refused') expectEnglish(r.message);
    }
  });
});
