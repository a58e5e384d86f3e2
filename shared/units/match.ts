import { foldVi } from '../text/normalize';
import type { OfficialKind, OfficialList } from './official';

const TYPE_WORDS = /^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh) /;

/** A name folded without its type word: "Huyện Gia Viễn" and "gia vien" give "gia vien". */
export function bareName(name: string): string {
  return foldVi(name).replace(TYPE_WORDS, '');
}

/** A unit as held by a database before it knew the official lists. */
export interface HeldUnit {
  code: string;
  name: string;
  /** 'district' for the verifier's own unit; anything else is commune level. */
  type: string;
}

/**
 * Whether a unit typed by hand is the official unit with that code: the code exists at the same level and the
 * names agree once diacritics, case and the type word are set aside ("Gia Viễn" = "Huyện Gia Viễn"). A code that
 * names another unit is not a match: the typed unit is kept as hand-added rather than silently renamed.
 */
export function matchOfficial(list: OfficialList, unit: HeldUnit): boolean {
  const found = list.byCode.get(unit.code);
  const kind: OfficialKind = unit.type === 'district' ? 'district' : unit.type === 'province' ? 'province' : 'commune';
  return found !== undefined && found.kind === kind && bareName(found.name) === bareName(unit.name);
}

/** Width of an official commune code (Cục Thống kê): "00004" (Phường Ba Đình) … "32248". */
const COMMUNE_CODE_WIDTH = 5;

/**
 * The official code that a commune's code stands for when Excel dropped its leading zeros: "4" pasted from a
 * numeric cell for "00004". Only when the padded code is in the list, at commune level, under the same name (as
 * matchOfficial decides); otherwise undefined, and the code stays as given.
 */
export function zeroPaddedCode(list: OfficialList, unit: { code: string; name: string }): string | undefined {
  if (!/^\d+$/.test(unit.code) || unit.code.length >= COMMUNE_CODE_WIDTH) return undefined;
  const code = unit.code.padStart(COMMUNE_CODE_WIDTH, '0');
  return matchOfficial(list, { code, name: unit.name, type: 'commune' }) ? code : undefined;
}
