import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DtiDatabase } from '../../../renderer/db/database';
import { flattenLogs, logsOfBook, type HistoryChange } from '../../../shared/history/log';
import { entryOfSet } from '../../../renderer/db/entry-sets';
import { createAssessment } from '../../../renderer/db/repositories/assessments';
import { ensureShippedFrameworks } from '../../../renderer/db/repositories/frameworks';

let counter = 0;

/** A fresh database (fake-indexeddb) with the shipped frameworks loaded. */
export async function freshDb(withFrameworks = true): Promise<DtiDatabase> {
  counter += 1;
  const db = new DtiDatabase(`test-${process.pid}-${counter}-${Date.now()}`);
  await db.open();
  if (withFrameworks) {
    const dir = join(__dirname, '..', '..', '..', 'renderer', 'public', 'frameworks');
    const problems = await ensureShippedFrameworks(db, async (name) => readFileSync(join(dir, name), 'utf8'));
    if (problems.length) throw new Error(problems.join('\n'));
  }
  return db;
}

/** A year's assessment of `unitCode` on the first shipped framework of `level` in `db`. */
export async function assessmentOn(db: DtiDatabase, level: 'commune' | 'district', unitCode: string, year = 2024) {
  const fw = (await db.frameworks.where('level').equals(level).toArray())[0]!;
  return createAssessment(db, {
    unitCode,
    period: { year, kind: 'year' },
    frameworkId: fw.id,
    frameworkVersion: fw.version,
  });
}

/** Xã Gia Phong's 2024 assessment on the first shipped commune framework of `db`. */
export const giaPhongAssessment = (db: DtiDatabase) => assessmentOn(db, 'commune', '14758');

/** Huyện Gia Viễn's (373) own 2024 assessment on the first shipped district framework of `db`. */
export const giaVienOwnAssessment = (db: DtiDatabase) => assessmentOn(db, 'district', '373');

/** Every history line (of one assessment, or all), oldest first by time, as rows of the old one-row-per-line view. */
export async function allHistory(db: DtiDatabase, assessmentId?: string): Promise<HistoryChange[]> {
  const books =
    assessmentId === undefined ? await db.historyBooks.toArray() : [await db.historyBooks.get(assessmentId)];
  const logs = books.flatMap((b) => (b ? logsOfBook(b) : []));
  return flattenLogs(logs).sort((a, b) => a.at - b.at);
}

/** The stored entry of one indicator (undefined when it has none). */
export async function storedEntry(db: DtiDatabase, assessmentId: string, code: string) {
  return entryOfSet(await db.entrySets.get(assessmentId), code);
}
