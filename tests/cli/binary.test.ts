// The built `dti-desk` command as a user runs it (a real process, worker threads): exit codes, --json that
// parses, no progress bar when piped, and `consolidate` writing the consolidated workbook.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { exportAssessment } from '../../shared/exchange/export';
import { sampleInput } from '../shared/exchange/sample';
import { tempFolder } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'cli/bin.mjs');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'cli', logLevel: 'silent' });
  const commune = async (code: string, name: string, revision: number) =>
    await exportAssessment(
      sampleInput({ unit: { code, name, type: 'commune' }, revision, exportId: `e-${code}-${revision}` }),
    );
  folder = await tempFolder([
    { name: 'gia-phong-r2.xlsx', bytes: (await commune('14758', 'Xã Gia Phong', 2)).bytes },
    { name: 'gia-phong-r3.xlsx', bytes: (await commune('14758', 'Xã Gia Phong', 3)).bytes },
    { name: 'gia-trung.xlsx', bytes: (await commune('14761', 'Xã Gia Trung', 1)).bytes },
  ]);
}, 60_000);
afterAll(() => folder?.dispose());

describe('dti-desk (built, in its own process)', () => {
  it('checks a folder with worker threads: exit 0, one line per file, no progress bar when piped', async () => {
    const r = await run(['check', folder.dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('✓ '))).toHaveLength(3);
    expect(r.stdout).toContain('3 tệp: 3 hợp lệ, 0 bị từ chối');
    expect(r.stderr).toBe('');
  });

  it('--json parses; a refused file makes exit code 1', async () => {
    const r = await run(['check', '--json', '--ky', '2025', folder.dir]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { verdict: string; message: string }[]; totals: { refused: number } };
    expect(out.totals.refused).toBe(3);
    expect(out.files[0]?.message).toBe('Tệp là kỳ năm 2024, không phải kỳ năm 2025 đang nhận.');
  });

  it('exit code 2 for a usage error', async () => {
    const r = await run(['consolidate', folder.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o tong-hop.xlsx');
  });

  it('consolidate writes the workbook: one row per commune, the highest revision, marked received, not verified', async () => {
    const out = join(folder.dir, 'tong-hop.xlsx');
    const r = await run(['consolidate', folder.dir, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('tổng hợp 2 xã (tự đánh giá, chưa thẩm tra)');
    const wb = XLSX.read(await readFile(out), { type: 'buffer' });
    expect(wb.SheetNames).toContain('Tổng hợp');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Tổng hợp'] as XLSX.WorkSheet, { header: 1 });
    const text = rows.map((row) => row.join('|')).join('\n');
    expect(text).toContain('Xã Gia Phong');
    expect(text).toContain('Xã Gia Trung');
    expect(text).toContain('Đã nhận');
    expect(text).not.toContain('Đã thẩm tra');
    const manifest = XLSX.utils.sheet_to_csv(wb.Sheets['_manifest'] as XLSX.WorkSheet);
    expect(manifest).toContain('e-14758-3');
    expect(manifest).not.toContain('e-14758-2');
  });
});
