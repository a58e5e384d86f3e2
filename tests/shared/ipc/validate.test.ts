import { describe, expect, it } from 'vitest';
import { API_CHANNELS, MAX_SAVE_FILE_BYTES, type Channel } from '@shared/ipc/contract';
import {
  REQUEST_VALIDATORS,
  isSafeExternalUrl,
  urlScheme,
  validateAbsolutePath,
  validateBytes,
  validateEmptyRequest,
  validateExternalUrl,
  validateFileName,
  validateFilters,
  validateOpenFilesRequest,
  validateRevealFileRequest,
  validateSaveFileRequest,
} from '@shared/ipc/validate';

const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];

describe('validateFileName', () => {
  it.each(['DTI_2024_xa-gia-phong_tu-danh-gia_r3.xlsx', 'Báo cáo xã Gia Phong.xlsx', 'a.b.c.xlsx', 'console.xlsx'])(
    'accepts %s',
    (name) => expect(validateFileName(name)).toEqual({ ok: true, value: name }),
  );

  it.each([
    ['not a string', 42],
    ['empty', ''],
    ['blank', '   '],
    ['a slash', 'folder/file.xlsx'],
    ['a backslash', 'folder\\file.xlsx'],
    ['an absolute path', '/etc/passwd'],
    ['a parent reference', '..'],
    ['dots inside', 'a..xlsx'],
    ['a NUL', 'file\0.xlsx'],
    ['a newline', 'file\n.xlsx'],
    ['a Windows-forbidden char', 'file?.xlsx'],
    ['a drive colon', 'C:file.xlsx'],
    ['a trailing dot', 'file.'],
    ['a trailing space', 'file '],
    ['a reserved name', 'CON'],
    ['a reserved name with extension', 'nul.xlsx'],
    ['a reserved COM port', 'com1.txt'],
    ['an over-long name', `${'a'.repeat(201)}.xlsx`],
  ])('refuses %s', (_what, name) => {
    const result = validateFileName(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
  });
});

describe('validateFilters', () => {
  it('accepts and copies a normal list', () => {
    const input = [{ name: 'Excel', extensions: ['xlsx', 'xls'], extra: 'dropped' }];
    const result = validateFilters(input);
    expect(result).toEqual({ ok: true, value: [{ name: 'Excel', extensions: ['xlsx', 'xls'] }] });
    if (result.ok) expect(result.value[0]).not.toBe(input[0]);
  });
  it('accepts the * wildcard and an empty list', () => {
    expect(validateFilters([{ name: 'Tất cả', extensions: ['*'] }]).ok).toBe(true);
    expect(validateFilters([]).ok).toBe(true);
  });
  it.each([
    ['not an array', { name: 'x', extensions: ['xlsx'] }],
    ['a non-object entry', ['xlsx']],
    ['no extensions', [{ name: 'Excel', extensions: [] }]],
    ['a dotted extension', [{ name: 'Excel', extensions: ['.xlsx'] }]],
    ['a path in an extension', [{ name: 'Excel', extensions: ['../x'] }]],
    ['a numeric name', [{ name: 3, extensions: ['xlsx'] }]],
    ['too many filters', Array.from({ length: 21 }, () => ({ name: 'E', extensions: ['x'] }))],
  ])('refuses %s', (_what, input) => expect(validateFilters(input).ok).toBe(false));
});

describe('validateBytes', () => {
  it('accepts a Uint8Array (and a Buffer, which is one) up to the cap', () => {
    expect(validateBytes(new Uint8Array(10)).ok).toBe(true);
    expect(validateBytes(Buffer.from('abc')).ok).toBe(true);
    expect(validateBytes(new Uint8Array(10), 10).ok).toBe(true);
  });
  it.each([
    ['a string', 'abc'],
    ['a plain array', [1, 2, 3]],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['another typed array', new Uint16Array(4)],
    ['an array-like object', { length: 3, 0: 1 }],
  ])('refuses %s', (_what, input) => expect(validateBytes(input).ok).toBe(false));
  it('refuses more than the cap, saying the size in MB', () => {
    expect(validateBytes(new Uint8Array(11), 10).ok).toBe(false);
    expect(validateBytes(new Uint8Array(MAX_SAVE_FILE_BYTES + 1)).ok).toBe(false);
    expect(validateBytes(new Uint8Array(2 * 1024 * 1024 + 1), 2 * 1024 * 1024)).toMatchObject({
      ok: false,
      error: expect.stringContaining('2 MB'),
    });
  });
});

describe('validateAbsolutePath', () => {
  it.each([
    '/home/user/Documents/a.xlsx',
    'C:\\Users\\An\\Documents\\a.xlsx',
    'D:/data/a.xlsx',
    '\\\\server\\share\\a.xlsx',
  ])('accepts %s', (path) => expect(validateAbsolutePath(path)).toEqual({ ok: true, value: path }));
  it.each([
    ['not a string', 1],
    ['empty', ''],
    ['relative', 'Documents/a.xlsx'],
    ['dot relative', './a.xlsx'],
    ['drive-relative', 'C:a.xlsx'],
    ['a parent segment', '/home/user/../../etc/passwd'],
    ['a Windows parent segment', 'C:\\Users\\..\\Windows\\system32'],
    ['a dot segment', '/home/./user'],
    ['a NUL', '/home/user/a.xlsx\0.png'],
    ['too long', `/${'a'.repeat(5000)}`],
  ])('refuses %s', (_what, path) => expect(validateAbsolutePath(path).ok).toBe(false));
});

describe('external URLs', () => {
  it.each([
    'https://dti.gov.vn/',
    'https://dti.gov.vn:8443/huong-dan?x=1#muc-2',
    'https://[::1]/',
    'mailto:hotro@dti.gov.vn?subject=DTI',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
    expect(validateExternalUrl(url)).toEqual({ ok: true, value: url });
  });
  it.each([
    'file:///etc/passwd',
    'FILE:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://dti.gov.vn/',
    'smb://server/share',
    'app://dti-desk/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'https:dti.gov.vn',
    'https://',
    'https:///path',
    'https://user:pw@evil.example/',
    'https://dti.gov.vn@evil.example/',
    'https://evil.example\\@dti.gov.vn',
    ' https://dti.gov.vn/',
    'https://dti.gov.vn/\nfile:///x',
    'mailto:',
    '//dti.gov.vn',
    'dti.gov.vn',
    '',
  ])('refuses %j', (url) => expect(isSafeExternalUrl(url)).toBe(false));
  it('refuses non-strings and over-long URLs', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://x.vn' })).toBe(false);
    expect(isSafeExternalUrl(`https://x.vn/${'a'.repeat(3000)}`)).toBe(false);
  });
  it('reads the scheme case-insensitively', () => {
    expect(urlScheme('HTTPS://x')).toBe('https');
    expect(urlScheme('no scheme')).toBeNull();
  });
});

describe('request validators', () => {
  it('has exactly one validator per channel', () => {
    expect(Object.keys(REQUEST_VALIDATORS).sort()).toEqual(Object.values(API_CHANNELS).sort());
  });

  it('file:save builds a fresh request and refuses each bad field', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const good = { suggestedName: 'a.xlsx', bytes, filters: xlsx, extra: true };
    expect(validateSaveFileRequest(good)).toEqual({
      ok: true,
      value: { suggestedName: 'a.xlsx', bytes, filters: xlsx },
    });
    expect(validateSaveFileRequest(null).ok).toBe(false);
    expect(validateSaveFileRequest('a.xlsx').ok).toBe(false);
    expect(validateSaveFileRequest({ ...good, suggestedName: '../a.xlsx' }).ok).toBe(false);
    expect(validateSaveFileRequest({ ...good, bytes: [1, 2, 3] }).ok).toBe(false);
    expect(validateSaveFileRequest({ ...good, filters: 'xlsx' }).ok).toBe(false);
  });

  it('file:open needs a boolean `multiple` and valid filters', () => {
    expect(validateOpenFilesRequest({ multiple: true, filters: xlsx })).toEqual({
      ok: true,
      value: { multiple: true, filters: xlsx },
    });
    expect(validateOpenFilesRequest({ multiple: 'yes', filters: xlsx }).ok).toBe(false);
    expect(validateOpenFilesRequest({ multiple: false }).ok).toBe(false);
    expect(validateOpenFilesRequest({ multiple: true, filters: xlsx, maxFiles: 1000 })).toEqual({
      ok: true,
      value: { multiple: true, filters: xlsx, maxFiles: 1000 },
    });
    for (const maxFiles of [0, 1.5, '10', -1, 1e9])
      expect(validateOpenFilesRequest({ multiple: true, filters: xlsx, maxFiles }).ok).toBe(false);
  });

  it('file:reveal needs an absolute path without ..', () => {
    expect(validateRevealFileRequest({ path: '/home/u/a.xlsx' }).ok).toBe(true);
    expect(validateRevealFileRequest({ path: 'a.xlsx' }).ok).toBe(false);
    expect(validateRevealFileRequest({ path: '/home/u/../../etc' }).ok).toBe(false);
    expect(validateRevealFileRequest(['/home/u/a.xlsx']).ok).toBe(false);
  });

  it('app:info takes nothing', () => {
    expect(validateEmptyRequest({}).ok).toBe(true);
    expect(validateEmptyRequest(undefined).ok).toBe(true);
    expect(validateEmptyRequest({ path: '/etc' }).ok).toBe(false);
    expect(validateEmptyRequest('x').ok).toBe(false);
  });

  it('answers in Vietnamese', () => {
    const channels = Object.keys(REQUEST_VALIDATORS) as Channel[];
    for (const channel of channels) {
      const result = REQUEST_VALIDATORS[channel](42);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
  });
});
