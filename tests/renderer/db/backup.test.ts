// Restore drill (unit): fill a district machine, verify, back up, wipe, restore into a fresh database: every table
// equal to before. Damaged, tampered and newer backups are refused and change nothing; a failing restore rolls back.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../shared/backup';
import { createBackup, planRestore, readBackupFile, restoreBackup, snapshotTables } from '../../../renderer/db/backup';
import { saveEntryField } from '../../../renderer/db/repositories/entries';
import { setMeta } from '../../../renderer/db/repositories/meta';
import { appendHistory, historyOf } from '../../../renderer/db/repositories/history';
import type { HistoryBookRow } from '../../../renderer/db/types';
import { flattenLogs, logsOfBook } from '../../../shared/history/log';
import { saveVerdict } from '../../../renderer/db/repositories/verdicts';
import { CURRENT_SCHEMA_VERSION, CURRENT_TABLES } from '../../../renderer/db/schema';
import { dbHash, districtDb } from '../exchange/helpers';
import { freshDb, giaPhongAssessment } from './fixtures';

async function filled() {
  const db = await districtDb();
  const a = await giaPhongAssessment(db);
  await saveEntryField(db, a.id, '1.2', { kind: 'raw', name: 'numerator' }, '3');
  await saveEntryField(db, a.id, '1.2', { kind: 'raw', name: 'denominator' }, '4');
  await saveEntryField(db, a.id, '1.2', { kind: 'note' }, 'Giải trình — “đủ”');
  await saveVerdict(db, a.id, '1.2', {
    verdict: 'adjust',
    raw: { numerator: '2', denominator: '4' },
    remark: 'Thiếu biên bản',
    at: 5,
  });
  await setMeta(db, 'verifyTeam', [{ name: 'Nguyễn Văn A', position: 'Tổ trưởng' }]);
  await setMeta(db, 'provinceEmail', 'sokhcn@ninhbinh.gov.vn');
  return db;
}

describe('backup and restore of the whole database', () => {
  it('restores into a fresh database every table equal to before (restore drill)', async () => {
    const source = await filled();
    const before = await snapshotTables(source);
    const { bytes, header } = await createBackup(source, { appVersion: '0.1.0', reason: 'manual' });
    expect(header.unit).toMatchObject({ code: '373', type: 'district' });
    expect(header.periods).toEqual(['2024']);
    source.close();
    await source.delete(); // the profile is gone

    const target = await freshDb(false);
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error(read.error.message);
    const plan = await planRestore(target, read.backup);
    expect(plan.rows.find((r) => r.table === 'entrySets')).toEqual({ table: 'entrySets', inBackup: 1, now: 0 });
    await restoreBackup(target, read.backup);
    const after = await snapshotTables(target);
    for (const t of CURRENT_TABLES) expect(after[t], t).toEqual(before[t]);
    const logs = (before.historyBooks as HistoryBookRow[]).flatMap(logsOfBook);
    expect(flattenLogs(logs).length).toBeGreaterThan(3);
    // The restored history keeps growing from where it was: a new line goes after the restored ones of its log.
    const log = logs.find((l) => l.lines.length > 1)!;
    const change = { assessmentId: log.assessmentId, code: log.code, field: 'note', old: '', new: 'sau', at: 9 };
    await target.transaction('rw', target.historyBooks, () => appendHistory(target, [change]));
    expect((await historyOf(target, log.assessmentId, log.code)).map((h) => h.new)).toEqual([
      'sau',
      ...log.lines.map((l) => l.new).reverse(),
    ]);
  });

  it('refuses a truncated, a tampered and a newer backup, and the database stays as it was', async () => {
    const db = await filled();
    const { bytes } = await createBackup(db, { appVersion: '0.1.0', reason: 'manual' });
    const other = await freshDb();
    const hash = await dbHash(other);
    const truncated = await readBackupFile(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    expect(truncated.ok || truncated.error.kind).toBe('truncated');
    const text = new TextDecoder().decode(bytes).replace('Thiếu biên bản', 'Thiếu biên bảN');
    const tampered = await readBackupFile(new TextEncoder().encode(text));
    expect(tampered.ok || tampered.error.kind).toBe('hash-mismatch');
    const tables = await snapshotTables(db);
    const newer = encodeBackup(tables, {
      appVersion: '9.0.0',
      createdAt: new Date().toISOString(),
      schemaVersion: 99,
      reason: 'manual',
      periods: [],
    });
    const refused = await readBackupFile(newer.bytes);
    expect(refused.ok || refused.error.message).toContain('9.0.0');
    expect(await dbHash(other)).toBe(hash);
  });

  it('rolls the whole restore back when one row cannot be written', async () => {
    const db = await filled();
    const tables = await snapshotTables(db);
    const before = await dbHash(db);
    const broken = { ...tables, entrySets: [...tables.entrySets!, { entries: {} }] };
    const enc = encodeBackup(broken, {
      appVersion: '0.1.0',
      createdAt: new Date().toISOString(),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      reason: 'manual',
      periods: [],
    });
    const read = await readBackupFile(enc.bytes);
    if (!read.ok) throw new Error(read.error.message);
    const emptied = { ...read.backup, tables: { ...read.backup.tables, units: [] } };
    await expect(restoreBackup(db, emptied)).rejects.toThrow();
    expect(await dbHash(db)).toBe(before);
  });
});
