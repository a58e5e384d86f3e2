// Runs Electronegativity (Doyensec) over the Electron sources (electron/**, TypeScript) and fails unless it
// finds nothing. The CSP checks grade the Content-Security-Policy header that electron/main/protocol.ts sends
// (the same policy as the <meta> in renderer/index.html; a unit test keeps them equal). A finding that does not
// apply is silenced in the source with an `// eng-disable CHECK_ID - reason` comment on the flagged line, never
// by excluding a check here.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const SCANNED = ['electron'];

/** Copies what is scanned into a scratch folder, keeping the repo-relative layout. */
function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'dti-eng-'));
  for (const rel of SCANNED) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    cpSync(join(root, rel), join(dir, rel), {
      recursive: true,
      filter: (src) => !src.endsWith('.json') && !src.includes(`${sep}node_modules`),
    });
  }
  return dir;
}

async function main() {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const run = require('@doyensec/electronegativity');
  const dir = stage();
  // The tool fetches translations from the network (1 s timeout) and logs when it cannot: keep that quiet.
  process.env.LANG = 'en-US';
  const log = console.log;
  const warn = console.warn;
  let result;
  try {
    console.log = () => undefined;
    console.warn = () => undefined;
    result = await run({
      input: dir,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: true,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
    console.warn = warn;
    rmSync(dir, { recursive: true, force: true });
  }

  const { issues, errors, globalChecks, atomicChecks } = result;
  const fatal = errors.filter((e) => !e.tolerable);
  for (const e of errors) {
    const where = relative(dir, e.file);
    console.error(`${e.tolerable ? 'warning' : 'error'}: ${where}: ${e.message}`);
  }
  for (const issue of issues) {
    const where =
      issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
    const severity = issue.severity?.name ?? issue.severity?.format?.() ?? '';
    console.error(`finding: ${issue.id} [${severity}] ${where}\n  ${String(issue.description).split('\n')[0]}`);
  }
  const summary = `Electronegativity ${require('@doyensec/electronegativity/package.json').version} on Electron ${electronVersion}: ${atomicChecks} atomic + ${globalChecks} global checks over ${SCANNED.join(', ')} → ${issues.length} finding(s), ${fatal.length} parse error(s)`;
  if (issues.length > 0 || fatal.length > 0) {
    console.error(`✗ ${summary}`);
    process.exit(1);
  }
  console.log(`✓ ${summary}`);
}

await main();
