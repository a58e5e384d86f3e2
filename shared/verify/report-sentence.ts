/**
 * The verifier's summary sentence, built from the report rows (./report.ts), i.e. from the very figures the
 * dashboard, the Tổng hợp sheet and the e-mail show. Rules (our design, issue 11):
 * - It first says what the report covers: "Đã nhận 3/129 xã, đã thẩm tra 2; còn 126 xã chưa nộp."
 * - Only communes verified to the end are summarised. Every "x/y chỉ số" it states is a count that some verified
 *   commune reached (hoàn thành + cơ bản hoàn thành over the commune's indicators):
 *   - "đa số các xã hoàn thành và cơ bản hoàn thành từ x/y chỉ số trở lên": x is the largest count that strictly
 *     more than half of the verified communes reach, i.e. the ⌊n/2⌋-th highest count (a commune has exactly x);
 *   - "(cao nhất …, thấp nhất …)": the highest and lowest counts.
 * - A group is named among the strong ones when strictly more than half of the verified communes complete at
 *   least half of its indicators (the heat map cell "x/y" with 2x ≥ y), otherwise among the weak ones.
 * - Nothing verified: the sentence says so instead of reporting zeros.
 */
import type { Group } from '../framework/types';
import { nameInSentence } from './minutes';
import type { ReportCounts, ReportRow } from './report';

/** The facts the sentence states (for the tests and the checklist). */
export interface SentenceFacts {
  counts: ReportCounts;
  /** Verified communes summarised (those on the reference indicator count). */
  summarised: number;
  /** Indicators per commune of the summarised communes; null when none. */
  total: number | null;
  /** The "đa số … từ x/y trở lên" count; null when nothing is summarised. */
  majority: number | null;
  highest: number | null;
  lowest: number | null;
  strong: Group[];
  weak: Group[];
  /** Per group code: how many summarised communes complete at least half of the group. */
  reached: Map<number, number>;
}

const names = (gs: readonly Group[]) => gs.map((g) => g.name).join(', ');

/** A group cell reaches when its completion is at least half: 2 × completed ≥ total (and the group is not empty). */
export function groupReached(completed: number, total: number): boolean {
  return total > 0 && completed * 2 >= total;
}

function coverage(c: ReportCounts, word: string): string {
  if (c.units === 0) return `Chưa có danh sách ${word} để tổng hợp.`;
  if (c.received === 0) return `Chưa nhận tệp của ${word} nào (0/${c.units} ${word}).`;
  let s = `Đã nhận ${c.received}/${c.units} ${word}, đã thẩm tra ${c.verified}`;
  const rest: string[] = [];
  if (c.unverified > 0) rest.push(`${c.unverified} ${word} chưa thẩm tra xong`);
  if (c.missing > 0) rest.push(`${c.missing} ${word} chưa nộp`);
  if (rest.length > 0) s += `; còn ${rest.join(', ')}`;
  return `${s}.`;
}

/** The facts and the sentence of `rows` (already counted in `counts`) over the framework's `groups`. */
export function reportSentence(
  rows: readonly ReportRow[],
  counts: ReportCounts,
  groups: readonly Group[],
  word = 'xã',
): { facts: SentenceFacts; sentence: string } {
  const verified = rows.filter((r) => r.status === 'verified' && r.total !== null && r.completed !== null);
  const total = verified[0]?.total ?? null;
  const summarised = verified.filter((r) => r.total === total);
  const counted = summarised.map((r) => r.completed as number).sort((a, b) => b - a);
  const n = counted.length;
  const majority = n > 0 ? (counted[Math.floor(n / 2)] ?? null) : null;
  const reached = new Map<number, number>();
  for (const g of groups) {
    reached.set(
      g.code,
      summarised.filter((r) => {
        const cell = r.groups.find((x) => x.groupCode === g.code);
        return cell !== undefined && groupReached(cell.verifiedCompleted ?? 0, cell.total);
      }).length,
    );
  }
  const strong = n === 0 ? [] : groups.filter((g) => (reached.get(g.code) ?? 0) * 2 > n);
  const weak = n === 0 ? [] : groups.filter((g) => !strong.includes(g));
  const facts: SentenceFacts = {
    counts,
    summarised: n,
    total,
    majority,
    highest: n > 0 ? (counted[0] ?? null) : null,
    lowest: n > 0 ? (counted[n - 1] ?? null) : null,
    strong,
    weak,
    reached,
  };
  let sentence = coverage(counts, word);
  if (counts.received > 0 && n === 0) {
    sentence += ` Chưa có ${word} nào thẩm tra xong nên chưa có kết quả thẩm tra để tổng hợp.`;
  } else if (n > 0 && total !== null && majority !== null) {
    const y = total;
    const only = summarised[0];
    let body: string;
    if (n === 1 && only) {
      body = `Kết quả thẩm tra của ${nameInSentence(only.name)}: hoàn thành và cơ bản hoàn thành ${majority}/${y} chỉ số`;
      if (strong.length > 0) body += `; đạt từ một nửa số chỉ số trở lên ở các nhóm: ${names(strong)}`;
      if (weak.length > 0) body += `; thực hiện ở mức thấp hoặc chưa thực hiện được ở các nhóm: ${names(weak)}`;
    } else {
      const { highest: hi, lowest: lo } = facts;
      body =
        hi === lo
          ? `Theo kết quả thẩm tra của ${n} ${word}: các ${word} đều hoàn thành và cơ bản hoàn thành ${majority}/${y} chỉ số`
          : `Theo kết quả thẩm tra của ${n} ${word}: đa số các ${word} hoàn thành và cơ bản hoàn thành từ ${majority}/${y} chỉ số trở lên (cao nhất ${hi}/${y}, thấp nhất ${lo}/${y})`;
      if (strong.length > 0)
        body += `; đa số các ${word} đạt từ một nửa số chỉ số trở lên ở các nhóm: ${names(strong)}`;
      if (weak.length > 0) body += `; thực hiện ở mức thấp hoặc chưa thực hiện được ở các nhóm: ${names(weak)}`;
    }
    const other = verified.length - n;
    if (other > 0) body += ` (${other} ${word} dùng bộ chỉ số khác, chưa tính vào nhận định này)`;
    sentence += ` ${body}.`;
  }
  return { facts, sentence };
}
