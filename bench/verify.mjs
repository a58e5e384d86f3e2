/* global window, document, MutationObserver, indexedDB, requestIdleCallback -- only inside functions Playwright runs in the page */
// The verification benchmark (issue 15): a district verifier agrees to the 50 indicators of one received commune
// with the keyboard (A on each line of the dense view). Each verdict is timed from the keydown to the moment its
// line shows the verdict, which the page only does once the verdict's IndexedDB transaction committed (the line
// is drawn from the stored row). Every verdict is then read back from IndexedDB.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawCommitTimes } from './entry-probe.mjs';
import { bundleForNode, launchApp, ms, percentile, result, setupDistrictByHand } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DISTRICT = { code: '373', name: 'Huyện Gia Viễn' };
const COMMUNE = { code: '14758', name: 'Xã Gia Phong' };
/** A district verifies its communes only for periods before 1/7/2025 (after that, the province does). */
const YEAR = 2024;

const ENTRY = `
export { exportAssessment } from '@shared/exchange/export';
export { frameworkFromCatalog } from '@shared/framework/catalog';
export { parseFrameworkIndex } from '@shared/framework/framework-index';
export { randomRaw, seededRandom } from '@shared/verify/bench';
`;

/** One commune file with every indicator filled with a valid value. */
async function communeFile(dir) {
  const lib = await bundleForNode('verify-bench', ENTRY, /^(xlsx|@noble\/hashes)(\/|$)/);
  const fwDir = join(root, 'renderer/public/frameworks');
  const index = lib.parseFrameworkIndex(JSON.parse(await readFile(join(fwDir, 'index.json'), 'utf8')));
  const entry = index.entries.find((e) => e.meta.level === 'commune');
  const fw = lib.frameworkFromCatalog(entry.meta, await readFile(join(fwDir, entry.file), 'utf8')).framework;
  const rnd = lib.seededRandom(15);
  const out = await lib.exportAssessment({
    framework: fw,
    unit: { ...COMMUNE, type: 'commune' },
    district: DISTRICT,
    period: { year: YEAR, kind: 'year' },
    info: {},
    entries: fw.indicators.map((ind, i) => ({
      code: ind.code,
      raw: lib.randomRaw(ind, rnd),
      evidence: { docNumber: `${i + 1}/QĐ-UBND`, docDate: `15/03/${YEAR}`, summary: 'Kế hoạch', link: '' },
      note: '',
    })),
    revision: 1,
    exportId: 'bench-verify',
    exportedAt: Date.UTC(YEAR, 0, 15),
    appVersion: '0.1.0',
  });
  const path = join(dir, out.fileName);
  await writeFile(path, out.bytes);
  return { path, codes: fw.indicators.map((i) => i.code) };
}

/** In the page: times keydown (capture) → the line of `window.__vb.code` showing data-verdict="agree". */
function installVerdictProbe() {
  const vb = { code: '', start: 0, done: 0 };
  window.__vb = vb;
  document.addEventListener('keydown', (e) => (vb.start = e.timeStamp), true);
  new MutationObserver((list) => {
    for (const m of list) {
      const el = m.target;
      if (el.getAttribute?.('data-code') === vb.code && el.getAttribute('data-verdict') === 'agree' && !vb.done)
        vb.done = performance.now();
    }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-verdict'] });
}

/** Reads every stored verdict of the commune from IndexedDB (the app's database, opened without Dexie). */
function storedVerdicts() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('dti-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const rows = open.result.transaction('entrySets').objectStore('entrySets').getAll();
      rows.onsuccess = () =>
        resolve(
          rows.result
            .flatMap((set) => Object.entries(set.entries))
            .filter(([, e]) => e.verified)
            .map(([code, e]) => [code, e.verified.verdict]),
        );
      rows.onerror = () => reject(rows.error);
    };
  });
}

/** Runs the verification benchmark; prints its details and returns its summary rows. */
export async function benchVerify(ctx) {
  const dir = await mkdtemp(join(tmpdir(), 'dti-verify-bench-'));
  const app = await launchApp(ctx);
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const file = await communeFile(dir);
    await page.goto(ctx.baseUrl);
    await setupDistrictByHand(page, DISTRICT);
    await page.locator('textarea[name=unit-paste]').fill(`Mã\tTên\n${COMMUNE.code}\t${COMMUNE.name}`);
    await page.getByRole('button', { name: 'Thêm các xã' }).click();
    await page.getByTestId('unit-list').getByText(COMMUNE.name).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Thẩm tra', exact: true }).click();
    await page.locator('input[name=receiving-year]').fill(String(YEAR));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Nhập tệp của xã…' }).click(),
    ]);
    await chooser.setFiles([file.path]);
    await page.getByRole('button', { name: /^Nhập các tệp hợp lệ/ }).click();
    await page.getByTestId('import-results').waitFor();
    await page.getByTestId(`commune-${COMMUNE.code}`).getByRole('button', { name: 'Thẩm tra', exact: true }).click();
    await page.getByTestId('verify-lines').waitFor();
    await page.evaluate(installVerdictProbe);

    const times = [];
    for (const [i, code] of file.codes.entries()) {
      await page.evaluate((c) => Object.assign(window.__vb, { code: c, start: 0, done: 0 }), code);
      await page.keyboard.press('a');
      await page.waitForFunction(() => window.__vb.done > 0, null, { timeout: 10_000 });
      const vb = await page.evaluate(() => window.__vb);
      times.push(vb.done - vb.start);
      // A verifier reads the next line before deciding: let the page settle (figures re-read) first.
      await page
        .getByTestId('verify-progress')
        .filter({ hasText: `Đã thẩm tra ${i + 1}/` })
        .waitFor();
      await page.evaluate(() => new Promise((ok) => requestIdleCallback(ok, { timeout: 500 })));
    }
    await page
      .getByTestId('verify-progress')
      .filter({ hasText: `Đã thẩm tra ${file.codes.length}/` })
      .waitFor();
    const stored = new Map(await page.evaluate(storedVerdicts));
    const missing = file.codes.filter((c) => stored.get(c) !== 'agree').length;
    const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
    console.log(`\nverify — ${file.codes.length}-indicator commune, dense view at 1366×768, headless Chromium`);
    console.log(
      `  verdict → saved and line updated (keydown "A" → the line shows Đồng ý, drawn from the committed row), ` +
        `${times.length} verdicts: p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(Math.max(...times))}; ` +
        `${missing} verdicts missing from IndexedDB afterwards`,
    );
    const floor = await page.evaluate(rawCommitTimes, { n: 50, durability: 'strict' });
    const [f50, f95] = [percentile(floor, 50), percentile(floor, 95)];
    console.log(
      `    floor, a bare one-record strict IndexedDB transaction in the same page: p50 ${ms(f50)}, p95 ${ms(f95)}; ` +
        `ratio verdict p50 / floor p50: ${(p50 / f50).toFixed(2)}`,
    );
    if (app.errors.length) console.log(`  ! uncaught errors in the page:\n    ${app.errors.join('\n    ')}`);
    return [
      result('verify: verdict → saved + line p50', p50, undefined, `${times.length} verdicts`),
      result('verify: strict commit floor p95', f95, undefined, 'bare one-record transaction'),
      result(
        'verify: verdict → saved + line p95',
        p95,
        50,
        missing ? `${missing} NOT IN INDEXEDDB` : 'each verdict read back from IndexedDB',
      ),
    ];
  } finally {
    await app.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
