// Debian's Chromium for the end-to-end tests and the benchmarks: where it is, and the flags it starts with.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Headless, and no network chatter on a closed machine. */
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

const HOW_TO_INSTALL =
  'Không tìm thấy Chromium cho kiểm thử đầu-cuối / No Chromium found for the end-to-end tests.\n' +
  '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
  '  or set CHROMIUM_PATH=/path/to/chromium';

/** Finds Chromium (CHROMIUM_PATH, or `chromium` on PATH); throws with install instructions otherwise. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${HOW_TO_INSTALL}`);
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(HOW_TO_INSTALL);
}
