// The .dtidesk format: what is written reads back equal; every kind of damaged or foreign file is refused with its
// own message.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  backupFileName,
  encodeBackup,
  readBackup,
  type BackupInfo,
  type BackupTables,
} from '../../../shared/backup';

const TABLES = ['meta', 'units', 'entries'];
const opts = {
  decode: (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b),
  schemaVersion: 1,
  tables: TABLES,
};
const info: BackupInfo = {
  appVersion: '0.1.0',
  createdAt: '2026-12-05T07:55:00.000Z',
  schemaVersion: 1,
  reason: 'manual',
  unit: { code: '373', name: 'Huyện Gia Viễn', type: 'district' },
  periods: ['2024'],
};
const tables: BackupTables = {
  meta: [{ key: 'role', value: { kind: 'district' } }],
  units: [{ code: '373', name: 'Huyện Gia Viễn', type: 'district', parentCode: '', createdAt: 1 }],
  entries: [{ assessmentId: 'a', code: '1.2', raw: { numerator: '3' }, note: 'Ghi chú — “đủ”\nhai dòng' }],
};
const enc = (t = tables, i = info) => encodeBackup(t, i).bytes;
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

function refused(b: Uint8Array) {
  const r = readBackup(b, opts);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('.dtidesk backup format', () => {
  it('reads back what it wrote, with counts, hash and who it is about in the header', () => {
    const r = readBackup(enc(), opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.backup.tables).toEqual(tables);
    expect(r.backup.header).toMatchObject({
      format: 'dti-desk-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      counts: { meta: 1, units: 1, entries: 1 },
      unit: { code: '373' },
      periods: ['2024'],
    });
    expect(r.backup.header.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a truncated file, naming it cut off', () => {
    const b = enc();
    expect(refused(b.subarray(0, b.byteLength - 20)).kind).toBe('truncated');
    const firstLine = b.indexOf(0x0a);
    expect(refused(b.subarray(0, firstLine)).kind).toBe('truncated');
    expect(refused(b.subarray(0, firstLine - 5)).kind).toBe('not-backup');
  });

  it('refuses a file whose content was changed (hash mismatch)', () => {
    const changed = text(enc()).replace('"numerator":"3"', '"numerator":"9"');
    const e = refused(bytes(changed));
    expect(e.kind).toBe('hash-mismatch');
    expect(e.message).toContain('SHA-256');
  });

  it('refuses a newer format and a newer schema, showing the app version that wrote it', () => {
    const [head, body] = text(enc()).split('\n') as [string, string];
    const newer = JSON.stringify({
      ...JSON.parse(head),
      formatVersion: BACKUP_FORMAT_VERSION + 1,
      appVersion: '2.3.0',
    });
    const e1 = refused(bytes(`${newer}\n${body}`));
    expect(e1.kind).toBe('newer-format');
    expect(e1.message).toContain('2.3.0');
    const e2 = refused(enc(tables, { ...info, schemaVersion: 7, appVersion: '1.4.0' }));
    expect(e2.kind).toBe('newer-schema');
    expect(e2.message).toMatch(/phiên bản 7.*phiên bản 1/);
  });

  it('refuses foreign files, unknown or missing tables and counts that disagree', () => {
    expect(refused(new Uint8Array()).kind).toBe('empty');
    expect(refused(bytes('PK\u0003\u0004 not a backup')).kind).toBe('not-backup');
    expect(refused(new Uint8Array([0xff, 0xfe, 0x0a, 0x00])).kind).toBe('not-backup');
    expect(refused(enc({ ...tables, extra: [] })).message).toContain('"extra"');
    const { entries: _drop, ...missing } = tables;
    expect(refused(enc(missing)).message).toContain('thiếu bảng "entries"');
    expect(refused(enc({ ...tables, units: [1 as unknown as object] })).message).toContain('dòng không hợp lệ');
  });

  it('names files by local date and time', () => {
    expect(backupFileName(new Date(2026, 11, 5, 7, 5))).toBe('DTI-Desk_sao-luu_2026-12-05_0705.dtidesk');
  });
});
