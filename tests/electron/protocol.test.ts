import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppUrl, mimeTypeFor, resolveAppPath } from '../../electron/main/guards/app-url';
import { protocol, resetElectronMock } from './mock-electron';
import {
  CONTENT_SECURITY_POLICY,
  registerAppProtocol,
  registerAppScheme,
  serveAppRequest,
} from '../../electron/main/protocol';

vi.mock('electron', () => import('./mock-electron'));

const root = join(tmpdir(), 'dti-root-fixed');

describe('resolveAppPath (pure)', () => {
  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['/assets/', join('assets', 'index.html')],
    ['/fonts/Be%20Vietnam.woff2', join('fonts', 'Be Vietnam.woff2')],
    ['/b%C3%A1o-c%C3%A1o.csv', 'báo-cáo.csv'],
    ['//assets//a.js', join('assets', 'a.js')],
  ])('maps %j inside the root', (pathname, rel) => {
    expect(resolveAppPath(root, pathname)).toBe(join(root, rel));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/./index.html',
    '/index.html%00.png',
    '/C:/Windows/win.ini',
    '/%43:%5cWindows',
    '/index.html:stream',
    '/%E0%A4%A', // malformed escape
  ])('refuses %j', (pathname) => {
    expect(resolveAppPath(root, pathname)).toBeNull();
  });
});

describe('isAppUrl / mimeTypeFor', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl('app://dti-desk/index.html')).toBe(true);
    expect(isAppUrl('app://dti-desk/')).toBe(true);
    for (const url of [
      'app://dti-desk.evil/',
      'app://evil/',
      'app://x@dti-desk/',
      'https://dti-desk/',
      'file:///dti-desk',
      'dti-desk',
      '',
      7,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
  it('knows the types the renderer build produces', () => {
    expect(mimeTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('app: protocol', () => {
  let base: string;
  let dist: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'dti-proto-'));
    dist = join(base, 'renderer');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>DTI</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'do not serve');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  beforeEach(() => resetElectronMock());

  const get = (url: string, method = 'GET') => serveAppRequest({ url, method } as Request, dist);

  it('registers app: as standard, secure and fetch-able, with nothing more', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves index.html with its type, the CSP header and nosniff', async () => {
    const res = await get('app://dti-desk/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>DTI</title>');
    expect((await get('app://dti-desk/')).status).toBe(200);
  });

  it('serves a script as JavaScript', async () => {
    const res = await get('app://dti-desk/assets/app.js?v=1#x');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it.each([
    'app://dti-desk/../secret.txt',
    'app://dti-desk/%2e%2e/secret.txt',
    'app://dti-desk/assets/..%2f..%2fsecret.txt',
    'app://dti-desk/missing.js',
    'app://dti-desk/assets',
    'app://other-host/index.html',
  ])('answers 404 for %s and never leaks the file outside the root', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('do not serve');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://dti-desk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://dti-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('wires protocol.handle to the same handler', async () => {
    registerAppProtocol(dist);
    const handler = protocol.handlers.get('app')!;
    expect((await handler({ url: 'app://dti-desk/index.html', method: 'GET' } as Request)).status).toBe(200);
    expect((await handler({ url: 'app://dti-desk/../secret.txt', method: 'GET' } as Request)).status).toBe(404);
  });

  it('sends the CSP of the <meta> in renderer/index.html, plus frame-ancestors (which only a header can carry)', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
