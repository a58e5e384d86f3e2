/** File names of exported assessments: `DTI_2024_xa-gia-phong_tu-danh-gia_r3.xlsx`. */
import type { Period } from '../entry/types';

/** ASCII slug of a Vietnamese name: diacritics removed, đ → d, lower case, words joined by '-'. */
export function slugVi(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'don-vi' : slug.slice(0, 60).replace(/-+$/, '');
}

/** The export file name of a unit's self-assessment for `period` at `revision`. */
export function assessmentFileName(unitName: string, period: Period, revision: number): string {
  const p = period.kind === 'year' ? String(period.year) : `${period.year}-6T`;
  return `DTI_${p}_${slugVi(unitName)}_tu-danh-gia_r${revision}.xlsx`;
}
