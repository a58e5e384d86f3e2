import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DtiDatabase } from '../../../renderer/db/database';
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
