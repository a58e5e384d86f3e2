// The app hashes with Web Crypto, tests and tools with the JS SHA-256: both must write and check the same file.
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  encodeBackup,
  encodeBackupJson,
  encodeBackupWith,
  readBackupWith,
  sha256Hex,
  type BackupInfo,
  type Sha256Hex,
} from '../../../shared/backup';

const subtleHex: Sha256Hex = async (b) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>)).toString('hex');
const opts = {
  decode: (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b),
  schemaVersion: 1,
  tables: ['meta', 'entries'],
};
const info: BackupInfo = {
  appVersion: '0.1.0',
  createdAt: '2026-12-05T07:55:00.000Z',
  schemaVersion: 1,
  reason: 'manual',
  periods: [],
};
const tables = {
  meta: [{ key: 'role', value: { kind: 'district' } }],
  entries: [{ assessmentId: 'a', code: '1.2', note: 'Giải trình — “đủ”' }],
};

describe('.dtidesk with a native SHA-256', () => {
  it('writes the same bytes as the JS hash, and reads them back', async () => {
    const native = await encodeBackupWith(tables, info, subtleHex);
    expect(native.bytes).toEqual(encodeBackup(tables, info).bytes);
    expect(native.header.sha256).toBe(sha256Hex(new TextEncoder().encode(JSON.stringify(tables))));
    const r = await readBackupWith(native.bytes, opts, subtleHex);
    expect(r.ok && r.backup.tables).toEqual(tables);
  });

  it('refuses changed and cut-off content, and a hash that fails, as the JS path does', async () => {
    const text = new TextDecoder().decode(encodeBackup(tables, info).bytes);
    const changed = await readBackupWith(new TextEncoder().encode(text.replace('1.2', '1.3')), opts, subtleHex);
    expect(changed.ok || changed.error.kind).toBe('hash-mismatch');
    const cut = await readBackupWith(new TextEncoder().encode(text.slice(0, -10)), opts, subtleHex);
    expect(cut.ok || cut.error.kind).toBe('truncated');
    const broken = await readBackupWith(new TextEncoder().encode(text), opts, () => Promise.reject(new Error('x')));
    expect(broken.ok).toBe(false);
  });

  it('writes the same bytes from tables turned into JSON one by one (the app, table by table as they are read)', async () => {
    const parts = Object.entries(tables).map(([name, rows]) => ({
      name,
      json: JSON.stringify(rows),
      count: rows.length,
    }));
    const enc = await encodeBackupJson(parts, info, subtleHex);
    expect(enc.bytes).toEqual(encodeBackup(tables, info).bytes);
    expect(enc.header.counts).toEqual({ meta: 1, entries: 1 });
  });

  it('refuses damaged bytes (not UTF-8) as cut off, and invalid UTF-8 never reaches the tables', async () => {
    const bytes = encodeBackup(tables, info).bytes;
    const damaged = bytes.slice();
    damaged[damaged.length - 5] = 0xff;
    const r = await readBackupWith(damaged, opts, subtleHex);
    expect(r.ok || r.error.kind).toBe('truncated');
  });
});
