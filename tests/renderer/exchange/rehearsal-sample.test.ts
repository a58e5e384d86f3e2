// The sample the import's readers rehearse on while the verifier chooses files (renderer/public/samples, written by
// scripts/build-rehearsal-sample.mjs): a whole, valid file of the newest commune framework shipped, so that a
// rehearsal runs every part of the reader that a commune's real file runs, and compiles it: the form seal's check,
// as a file the commune exported and nobody touched.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from '../../../shared/exchange/import';
import { frameworkFromCatalog } from '../../../shared/framework/catalog';
import { shippedIndex, shippedText } from '../../shared/helpers';

const REGENERATE = 'run `node scripts/build-rehearsal-sample.mjs` and commit renderer/public/samples/rehearsal.xlsx';

function newestCommuneFramework() {
  const entry = shippedIndex()
    .filter((e) => e.meta.level === 'commune')
    .sort((a, b) => b.meta.version.localeCompare(a.meta.version, 'en', { numeric: true }))[0]!;
  const built = frameworkFromCatalog(entry.meta, shippedText(entry.file));
  if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
  return built.framework;
}

describe('the rehearsal sample shipped with the app', () => {
  it('is read whole by the import reader, as a file of the newest commune framework shipped', () => {
    const fw = newestCommuneFramework();
    const bytes = new Uint8Array(
      readFileSync(new URL('../../../renderer/public/samples/rehearsal.xlsx', import.meta.url)),
    );
    const r = readAssessmentFile(bytes, 'rehearsal.xlsx', {
      resolveFramework: (id, version) => (id === fw.id && version === fw.version ? fw : undefined),
    });
    expect(r.ok ? '' : `${r.error.message} (${REGENERATE})`).toBe('');
    if (!r.ok) return;
    expect(r.manifest.framework, REGENERATE).toMatchObject({ id: fw.id, version: fw.version });
    expect(r.entries.map((e) => e.code)).toEqual(fw.indicators.map((i) => i.code));
    // Every indicator holds a value, so every value type's parsing and scoring is run.
    expect(r.entries.filter((e) => Object.values(e.raw).every((v) => v === ''))).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.differences).toEqual([]);
    expect(r.hazards).toEqual([]);
    expect(r.manifest.unit).toMatchObject({ code: '99999', name: 'Xã Mẫu' });
    // Sealed, as the communes' own exports are: the rehearsal compiles the path their files take.
    expect(r.formSealed, REGENERATE).toBe(true);
    // Its manifest carries its text inline, as today's exports do (shared/excel/inline-text), so the rehearsal runs
    // the read that hands SheetJS no shared strings.
    const manifest = strFromU8(unzipSync(bytes)['xl/worksheets/sheet3.xml']!);
    expect(manifest, REGENERATE).toContain('payloadParts');
    expect(manifest, REGENERATE).not.toMatch(/t="s"/);
  });
});
