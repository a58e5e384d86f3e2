// `npm test`: every check and every test, then one plain closing line "N passed, N failed" for CI.
// Order: typecheck, lint, security (each counts as one check), unit tests (Vitest), build, e2e (Vitest + Chromium).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

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

/** Runs a Vitest suite and adds its test counts; a suite that could not report counts as one failure. */
function vitest(label, extra) {
  const out = `${cache}/${label}.json`;
  rmSync(out, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
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

check('typecheck', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('security', 'node', ['scripts/security.mjs']);
vitest('unit', []);
if (run('build', 'npm', ['run', 'build', '--silent'])) {
  vitest('e2e', ['--mode', 'e2e']);
} else {
  failed += 1;
  failures.push('build (e2e not run)');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
