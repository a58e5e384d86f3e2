// `npm test`: every check and every test, then one plain closing line "N passed, N failed" for CI.
// Order: build; then the durability drill (50 SIGKILLs of Chromium, the longest test by far) starts in the background
// while typecheck, lint, format, security (each counts as one check), unit tests (Vitest) and the other end-to-end
// tests (Vitest + Chromium) run one after another; its output is printed when it ends. DTI_TEST_SERIAL=1 runs the
// drill after the others instead.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

const cache = 'node_modules/.cache/dti-test';
mkdirSync(cache, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  console.log(
    `◀ ${label}: ${r.status === 0 ? 'ok' : `exit ${r.status ?? r.signal}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

const vitestArgs = (label, extra) => [
  'vitest',
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${cache}/${label}.json`,
];

/** Adds a Vitest suite's test counts from its JSON report; a suite that could not report counts as one failure. */
function count(label, ok) {
  let report;
  try {
    report = JSON.parse(readFileSync(`${cache}/${label}.json`, 'utf8'));
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

function vitest(label, extra) {
  rmSync(`${cache}/${label}.json`, { force: true });
  count(label, run(label, 'npx', vitestArgs(label, extra)));
}

/** When a suite's last test file ended, from its JSON report (undefined when there is none). */
function ownEnd(label) {
  try {
    const report = JSON.parse(readFileSync(`${cache}/${label}.json`, 'utf8'));
    const ends = (report.testResults ?? []).map((f) => f.endTime).filter(Number.isFinite);
    return ends.length ? Math.max(...ends) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a Vitest suite in the background, its output straight into a log file (the checks run meanwhile with
 * spawnSync, which would leave a pipe undrained); the promise resolves once it has ended, been printed and counted.
 */
function vitestInBackground(label, extra) {
  rmSync(`${cache}/${label}.json`, { force: true });
  const log = `${cache}/${label}.log`;
  console.log(`\n▶ ${label} (in the background, output at the end): npx ${vitestArgs(label, extra).join(' ')}`);
  const started = Date.now();
  const fd = openSync(log, 'w');
  const child = spawn('npx', vitestArgs(label, extra), {
    stdio: ['ignore', fd, fd],
    shell: process.platform === 'win32',
  });
  closeSync(fd);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      console.log(`\n▶ ${label}: output`);
      process.stdout.write(readFileSync(log, 'utf8'));
      // Its own time, from its report: the close is seen only after the check running then has ended.
      const seconds = ((ownEnd(label) ?? Date.now()) - started) / 1000;
      console.log(`◀ ${label}: ${code === 0 ? 'ok' : `exit ${code ?? signal}`} (${seconds.toFixed(1)} s)`);
      count(label, code === 0);
      resolve();
    });
  });
}

const DRILL = 'tests/e2e/durability.e2e.ts';
const serial = process.env.DTI_TEST_SERIAL === '1';
const built = run('build', 'npm', ['run', 'build', '--silent']);
if (!built) {
  failed += 1;
  failures.push('build (e2e not run)');
}
const drill = built && !serial ? vitestInBackground('e2e-durability', ['--mode', 'e2e', DRILL]) : undefined;

check('typecheck', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('security', 'node', ['scripts/security.mjs']);
vitest('unit', []);
if (built) {
  vitest('e2e', ['--mode', 'e2e', '--exclude', DRILL]);
  if (serial) vitest('e2e-durability', ['--mode', 'e2e', DRILL]);
  await drill;
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
