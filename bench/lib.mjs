// Shared pieces of the benchmarks: the served build, Debian's Chromium, statistics and result rows.
// Plain Node ESM (run after `npm run build`), no TypeScript, so the e2e flags are repeated from tests/e2e/chromium.ts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDir } from '../scripts/serve.mjs';

/** Same as tests/e2e/chromium.ts: headless, and no network chatter on a closed machine. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium: CHROMIUM_PATH, `chromium` on PATH, or /usr/bin/chromium. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('No Chromium: sudo apt-get install -y chromium, or set CHROMIUM_PATH.');
}

/** Serves dist/renderer and finds Chromium; what every benchmark gets. */
export async function openBenchContext() {
  const dist = fileURLToPath(new URL('../dist/renderer', import.meta.url));
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first.');
  const server = await serveDir(dist, 0);
  return {
    baseUrl: server.url,
    chromiumPath: findChromium(),
    close: () => server.close(),
  };
}

/** A fresh Chromium profile with the app open; `dispose` closes it and deletes the profile. */
export async function launchApp(ctx) {
  const profileDir = await mkdtemp(join(tmpdir(), 'dti-desk-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: ctx.chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    errors,
    async dispose() {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The p-th percentile (0–100) of numbers, nearest-rank. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

/**
 * One figure of the summary. `target` is an upper bound in the same unit, or undefined for figures shown for
 * context only; the run never fails on a missed target (timings are noisy on small shared machines).
 */
export function result(name, value, target, note = '') {
  return { name, value, target, note };
}

/** Prints the summary table: figure, target, PASS/MISS. */
export function printSummary(rows) {
  const verdict = (r) => (r.target === undefined ? '' : r.value <= r.target ? 'PASS' : 'MISS');
  const bound = (t) => (t === undefined ? '—' : `≤ ${ms(t).replace('.0 ms', ' ms')}`);
  const lines = rows.map((r) => [r.name, ms(r.value), bound(r.target), verdict(r), r.note]);
  const head = ['benchmark', 'measured', 'target', 'result', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  console.log(`\n${fmt(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(fmt(l));
}
