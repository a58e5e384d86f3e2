import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMUNE_A, communeExports, districtReceives, fillCommuneA, VERIFIER } from './flows/verify-flow';
import { launchApp, type AppSession } from './harness';
import { dumpDb } from './idb';
import { ShellPage } from './page-models/shell-page';
import { VerifyCommuneModel } from './page-models/verify-page';

/**
 * Issue 13, restore drill: a district fills (receives a commune's file) and verifies, downloads a backup from Cài
 * đặt, the profile is wiped, and a fresh profile restores the file: every table equal to before (deep compare of
 * IndexedDB itself) and the verification page shows the same figures. Then a truncated, a tampered and a newer
 * backup are each refused with their own message, and nothing changes.
 */

async function settings(page: Page) {
  await new ShellPage(page).open('Cài đặt');
  await page.getByTestId('backup-panel').waitFor();
}

async function pickRestore(page: Page, path: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Khôi phục từ tệp sao lưu…' }).click(),
  ]);
  await chooser.setFiles(path);
}

async function verifiedFigures(page: Page) {
  const v = new VerifyCommuneModel(page);
  await new ShellPage(page).open('Thẩm tra');
  await v.open(COMMUNE_A.code);
  return { unit: await v.figures('unit-figures'), progress: await v.progress().textContent() };
}

describe('backup and restore in Chromium', () => {
  const sessions: AppSession[] = [];
  let dir = '';
  afterAll(async () => {
    for (const s of sessions) await s.dispose().catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restore drill: back up, wipe the profile, restore into a fresh one; refusals change nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-backup-e2e-'));
    const a = await communeExports(COMMUNE_A, dir, fillCommuneA);
    await a.app.dispose();
    const d = await districtReceives([a.r1.path]);
    sessions.push(d.app);
    const v = new VerifyCommuneModel(d.app.page);
    await v.open(COMMUNE_A.code);
    await v.setVerifier(VERIFIER);
    await v.decide('1.1', 'Đồng ý');
    await v.decide('1.2', 'Điều chỉnh', { value: { a: '2', b: '4' }, remark: 'Biên bản chỉ có 2 cuộc họp.' });
    await v.back();
    const shown = await verifiedFigures(d.app.page);
    await v.back();

    await settings(d.app.page);
    const workers: string[] = [];
    d.app.page.on('worker', (w) => workers.push(w.url()));
    const [download] = await Promise.all([
      d.app.page.waitForEvent('download'),
      d.app.page.getByRole('button', { name: 'Tải tệp sao lưu' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^DTI-Desk_sao-luu_\d{4}-\d{2}-\d{2}_\d{4}\.dtidesk$/);
    const backup = join(dir, download.suggestedFilename());
    await download.saveAs(backup);
    // The backup was taken in a worker, off the page's thread.
    expect(workers.some((u) => u.includes('backup.worker'))).toBe(true);
    await expect.poll(() => d.app.page.getByTestId('backup-last').textContent()).toContain('.dtidesk');
    const before = await dumpDb(d.app.page);
    const entries = (before?.stores.entrySets?.rows ?? []) as { entries: Record<string, unknown> }[];
    expect(entries.flatMap((set) => Object.keys(set.entries)).length).toBeGreaterThan(2);
    await d.app.dispose(); // the profile is gone

    const fresh = await launchApp();
    sessions.push(fresh);
    await settings(fresh.page);
    await pickRestore(fresh.page, backup);
    const plan = fresh.page.getByTestId('restore-plan');
    await plan.waitFor();
    expect(await plan.textContent()).toContain('Huyện Gia Viễn');
    await fresh.page.getByRole('button', { name: 'Khôi phục (thay toàn bộ dữ liệu)' }).click();
    await expect.poll(() => fresh.page.getByTestId('backup-message').textContent()).toContain('Đã khôi phục');
    const after = await dumpDb(fresh.page);
    expect(after?.stores).toEqual(before?.stores);
    expect(await verifiedFigures(fresh.page)).toEqual(shown);

    // Damaged, tampered and newer backups: each refused with its own message, the database unchanged.
    const bytes = await readFile(backup);
    const text = bytes.toString('utf8');
    const nl = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, nl)) as Record<string, unknown>;
    const cases: [string, Buffer | string, RegExp][] = [
      ['cat-ngan.dtidesk', bytes.subarray(0, Math.floor(bytes.length * 0.6)), /bị cắt ngắn hoặc hỏng/],
      ['sua-tay.dtidesk', text.replace('Biên bản chỉ có 2 cuộc họp.', 'Biên bản chỉ có 3 cuộc họp.'), /SHA-256/],
      [
        'ban-moi.dtidesk',
        `${JSON.stringify({ ...head, formatVersion: 99, appVersion: '3.1.0' })}${text.slice(nl)}`,
        /phiên bản 3\.1\.0/,
      ],
    ];
    await new ShellPage(fresh.page).open('Cài đặt');
    for (const [name, content, message] of cases) {
      const path = join(dir, name);
      await writeFile(path, content);
      await pickRestore(fresh.page, path);
      await expect.poll(() => fresh.page.getByTestId('backup-message').textContent()).toMatch(message);
      expect(await fresh.page.getByTestId('restore-plan').count()).toBe(0);
      expect((await dumpDb(fresh.page))?.stores).toEqual(before?.stores);
    }
  });
});
