import { describe, expect, it, vi } from 'vitest';
import { loadOfficialList } from '../../../renderer/db/official-lists';
import { shippedJson } from '../../shared/units/fixtures';

describe('loading an official list on demand', () => {
  it('reads a list once per session and decodes it', async () => {
    const read = vi.fn(async () => shippedJson('2025'));
    const a = await loadOfficialList('2025', read);
    const b = await loadOfficialList('2025', read);
    expect(a).toBe(b);
    expect(read).toHaveBeenCalledTimes(1);
    expect(a.communes).toHaveLength(3321);
  });

  it('a failed or broken read is reported and tried again next time', async () => {
    await expect(loadOfficialList('2024', async () => ({ formatVersion: 1, list: '2024' }))).rejects.toThrow(
      /Danh mục đơn vị hành chính không hợp lệ/,
    );
    const list = await loadOfficialList('2024', async () => shippedJson('2024'));
    expect(list.districts).toHaveLength(691);
  });
});
