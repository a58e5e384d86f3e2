// The district summary sentence: the seed wording, majority boundaries, all strong, none strong, no commune.
import { describe, expect, it } from 'vitest';
import type { RawValue } from '../../../shared/entry/raw';
import type { Indicator } from '../../../shared/framework/types';
import type { UnitAggregate } from '../../../shared/scoring/aggregate';
import { districtSummary } from '../../../shared/verify/district-sentence';
import { verificationFigures } from '../../../shared/verify/figures';
import { agreeAll, communeFw, entry } from './fixtures';

/** A raw value worth the full points (true) or nothing (false). */
function rawFor(i: Indicator, full: boolean): RawValue {
  switch (i.valueType) {
    case 'boolean':
      return { value: full ? 'yes' : 'no' };
    case 'choice': {
      const opts = i.scoring.kind === 'choice' ? i.scoring.options : [];
      return { value: (full ? opts.find((o) => o.fraction === 1) : opts.find((o) => o.fraction === 0))?.key ?? '' };
    }
    case 'count':
      return { value: full ? '999' : '0' };
    case 'percent':
      return { value: full ? '100' : '0' };
    case 'ratio':
      return { numerator: full ? '10' : '0', denominator: '10' };
    default:
      return { declared: '1', points: full ? String(i.maxPoints) : '0' };
  }
}

/** The verified aggregate of a commune that completes exactly the groups in `strong` (everything agreed). */
function communeDoing(strong: readonly number[]): UnitAggregate {
  const entries = communeFw.indicators.map((i) => entry(i.code, rawFor(i, strong.includes(i.groupCode))));
  return verificationFigures(communeFw, entries, agreeAll(communeFw, entries)).verified;
}

const FOUNDATION = [1, 2, 3, 4, 5];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8];

describe('districtSummary', () => {
  it('reproduces the seed wording when most communes complete the foundation groups only', () => {
    const s = districtSummary(communeFw, [communeDoing(FOUNDATION), communeDoing(FOUNDATION), communeDoing(ALL)]);
    expect(s.sentence).toBe(
      'Đa số các xã hoàn thành và cơ bản hoàn thành 25/50 chỉ số thuộc các nhóm: Nhận thức số, Thể chế số, Hạ tầng số, Nhân lực số, An toàn thông tin mạng. ' +
        'Thực hiện ở mức thấp hoặc chưa thực hiện được 25/50 chỉ số thuộc các nhóm: Hoạt động chính quyền số, Hoạt động kinh tế số, Hoạt động xã hội số.',
    );
    expect(s.strongCount + s.weakCount).toBe(50);
    expect(s.reached.get(6)).toBe(1);
  });

  it('needs strictly more than half of the communes: 1 of 2 is not a majority', () => {
    const s = districtSummary(communeFw, [communeDoing(ALL), communeDoing([])]);
    expect(s.strong).toEqual([]);
    expect(s.sentence).toBe(
      'Đa số các xã thực hiện ở mức thấp hoặc chưa thực hiện được 50/50 chỉ số thuộc các nhóm: Nhận thức số, Thể chế số, Hạ tầng số, Nhân lực số, An toàn thông tin mạng, Hoạt động chính quyền số, Hoạt động kinh tế số, Hoạt động xã hội số.',
    );
  });

  it('omits the weak clause when every group is strong', () => {
    const s = districtSummary(communeFw, [communeDoing(ALL), communeDoing(ALL), communeDoing([1])]);
    expect(s.sentence).toBe(
      'Đa số các xã hoàn thành và cơ bản hoàn thành 50/50 chỉ số thuộc các nhóm: Nhận thức số, Thể chế số, Hạ tầng số, Nhân lực số, An toàn thông tin mạng, Hoạt động chính quyền số, Hoạt động kinh tế số, Hoạt động xã hội số.',
    );
  });

  it('counts a group reached at exactly half completion, and says so when there is no commune', () => {
    // Group 2 has 4 indicators: 2 complete of 4 is half → reached.
    const g2 = communeFw.indicators.filter((i) => i.groupCode === 2).map((i) => i.code);
    const entries = communeFw.indicators.map((i) => entry(i.code, rawFor(i, g2.slice(0, 2).includes(i.code))));
    const half = verificationFigures(communeFw, entries, agreeAll(communeFw, entries)).verified;
    expect(districtSummary(communeFw, [half]).strong.map((g) => g.code)).toEqual([2]);
    expect(districtSummary(communeFw, []).sentence).toBe('Chưa có xã nào có kết quả thẩm tra.');
  });

  it('uses verified figures: a commune whose values are not verified reaches nothing', () => {
    const entries = communeFw.indicators.map((i) => entry(i.code, rawFor(i, true)));
    const unverified = verificationFigures(communeFw, entries, {}).verified;
    expect(districtSummary(communeFw, [unverified]).strong).toEqual([]);
  });
});
