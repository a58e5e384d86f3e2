// `npm test`: every check and every test, then one plain closing line "N passed, N failed" for CI.
// Build first; then two lanes side by side on the machine's (two) cores:
//   shown as it runs:   unit tests (Vitest), the end-to-end tests (Vitest + Chromium) but those below;
//   printed at the end: the durability drill (50 SIGKILLs of Chromium, the longest test by far) with two long e2e
//                       files, then typecheck, lint, format and security (each counts as one check).
// DTI_TEST_SERIAL=1 runs everything one after another, shown as it runs.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

const cache = 'node_modules/.cache/dti-test';
mkdirSync(cache, { recursive: true });
const serial = process.env.DTI_TEST_SERIAL === '1';
let passed = 0;
let failed = 0;
const failures = [];
/** Output of the background lane, printed once both lanes are done. */
const held = [];

/**
 * Runs a command; its output goes to the terminal (`log` undefined) or into the file `log`, printed when asked.
 * Resolves to whether it exited 0.
 */
function run(label, cmd, args, log) {
  const started = Date.now();
  const fd = log === undefined ? undefined : openSync(log, 'w');
  if (fd === undefined) console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const child = spawn(cmd, args, {
    stdio: fd === undefined ? 'inherit' : ['ignore', fd, fd],
    shell: process.platform === 'win32',
  });
  if (fd !== undefined) closeSync(fd);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const head = `▶ ${label}: ${cmd} ${args.join(' ')}\n`;
      const end = `◀ ${label}: ${code === 0 ? 'ok' : `exit ${code ?? signal}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`;
      if (fd === undefined) console.log(end);
      else held.push(`\n${head}${readFileSync(log, 'utf8')}${end}`);
      resolve(code === 0);
    });
  });
}
async function check(label, cmd, args, log) {
  if (await run(label, cmd, args, log)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** Runs a Vitest suite and adds its test counts; a suite that could not report counts as one failure. */
async function vitest(label, extra, log) {
  const out = `${cache}/${label}.json`;
  rmSync(out, { force: true });
  const args = ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  const ok = await run(label, 'npx', args, log);
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  const suiteErrors = (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  );
  failed += suiteErrors.length;
  if (!ok || report.numFailedTests || suiteErrors.length) failures.push(label);
  if (report.numTotalTests === 0) {
    failed += 1;
    failures.push(`${label} ran no test`);
  }
}

// The durability drill, and two long e2e files that even out the lanes (drill ~400 s + checks ~140 s against
// unit ~300 s + the other e2e files ~430 s, on a clean clone here).
const BACKGROUND_E2E = ['tests/e2e/durability.e2e.ts', 'tests/e2e/units.e2e.ts', 'tests/e2e/verify.e2e.ts'];
const built = await run('build', 'npm', ['run', 'build', '--silent']);
if (!built) {
  failed += 1;
  failures.push('build (e2e not run)');
}
const logOf = (label) => (serial ? undefined : `${cache}/${label}.log`);

async function background() {
  if (built) await vitest('e2e-background', ['--mode', 'e2e', ...BACKGROUND_E2E], logOf('e2e-background'));
  await check('typecheck', 'npx', ['tsc', '-b'], logOf('typecheck'));
  await check('lint', 'npx', ['eslint', '.', '--max-warnings', '0'], logOf('lint'));
  await check('format', 'npx', ['prettier', '--check', '.'], logOf('format'));
  await check('security', 'node', ['scripts/security.mjs'], logOf('security'));
}

async function shown() {
  await vitest('unit', []);
  if (built) await vitest('e2e', ['--mode', 'e2e', ...BACKGROUND_E2E.flatMap((f) => ['--exclude', f])]);
}

if (serial) {
  await shown();
  await background();
} else {
  console.log(
    `\nIn the background, printed at the end: ${BACKGROUND_E2E.join(', ')}; typecheck, lint, format, security.`,
  );
  await Promise.all([background(), shown()]);
  for (const text of held) console.log(text);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
