import { describe, expect, it } from 'vitest';
import { frameworkFromCatalog, frameworkToCatalogCsv } from '../../../shared/framework/catalog';
import { parseFrameworkIndex } from '../../../shared/framework/framework-index';
import type { Level } from '../../../shared/framework/types';
import { shippedFramework, shippedIndex, shippedSource, shippedText } from '../helpers';

const cases: [Level, number][] = [
  ['district', 72],
  ['commune', 50],
];

describe.each(cases)('shipped %s framework', (level, count) => {
  const fw = shippedFramework(level);

  it(`has ${count} indicators in 8 groups worth 1,000 points`, () => {
    expect(fw.level).toBe(level);
    expect(fw.indicators).toHaveLength(count);
    expect(fw.groups.map((g) => g.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fw.groups.map((g) => g.maxPoints)).toEqual([100, 100, 100, 100, 100, 200, 150, 150]);
    expect(fw.groups.reduce((s, g) => s + g.maxPoints, 0)).toBe(1000);
    expect(fw.indicators.reduce((s, i) => s + i.maxPoints, 0)).toBe(1000);
    expect(fw.thresholds).toEqual({ complete: 0.9, basic: 0.5 });
  });

  it('takes Vietnamese group names from the catalogue and English ones from index.json', () => {
    expect(fw.groups[0]).toEqual({ code: 1, name: 'Nhận thức số', nameEn: 'Digital awareness', maxPoints: 100 });
    expect(fw.groups[5]?.name).toBe('Hoạt động chính quyền số');
  });

  it('carries the reconstruction note', () => {
    expect(fw.sourceNote).toBe('Tái dựng theo QĐ 922/QĐ-BTTTT và QĐ 733/QĐ-UBND — chưa phải văn bản chính thức');
  });

  it('labels every choice option', () => {
    const choices = fw.indicators.flatMap((i) => (i.scoring.kind === 'choice' ? i.scoring.options : []));
    expect(choices.length).toBeGreaterThan(0);
    for (const o of choices) expect(o.label).not.toBe('');
  });

  it('writes back to the byte-identical catalogue CSV', () => {
    const { csv } = shippedSource(level);
    expect(frameworkToCatalogCsv(fw)).toBe(csv);
  });

  it('is an exact copy of the reference catalogue', () => {
    const { entry } = shippedSource(level);
    expect(shippedText(entry.file)).toMatch(/^code,group_code,group_name_vi,/);
  });
});

describe('index.json', () => {
  it('lists both frameworks with distinct ids', () => {
    const entries = shippedIndex();
    expect(entries.map((e) => [e.meta.level, e.file])).toEqual([
      ['district', 'district-72.csv'],
      ['commune', 'commune-50.csv'],
    ]);
    expect(new Set(entries.map((e) => e.meta.id)).size).toBe(2);
  });
  it('refuses file names with folders and bad metadata', () => {
    const index = JSON.parse(shippedText('index.json')) as { frameworks: Record<string, unknown>[] };
    const first = index.frameworks[0] as Record<string, unknown>;
    const r = parseFrameworkIndex({
      frameworks: [
        { ...first, file: '../secret.csv' },
        { ...first, level: 'tinh' },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual(['meta-invalid', 'meta-invalid']);
      expect(r.errors[0]?.message).toContain('tên tệp');
      expect(r.errors[1]?.message).toContain('Cấp đánh giá "tinh"');
    }
    expect(parseFrameworkIndex(null).ok).toBe(false);
  });
  it('builds the same framework from index metadata as the helper', () => {
    const { entry, csv } = shippedSource('commune');
    const r = frameworkFromCatalog(entry.meta, csv);
    expect(r.ok && r.framework).toEqual(shippedFramework('commune'));
  });
});
