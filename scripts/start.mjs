// `npm start` (after `npm run build`): runs DTI Desk in Electron, or — when the Electron binary cannot be had
// (no network to download it) — serves the same build on localhost so the app still opens in a browser.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOWNLOAD_TIMEOUT_MS = Number(process.env.DTI_ELECTRON_TIMEOUT_MS ?? 60_000);
const MARKER = '@@ELECTRON_PATH@@';

/**
 * Asks the `electron` package for its binary in a child process: requiring it may start a download, whose
 * progress and errors are captured here instead of flooding the terminal. Resolves to the path or null.
 */
function findElectron() {
  return new Promise((resolve) => {
    const code = `process.stdout.write(${JSON.stringify(MARKER)} + require('electron') + ${JSON.stringify(MARKER)})`;
    const child = spawn(process.execPath, ['-e', code], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: DOWNLOAD_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      windowsHide: true,
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.resume(); // drained and dropped: download noise
    child.on('error', () => resolve(null));
    child.on('close', () => {
      const match = out.match(new RegExp(`${MARKER}(.+?)${MARKER}`, 's'));
      const path = match?.[1];
      resolve(path && existsSync(path) && statSync(path).isFile() ? path : null);
    });
  });
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start the binary as plain Node
  const child = spawn(binary, [root], { stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser() {
  const dir = join(root, 'dist', 'renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error('Chưa có bản dựng — hãy chạy `npm run build` / No build found — run `npm run build` first');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 5317);
  const { url } = await serveDir(dir, port).catch((err) => {
    if (err?.code !== 'EADDRINUSE') throw err;
    return serveDir(dir, 0);
  });
  console.log(
    `Không tải được Electron (máy không có mạng) — mở DTI Desk trong trình duyệt tại ${url} / Electron binary unavailable — serving the app on localhost instead`,
  );
}

if (!existsSync(join(root, 'dist', 'electron', 'main.cjs'))) {
  console.error('Chưa có bản dựng — hãy chạy `npm run build` / No build found — run `npm run build` first');
  process.exit(1);
}
const binary = await findElectron();
if (binary) runElectron(binary);
else await serveInBrowser();
