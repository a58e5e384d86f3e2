import { describe, expect, it } from 'vitest';
import { DtiDatabase } from '../../../renderer/db/database';
import { SCHEMA_V1 } from '../../../renderer/db/schema';

describe('database schema', () => {
  it('v1 (the only version so far) creates every table with its keys and indexes', async () => {
    const db = new DtiDatabase(`schema-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    expect(db.entries.schema.primKey.keyPath).toEqual(['assessmentId', 'code']);
    expect(db.assessments.schema.indexes.map((i) => i.name)).toContain(
      '[unitCode+periodKey+frameworkId+frameworkVersion]',
    );
    db.close();
    await db.delete();
  });

  it('reopens data written by the same version unchanged (the baseline every later upgrade test extends)', async () => {
    const name = `schema-reopen-${Date.now()}`;
    const first = new DtiDatabase(name);
    await first.units.add({ code: '377', name: 'Huyện Gia Viễn', type: 'district', parentCode: '', createdAt: 1 });
    first.close();
    const second = new DtiDatabase(name);
    expect(await second.units.get('377')).toMatchObject({ name: 'Huyện Gia Viễn' });
    second.close();
    await second.delete();
  });
});
