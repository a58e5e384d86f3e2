/* global window, document, MutationObserver, requestAnimationFrame -- only inside functions Playwright runs in the page */
// Shared pieces of the benchmarks: the served build, Debian's Chromium, statistics and result rows.
// Plain Node ESM (run after `npm run build`), no TypeScript; Chromium is found as the e2e tests find it.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium.mjs';
import { serveDir } from '../scripts/serve.mjs';

export { CHROMIUM_FLAGS };

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

/**
 * A fresh Chromium profile with the app open; `dispose` closes it and deletes the profile. `launch` adds to the
 * launch options (the import bench sets bypassCSP to add SheetJS's own bundle beside the app).
 */
export async function launchApp(ctx, launch = {}) {
  const profileDir = await mkdtemp(join(tmpdir(), 'dti-desk-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: ctx.chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
    ...launch,
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

/**
 * First run as a district typed by hand (before 7/2025, "Nhập tay…"): the setup the entry and import benchmarks
 * start from, unchanged since the official lists came (issue 12).
 */
export async function setupDistrictByHand(page, district) {
  await page.getByText('Thiết lập lần đầu').waitFor();
  await page.getByLabel(/^Trước 1\/7\/2025/).check();
  await page.getByLabel(/^UBND huyện/).check();
  await page.getByRole('button', { name: /Nhập tay/ }).click();
  await page.locator('input[name=district-code]').fill(district.code);
  await page.locator('input[name=district-name]').fill(district.name);
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
}

/**
 * Watches the page for `selector` (holding `text`, if given); `painted()` resolves to the page's clock
 * (performance.now()) just after the first frame that shows it: a MutationObserver, then the frame
 * (requestAnimationFrame, then a MessageChannel task, which runs once the frame is produced). Install it before the
 * action whose result it awaits.
 *
 * Playwright's own `waitFor` polls the page (after 0, 20, 100 and 100 ms, then every 500 ms), so a figure taken
 * with it is late by up to half a second: about 0.4 s of the 129 files' 1.7 s import was that wait, not the app.
 */
export async function watchPaint(page, selector, { text = '', timeout = 600_000 } = {}) {
  const id = await page.evaluate(
    ([sel, text, ms]) => {
      const shown = () => [...document.querySelectorAll(sel)].some((e) => e.textContent.includes(text));
      if (shown()) throw new Error(`watchPaint: ${sel} is already on the page`);
      const watches = (window.__benchWatches ??= []);
      watches.push(
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            mo.disconnect();
            reject(new Error(`watchPaint: no ${sel} within ${ms} ms`));
          }, ms);
          const mo = new MutationObserver(() => {
            if (!shown()) return;
            mo.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now());
              ch.port2.postMessage(0);
            });
          });
          mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        }),
      );
      return watches.length - 1;
    },
    [selector, text, timeout],
  );
  return { painted: () => page.evaluate((i) => window.__benchWatches[i], id) };
}

/** The page's clock (performance.now()) at the next click anywhere in it, as the page received it. */
export async function watchClick(page) {
  const id = await page.evaluate(() => {
    const clicks = (window.__benchClicks ??= []);
    clicks.push(
      new Promise((resolve) =>
        document.addEventListener('click', () => resolve(performance.now()), { capture: true, once: true }),
      ),
    );
    return clicks.length - 1;
  });
  return { at: () => page.evaluate((i) => window.__benchClicks[i], id) };
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
export function result(name, value, target, note = '', unit = 'ms') {
  return { name, value, target, note, unit };
}

/** A value in its unit: "12.3 ms", "412 MB", "231.4 kB". */
export function formatValue(v, unit = 'ms') {
  if (!Number.isFinite(v)) return 'n/a';
  if (unit === 'ms') return ms(v);
  if (unit === 'MB') return `${v.toFixed(0)} MB`;
  if (unit === 'kB') return `${v.toFixed(1)} kB`;
  if (unit === 'lists') return `${v.toFixed(0)} lists`;
  return `${v.toFixed(2)} ${unit}`;
}

/** Prints the summary table: figure, target, PASS/MISS. */
export function printSummary(rows) {
  const verdict = (r) => (r.target === undefined ? '' : r.value <= r.target ? 'PASS' : 'MISS');
  const bound = (r) =>
    r.target === undefined ? '—' : `≤ ${formatValue(r.target, r.unit).replace(/\.0 (ms|kB)$/, ' $1')}`;
  const lines = rows.map((r) => [r.name, formatValue(r.value, r.unit), bound(r), verdict(r), r.note]);
  const head = ['benchmark', 'measured', 'target', 'result', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(`\n${fmt(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const l of lines) console.log(fmt(l));
}

export { bundleForNode } from '../scripts/bundle-node.mjs';
