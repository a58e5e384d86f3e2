import { describe, expect, it } from 'vitest';
import { frameworkFromCatalog, frameworkToCatalogCsv } from '../../../shared/framework/catalog';
import { parseFrameworkIndex } from '../../../shared/framework/framework-index';
import { boolLabels } from '../../../shared/framework/bool-labels';
import { frameworkFingerprint } from '../../../shared/framework/fingerprint';
import { type Framework, type Level, periodsOf } from '../../../shared/framework/types';
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
    expect(entries.map((e) => [e.meta.level, e.file, e.meta.version, periodsOf(e.meta)])).toEqual([
      ['district', 'district-72.csv', '2022.1', ['2024']],
      ['commune', 'commune-50.csv', '2022.1', ['2024', '2025']],
      ['commune', 'commune-50-2025.csv', '2025.1', ['2025']],
    ]);
    expect(new Set(entries.map((e) => `${e.meta.id}@${e.meta.version}`)).size).toBe(3);
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

describe('periods (issue 12: before / from 1/7/2025)', () => {
  const entry = shippedIndex().find((e) => e.meta.version === '2025.1')!;
  const r = frameworkFromCatalog(entry.meta, shippedText(entry.file));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const fw2025 = r.framework;
  const fw2022 = shippedFramework('commune');
  const texts = (fw: Framework) => [fw.title, ...fw.indicators.flatMap((i) => [i.name, i.method, i.evidence, i.unit])];

  it('the 2022 sets keep their content and fingerprint: databases and files made before periods still match', () => {
    // Fingerprints of the shipped sets as they were before frameworks carried periods (main at 7b4835e).
    expect(frameworkFingerprint(fw2022)).toBe('1e1f8574046c4a');
    expect(frameworkFingerprint(shippedFramework('district'))).toBe('04b05db8c1339c');
    expect(fw2022.periods).toBeUndefined();
    expect(periodsOf(fw2022)).toEqual(['2024', '2025']);
    expect(periodsOf(shippedFramework('district'))).toEqual(['2024']);
  });

  it('the commune set for periods from 7/2025 says "xã, phường, đặc khu", never a thị trấn or a huyện', () => {
    expect([fw2025.id, fw2025.version, fw2025.periods]).toEqual(['ninh-binh-xa', '2025.1', ['2025']]);
    expect(fw2025.title).toContain('xã, phường, đặc khu');
    expect(fw2025.indicators[0]?.name).toBe(
      'Người đứng đầu xã, phường, đặc khu (Bí thư/Chủ tịch cấp xã) là Trưởng ban Ban Chỉ đạo về chuyển đổi số',
    );
    for (const t of texts(fw2025)) expect(t).not.toMatch(/thị trấn|huyện/iu);
    expect(texts(fw2022).some((t) => /thị trấn/u.test(t))).toBe(true);
  });

  it('rewords only: same 50 indicators, scoring and points as the 2022 set', () => {
    const shape = (fw: Framework) =>
      fw.indicators.map((i) => [i.code, i.valueType, i.maxPoints, i.scoringText, i.unit, i.nameEn]);
    expect(shape(fw2025)).toEqual(shape(fw2022));
    expect(fw2025.groups).toEqual(fw2022.groups);
    const changed = fw2025.indicators.filter((i, k) => JSON.stringify(i) !== JSON.stringify(fw2022.indicators[k]));
    expect(changed.map((i) => i.code)).toEqual(['1.1', '3.3', '5.2', '6.8']);
  });

  it('5.2, worded as a negative, is answered in its own words in the 2025 set (issue 15); the 2022 set keeps Có/Không', () => {
    const ind = (fw: Framework) => fw.indicators.find((i) => i.code === '5.2')!;
    expect(ind(fw2025).name).toMatch(/^Không để xảy ra sự cố/u);
    expect(boolLabels(ind(fw2025))).toEqual({
      yes: 'Không xảy ra sự cố',
      no: 'Có xảy ra sự cố hoặc chưa được xác nhận',
    });
    expect(boolLabels(ind(fw2022))).toEqual({ yes: 'Có', no: 'Không' });
  });
});
