import { foldVi } from '../text/normalize';

/**
 * The official lists of administrative units (General Statistics Office codes), as shipped in compact JSON by
 * scripts/build-units.mjs: '2024' (province → district → commune, until 30/6/2025) and '2025' (province → commune,
 * from 1/7/2025). A code alone does not say which list it comes from (a merged commune keeps one old code), so every
 * unit carries its list.
 */

/** Which official list: '2024' before 1/7/2025, '2025' from then on. */
export type OfficialListId = '2024' | '2025';

export const OFFICIAL_LIST_IDS: readonly OfficialListId[] = ['2024', '2025'];

/** Level of a unit in a list. */
export type OfficialKind = 'province' | 'district' | 'commune';

/** Type word of a commune-level unit. */
export type CommuneType = 'Xã' | 'Phường' | 'Thị trấn' | 'Đặc khu';

/** One unit of an official list. */
export interface OfficialUnit {
  code: string;
  /** Full name as published, NFC ("Xã Gia Viễn", "Tỉnh Ninh Bình"). */
  name: string;
  kind: OfficialKind;
  /** For communes only. */
  communeType?: CommuneType;
  /** District (2024) or province (2025) of a commune; the province of a district; '' for a province. */
  parentCode: string;
  provinceCode: string;
  /** Folded "name, parent, province" for diacritic-insensitive search. */
  folded: string;
  /** Folded own name alone. */
  foldedName: string;
}

/** A decoded list with its lookups. */
export interface OfficialList {
  id: OfficialListId;
  validFrom: string;
  validTo: string;
  note: string;
  provinces: OfficialUnit[];
  districts: OfficialUnit[];
  communes: OfficialUnit[];
  /** Codes have one length per level (2, 3, 5 digits), so one map serves all three. */
  byCode: ReadonlyMap<string, OfficialUnit>;
  childrenOf: ReadonlyMap<string, OfficialUnit[]>;
}

type Row = [string, string | number, unknown];

function isRow(x: unknown): x is Row {
  return Array.isArray(x) && x.length === 3 && typeof x[0] === 'string';
}

/** Decodes the compact JSON of one list; a file that is not one gives a Vietnamese message. */
export function decodeOfficialList(json: unknown): { ok: true; list: OfficialList } | { ok: false; error: string } {
  const bad = (why: string) => ({ ok: false as const, error: `Danh mục đơn vị hành chính không hợp lệ: ${why}.` });
  if (typeof json !== 'object' || json === null) return bad('không phải dữ liệu danh mục');
  const o = json as Record<string, unknown>;
  if (o.formatVersion !== 1) return bad('phiên bản định dạng không hỗ trợ');
  if (o.list !== '2024' && o.list !== '2025') return bad('không rõ danh mục 2024 hay 2025');
  const types = o.types;
  if (!Array.isArray(types) || !types.every((t) => typeof t === 'string')) return bad('thiếu loại đơn vị');
  if (!Array.isArray(o.provinces)) return bad('thiếu danh sách tỉnh');
  const id = o.list;
  const provinces: OfficialUnit[] = [];
  const districts: OfficialUnit[] = [];
  const communes: OfficialUnit[] = [];
  const byCode = new Map<string, OfficialUnit>();
  const childrenOf = new Map<string, OfficialUnit[]>();
  const add = (u: OfficialUnit, into: OfficialUnit[]) => {
    if (byCode.has(u.code)) throw new Error(`mã ${u.code} lặp lại`);
    byCode.set(u.code, u);
    into.push(u);
    if (u.parentCode) {
      const siblings = childrenOf.get(u.parentCode);
      if (siblings) siblings.push(u);
      else childrenOf.set(u.parentCode, [u]);
    }
  };
  const unit = (code: string, name: string, kind: OfficialKind, parent: OfficialUnit | null, province: string) => {
    const foldedName = foldVi(name);
    return {
      code,
      name,
      kind,
      parentCode: parent?.code ?? '',
      provinceCode: province,
      foldedName,
      folded: parent ? `${foldedName} ${parent.folded}` : foldedName,
    };
  };
  const addCommunes = (rows: unknown, parent: OfficialUnit) => {
    if (!Array.isArray(rows)) throw new Error(`đơn vị ${parent.code} thiếu danh sách xã`);
    for (const r of rows) {
      if (!isRow(r) || typeof r[1] !== 'number' || typeof r[2] !== 'string') throw new Error('dòng xã hỏng');
      const typeIndex = r[1] % 10;
      const type = types[typeIndex] as CommuneType | undefined;
      if (!type) throw new Error(`loại đơn vị ${r[1]} không có`);
      const name = r[1] >= 10 ? r[2] : `${type} ${r[2]}`;
      add({ ...unit(r[0], name, 'commune', parent, parent.provinceCode), communeType: type }, communes);
    }
  };
  try {
    for (const p of o.provinces) {
      if (!isRow(p) || typeof p[1] !== 'string') throw new Error('dòng tỉnh hỏng');
      const province = unit(p[0], p[1], 'province', null, p[0]);
      add(province, provinces);
      if (id === '2025') addCommunes(p[2], province);
      else {
        if (!Array.isArray(p[2])) throw new Error(`tỉnh ${p[0]} thiếu danh sách huyện`);
        for (const d of p[2]) {
          if (!isRow(d) || typeof d[1] !== 'string') throw new Error('dòng huyện hỏng');
          const district = unit(d[0], d[1], 'district', province, p[0]);
          add(district, districts);
          addCommunes(d[2], district);
        }
      }
    }
  } catch (e) {
    return bad(e instanceof Error ? e.message : String(e));
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    ok: true,
    list: {
      id,
      validFrom: str(o.validFrom),
      validTo: str(o.validTo),
      note: str(o.note),
      provinces,
      districts,
      communes,
      byCode,
      childrenOf,
    },
  };
}

/** The list in force on a date ('YYYY-MM-DD'): 2025 from 1/7/2025, 2024 before. */
export function listForDate(isoDate: string): OfficialListId {
  return isoDate >= '2025-07-01' ? '2025' : '2024';
}

/**
 * The last year a district assessed in full (districts exist only under the 2024 list, until 30/6/2025): where a
 * district's period fields open, instead of this year.
 */
export const LAST_DISTRICT_YEAR = 2024;

/** The list an assessment period (a year, or the first half of a year) falls under. */
export function listForPeriod(period: { year: number; kind: 'year' | 'mid-year' }): OfficialListId {
  // A mid-year review covers January–June; a 2025 mid-year review still belongs to the three-level structure.
  if (period.year > 2025) return '2025';
  if (period.year < 2025) return '2024';
  return period.kind === 'mid-year' ? '2024' : '2025';
}
