import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium';

describe('npm run web', () => {
  let server: ChildProcess | undefined;
  afterEach(() => {
    server?.kill();
    server = undefined;
  });

  it('serves the built app on localhost, prints the URL, and a browser opens it', async () => {
    // The same server script `npm run web` starts after building (PORT=0: any free port).
    server = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000);
      server!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /https?:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const profile = await mkdtemp(join(tmpdir(), 'dti-desk-web-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: inject('chromiumPath'),
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');
      await expect.poll(() => page.getByTestId('app-title').textContent()).toBe('DTI Desk — Đánh giá chuyển đổi số');
      const missing = await page.request.get(new URL('../../etc/passwd', url).href);
      expect(missing.status()).toBe(404);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
