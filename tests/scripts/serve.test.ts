// The web server of `npm run web` (and of the e2e tests): what a browser may keep between starts.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../scripts/serve.mjs';

describe('serveDir cache headers', () => {
  let dir = '';
  let server: { url: string; close: () => Promise<unknown> };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dti-serve-'));
    await mkdir(join(dir, 'assets'));
    await mkdir(join(dir, 'frameworks'));
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'assets', 'index-DjINLAPf.js'), 'export {};');
    await writeFile(join(dir, 'frameworks', 'index.json'), '{}');
    server = await serveDir(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const header = async (path: string) => {
    const res = await fetch(new URL(path, server.url));
    await res.arrayBuffer();
    return [res.status, res.headers.get('cache-control')];
  };

  it('keeps the content-hashed build files for good (their compiled code can then be kept too)', async () => {
    expect(await header('assets/index-DjINLAPf.js')).toEqual([200, 'public, max-age=31536000, immutable']);
  });

  it('asks again each time for the page and the shipped data, so a new build or catalogue is seen at once', async () => {
    expect(await header('')).toEqual([200, 'no-cache']);
    expect(await header('index.html')).toEqual([200, 'no-cache']);
    expect(await header('frameworks/index.json')).toEqual([200, 'no-cache']);
  });
});
