import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium';

/**
 * A Chromium that the test can kill like a power cut: started by us with child_process in its own process group
 * (so SIGKILL reaches the browser, zygotes, renderers and the storage service at once), driven over CDP.
 * `launchPersistentContext` gives no process handle, hence this instead of harness.ts for crash tests.
 */
export interface KillableBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Process id of the browser, which is also its process-group id. */
  pid: number;
  /** Uncaught errors seen in the page so far. */
  pageErrors: string[];
  /** SIGKILLs the whole process group and waits until every process of it is gone. */
  kill(): Promise<void>;
  /** Closes the browser normally (then kills whatever is left). */
  close(): Promise<void>;
}

/** Chromium's profile locks, left behind by a killed browser. */
const SINGLETON_FILES = ['SingletonLock', 'SingletonSocket', 'SingletonCookie'];

/** Removes the stale profile locks a killed Chromium leaves, so the next launch on the profile is not refused. */
export async function clearSingletonLocks(profileDir: string): Promise<void> {
  await Promise.all(SINGLETON_FILES.map((f) => rm(join(profileDir, f), { force: true })));
}

/**
 * Whether any process of the group still runs. A killed process stays a zombie until its parent reaps it (in
 * containers a slow init may take a second or more); a zombie holds no files, so it counts as gone.
 */
function groupAlive(pgid: number): boolean {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces or parentheses, so split after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

async function waitGroupGone(pgid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (Date.now() > until) throw new Error(`Chromium process group ${pgid} still alive ${timeoutMs} ms after SIGKILL`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function waitDevToolsUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => done(new Error(`Chromium printed no DevTools URL in ${timeoutMs} ms:\n${text}`)),
      timeoutMs,
    );
    const onData = (d: Buffer) => {
      text += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) done(null, m[1]);
    };
    const onExit = (code: number | null) => done(new Error(`Chromium exited (${code}) before listening:\n${text}`));
    function done(err: Error | null, url?: string) {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining stderr so a chatty browser never blocks on a full pipe.
      child.stderr?.resume();
      if (err) reject(err);
      else resolve(url as string);
    }
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Starts Chromium on `profileDir` (clearing stale locks first) and connects to it; the page is about:blank. */
export async function launchKillable(chromiumPath: string, profileDir: string): Promise<KillableBrowser> {
  await clearSingletonLocks(profileDir);
  const child = spawn(
    chromiumPath,
    [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      '--window-size=1280,860',
      '--lang=vi-VN',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${chromiumPath}`);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const killGroup = async () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
    await waitGroupGone(pid, 5000);
  };
  try {
    const wsUrl = await waitDevToolsUrl(child, 20_000);
    const browser = await chromium.connectOverCDP(wsUrl);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium over CDP has no default context');
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    return {
      browser,
      context,
      page,
      pid,
      pageErrors,
      kill: killGroup,
      async close() {
        // Browser.close shuts Chromium down cleanly (Playwright's close only disconnects from a CDP browser).
        const cdp = await browser.newBrowserCDPSession().catch(() => null);
        await cdp?.send('Browser.close').catch(() => undefined);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        await killGroup();
      },
    };
  } catch (e) {
    await killGroup();
    throw e;
  }
}
