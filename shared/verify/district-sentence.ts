/**
 * The district summary sentence over its communes, in the news wording ("Đa số các xã hoàn thành và cơ bản hoàn
 * thành 25/50 chỉ số thuộc các nhóm: Nhận thức số, …. Thực hiện ở mức thấp hoặc chưa thực hiện được 25/50 chỉ số
 * thuộc các nhóm: …").
 *
 * The rule (our design, on verified figures):
 * - A commune reaches a group when its verified completion in the group is at least half: (hoàn thành + cơ bản
 *   hoàn thành) × 2 ≥ indicators of the group.
 * - A group is strong when strictly more than half of the communes reach it ("đa số"); otherwise it is weak.
 * - The first count is the number of indicators in the strong groups, the second the number in the weak groups,
 *   both over the framework's indicators, so the two add up and "thuộc các nhóm" is exact.
 * - Groups are named in framework order, joined by ", ". A clause with no group is left out; with no strong group
 *   the sentence starts "Đa số các xã thực hiện ở mức thấp …"; with no commune it says so.
 */
import type { Framework, Group } from '../framework/types';
import type { UnitAggregate } from '../scoring/aggregate';

/** The rule's verdict per group and the sentence. */
export interface DistrictSummary {
  communes: number;
  total: number;
  strong: Group[];
  weak: Group[];
  strongCount: number;
  weakCount: number;
  /** Per group code: how many communes reach ≥ 50 % completion. */
  reached: Map<number, number>;
  sentence: string;
}

/** Applies the rule to the verified aggregates of the communes (all on framework `fw`). */
export function districtSummary(fw: Framework, verified: readonly UnitAggregate[]): DistrictSummary {
  const count = (g: Group) => fw.indicators.filter((i) => i.groupCode === g.code).length;
  const reached = new Map<number, number>();
  for (const g of fw.groups) {
    reached.set(
      g.code,
      verified.filter((a) => {
        const ga = a.groups.find((x) => x.group.code === g.code);
        return ga !== undefined && ga.total > 0 && ga.completed * 2 >= ga.total;
      }).length,
    );
  }
  const n = verified.length;
  const strong = n === 0 ? [] : fw.groups.filter((g) => (reached.get(g.code) ?? 0) * 2 > n);
  const weak = fw.groups.filter((g) => !strong.includes(g));
  const strongCount = strong.reduce((s, g) => s + count(g), 0);
  const weakCount = weak.reduce((s, g) => s + count(g), 0);
  const total = fw.indicators.length;
  const names = (gs: readonly Group[]) => gs.map((g) => g.name).join(', ');
  let sentence: string;
  if (n === 0) sentence = 'Chưa có xã nào có kết quả thẩm tra.';
  else if (strong.length === 0)
    sentence = `Đa số các xã thực hiện ở mức thấp hoặc chưa thực hiện được ${weakCount}/${total} chỉ số thuộc các nhóm: ${names(weak)}.`;
  else {
    sentence = `Đa số các xã hoàn thành và cơ bản hoàn thành ${strongCount}/${total} chỉ số thuộc các nhóm: ${names(strong)}.`;
    if (weak.length > 0)
      sentence += ` Thực hiện ở mức thấp hoặc chưa thực hiện được ${weakCount}/${total} chỉ số thuộc các nhóm: ${names(weak)}.`;
  }
  return { communes: n, total, strong, weak, strongCount, weakCount, reached, sentence };
}
