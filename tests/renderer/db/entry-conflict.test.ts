// A save made on a value another tab has changed since is refused, not written over.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EditConflictError, entriesOf, saveEntryField } from '../../../renderer/db/repositories/entries';
import { communeDb } from '../exchange/helpers';
import { giaPhongAssessment } from './fixtures';

describe('saveEntryField with the value the edit was made on', () => {
  it('writes when the field still holds it, refuses with the current value when not', async () => {
    const db = await communeDb();
    const a = await giaPhongAssessment(db);
    const f = { kind: 'raw', name: 'value' } as const;
    await saveEntryField(db, a.id, '1.3', f, '2', '');
    await saveEntryField(db, a.id, '1.3', f, '5'); // another tab, no expectation
    const refused = saveEntryField(db, a.id, '1.3', f, '3', '2');
    await expect(refused).rejects.toBeInstanceOf(EditConflictError);
    await expect(refused).rejects.toMatchObject({ current: '5' });
    expect((await entriesOf(db, a.id)).get('1.3')?.raw.value).toBe('5');
    await saveEntryField(db, a.id, '1.3', f, '5', '2'); // the same value as theirs: nothing to refuse
    await saveEntryField(db, a.id, '1.3', f, '3', '5');
    expect((await entriesOf(db, a.id)).get('1.3')?.raw.value).toBe('3');
  });
});
