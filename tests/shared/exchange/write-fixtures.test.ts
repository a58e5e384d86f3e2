// Writes the fixture files. Skipped unless asked:
//   WRITE_FIXTURES=1 npx vitest run tests/shared/exchange/write-fixtures
// - tests/fixtures/exchange/hostile/: the hostile corpus (hostile-corpus.ts is the source of truth; files over
//   200 KB are listed in the folder's .gitignore);
// - tests/fixtures/exchange/libreoffice/: our export re-saved by LibreOffice (needs `soffice` on PATH).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as XLSX from 'xlsx';
import { describe, it } from 'vitest';
import { exportAssessment } from '../../../shared/exchange/export';
import { hostileCorpus } from './hostile-corpus';
import { ESCAPE_LOOKALIKE_NOTE, readBook, rowOf, sampleInput, writeBook } from './sample';

const root = fileURLToPath(new URL('../../fixtures/exchange/', import.meta.url));
const enabled = process.env.WRITE_FIXTURES === '1';

function libreOfficeResave(bytes: Uint8Array, name: string, outName: string): void {
  const tmp = mkdtempSync(join(tmpdir(), 'dti-lo-'));
  try {
    mkdirSync(join(tmp, 'in'));
    writeFileSync(join(tmp, 'in', name), bytes);
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'xlsx', '--outdir', join(tmp, 'out'), join(tmp, 'in', name)],
      { stdio: 'ignore', timeout: 120_000 },
    );
    mkdirSync(join(root, 'libreoffice'), { recursive: true });
    writeFileSync(join(root, 'libreoffice', outName), readFileSync(join(tmp, 'out', name)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe.runIf(enabled)('write fixtures', () => {
  it('writes the hostile corpus', async () => {
    const dir = join(root, 'hostile');
    mkdirSync(dir, { recursive: true });
    const big: string[] = [];
    for (const c of await hostileCorpus()) {
      writeFileSync(join(dir, c.name), c.bytes);
      if (c.bytes.length > 200_000) big.push(c.name);
    }
    writeFileSync(
      join(dir, '.gitignore'),
      `# Large generated files; regenerate with WRITE_FIXTURES=1 (see tests/shared/exchange/write-fixtures.test.ts).\n${big.join('\n')}\n`,
    );
  });

  it('writes the LibreOffice re-saves', async () => {
    const base = (await exportAssessment(sampleInput())).bytes;
    libreOfficeResave(base, 'export.xlsx', 'resaved.xlsx');
    const wb = readBook(base);
    const ws = wb.Sheets['Biểu mẫu 01'] as XLSX.WorkSheet;
    ws[`L${rowOf(ws, '1.2')}`] = { t: 's', v: '13' };
    libreOfficeResave(writeBook(wb), 'edited.xlsx', 'resaved-edited-1.2-numerator.xlsx');
    const input = sampleInput();
    const entries = input.entries.map((e, i) => (i === 0 ? { ...e, note: ESCAPE_LOOKALIKE_NOTE } : e));
    libreOfficeResave(
      (await exportAssessment({ ...input, entries })).bytes,
      'lookalike.xlsx',
      'resaved-escape-lookalike.xlsx',
    );
  }, 300_000);
});
