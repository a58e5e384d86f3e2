import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './chromium';

/** A running app: one Chromium with its own fresh profile (its own IndexedDB), and the app's page. */
export interface AppSession {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  /** Closes the browser; the profile stays until `dispose`. */
  close(): Promise<void>;
  /** Closes the browser and deletes the profile. */
  dispose(): Promise<void>;
}

export interface LaunchOptions {
  /** Re-use a profile folder (to reopen a closed session with its data). */
  profileDir?: string;
  /** A script run before the app's own, e.g. a stub of the desktop bridge. */
  initScript?: string;
  acceptDownloads?: boolean;
}

/** Starts Debian's Chromium on a profile folder and opens the built app. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppSession> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'dti-desk-e2e-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: options.acceptDownloads ?? true,
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const errors: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(inject('baseUrl'));
  const close = async () => {
    await context.close().catch(() => undefined);
    if (errors.length) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
  };
  return {
    context,
    page,
    profileDir,
    close,
    async dispose() {
      try {
        await close();
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    },
  };
}
