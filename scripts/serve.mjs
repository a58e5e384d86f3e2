// Serves the built renderer (dist/renderer) on 127.0.0.1 and prints the URL.
// Used by `npm run web`, by `npm start` when no Electron binary can be had, and by the e2e harness.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Vite names every file under assets/ by its content's hash, so a browser may keep it for good: a new build has new
 * names. Keeping the scripts is also what lets Chromium keep their compiled code (V8's code cache) between starts,
 * instead of compiling the app's JavaScript again at every start. Everything else (index.html, the shipped frameworks)
 * is asked again each time, so a new build or catalogue is seen at once.
 */
export function cacheControl(path) {
  return /^\/assets\/[^/]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Starts a static server for `dir`; resolves to { url, close }. Port 0 picks a free one. */
export async function serveDir(dir, port = 0, host = '127.0.0.1') {
  const rootDir = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(rootDir, rel));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheControl(rel),
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const dir = fileURLToPath(new URL('../dist/renderer', import.meta.url));
  const port = Number(process.env.PORT ?? 5317);
  const { url } = await serveDir(dir, port).catch(async (err) => {
    if (err?.code !== 'EADDRINUSE') throw err;
    return serveDir(dir, 0);
  });
  console.log(`DTI Desk đang chạy tại / is running at ${url}  (Ctrl+C để dừng / to stop)`);
}
