// A refused backup file is explained in the UI language: the Vietnamese is word for word what shared/backup/read.ts
// says (and the CLI prints), the English a translation with the same figures.
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, encodeBackup, readBackup, type BackupTables } from '../../../shared/backup';
import { backupRefusal } from '../../../renderer/exchange/backup-refusal';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const opts = {
  decode: (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b),
  schemaVersion: 1,
  tables: ['meta', 'units'],
};
const tables: BackupTables = { meta: [{ key: 'role' }], units: [{ code: '373' }] };
const info = {
  appVersion: '0.1.0',
  createdAt: '2026-12-05T07:55:00.000Z',
  schemaVersion: 1,
  reason: 'manual' as const,
  periods: [],
};
const enc = (t = tables, i = info) => encodeBackup(t, i).bytes;
const bytes = (s: string) => new TextEncoder().encode(s);
const [head, body] = new TextDecoder().decode(enc()).split('\n') as [string, string];
const withHead = (patch: object) => bytes(`${JSON.stringify({ ...JSON.parse(head), ...patch })}\n${body}`);

const damaged: Record<string, Uint8Array> = {
  empty: new Uint8Array(),
  'not a backup': bytes('PK\u0003\u0004 not a backup'),
  truncated: enc().subarray(0, enc().byteLength - 20),
  'hash mismatch': bytes(new TextDecoder().decode(enc()).replace('"373"', '"374"')),
  'newer format': withHead({ formatVersion: BACKUP_FORMAT_VERSION + 1, appVersion: '2.3.0' }),
  'newer schema': enc(tables, { ...info, schemaVersion: 7, appVersion: '1.4.0' }),
  'bad header': withHead({ formatVersion: 0 }),
  'unknown table': enc({ ...tables, extra: [] }),
  'missing table': enc({ meta: tables.meta! }),
  'bad rows': enc({ ...tables, units: [1 as unknown as object] }),
};

describe('backupRefusal', () => {
  for (const [what, file] of Object.entries(damaged)) {
    it(`says a ${what} file's refusal in Vietnamese as the reader does, and in English`, () => {
      const r = readBackup(file, opts);
      if (r.ok) throw new Error('expected a refusal');
      expect(backupRefusal(r.error, 'vi')).toBe(r.error.message);
      const en = backupRefusal(r.error, 'en');
      expect(en).not.toMatch(VIETNAMESE);
      expect(en).not.toMatch(/\{\w+\}/);
      for (const figure of Object.values(r.error.params ?? {})) expect(en).toContain(String(figure));
    });
  }
});
