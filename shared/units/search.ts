import { foldVi } from '../text/normalize';
import type { OfficialKind, OfficialList, OfficialUnit } from './official';

/**
 * Diacritic-insensitive search in an official list: "gia vien" finds "Xã Gia Viễn" and "Huyện Gia Viễn"; words may
 * also name the parent ("gia phong gia vien"); digits match codes. Best first: own name starting with the query,
 * then own name containing it, then matches that need the parent's words; ties in list order.
 */
export function searchOfficial(
  list: OfficialList,
  query: string,
  options: { kinds?: readonly OfficialKind[]; within?: string; limit?: number } = {},
): OfficialUnit[] {
  const q = foldVi(query);
  // Typed with diacritics: a name spelled exactly so comes before its namesakes ("Gia Viễn" before "Gia Viên").
  const exact = query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const accented = exact !== q;
  const limit = options.limit ?? 50;
  if (!q) return [];
  const kinds = options.kinds ?? ['province', 'district', 'commune'];
  const pools = kinds.map((k) =>
    k === 'province' ? list.provinces : k === 'district' ? list.districts : list.communes,
  );
  const words = q.split(' ');
  const isCode = /^\d+$/.test(q);
  // Ranks are half-steps from -0.5 to 5: one bucket each, filled in list order, so reading the buckets in order is
  // the ranking with ties in list order, without sorting thousands of matches of a one-letter query.
  const buckets: OfficialUnit[][] = Array.from({ length: 12 }, () => []);
  // Once `limit` units match on their own name (rank ≤ 2), a match through the words (rank ≥ 3, the costly test)
  // can no longer be shown: it is not tested.
  let byName = 0;
  for (const pool of pools) {
    for (const u of pool) {
      if (options.within && u.parentCode !== options.within && u.provinceCode !== options.within) continue;
      let rank = isCode ? (u.code.startsWith(q) ? 0 : -1) : rankName(u, q, words, byName < limit);
      if (rank < 0) continue;
      if (rank <= 2) byName++;
      if (accented && u.name.toLowerCase().includes(exact)) rank -= 0.5;
      buckets[rank * 2 + 1]!.push(u);
    }
  }
  const out: OfficialUnit[] = [];
  for (const b of buckets) {
    for (const u of b) {
      if (out.length === limit) return out;
      out.push(u);
    }
  }
  return out;
}

const TYPE_WORDS = /^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh) /;

/** The folded own name without its type word ("gia vien" for "Xã Gia Viễn"), computed once per unit. */
const bareNames = new WeakMap<OfficialUnit, string>();
function bareOf(u: OfficialUnit): string {
  let bare = bareNames.get(u);
  if (bare === undefined) bareNames.set(u, (bare = u.foldedName.replace(TYPE_WORDS, '')));
  return bare;
}

/** Rank of a unit for the query (lower is better), -1 for no match; `byWords` false skips the word-level ranks. */
function rankName(u: OfficialUnit, q: string, words: string[], byWords: boolean): number {
  const bare = bareOf(u);
  if (bare === q || u.foldedName === q) return 0;
  if (bare.startsWith(q) || u.foldedName.startsWith(q)) return 1;
  if (u.foldedName.includes(q)) return 2;
  if (!byWords || !words.every((w) => hasWordStarting(u.folded, w))) return -1;
  if (words.every((w) => hasWordStarting(u.foldedName, w))) return 3;
  // "gia phong gia vien": the unit's own name first, then its parent's.
  return q.startsWith(bare) ? 4 : 5;
}

function hasWordStarting(haystack: string, word: string): boolean {
  let i = haystack.indexOf(word);
  while (i >= 0) {
    if (i === 0 || haystack[i - 1] === ' ') return true;
    i = haystack.indexOf(word, i + 1);
  }
  return false;
}

/** "Xã Gia Phong — Huyện Gia Viễn, Tỉnh Ninh Bình": a unit with the names above it, to tell namesakes apart. */
export function describeOfficial(list: OfficialList, u: OfficialUnit): string {
  const above: string[] = [];
  let parent = list.byCode.get(u.parentCode);
  while (parent) {
    above.push(parent.name);
    parent = list.byCode.get(parent.parentCode);
  }
  return above.length ? `${u.name} — ${above.join(', ')}` : u.name;
}
