/**
 * From 1/7/2025 the province's Sở Khoa học và Công nghệ verifies the communes, so the verifier's documents (the
 * remarks letter, the consolidated report) are the Sở's: under the UBND of its province, numbered "…/SKHCN", signed
 * by its Giám đốc unless Cài đặt → Văn bản names another signer.
 */
import { DEFAULT_DOC_SETTINGS, type DocSettings } from './settings';

/** The issuing body line of the Sở's documents. */
export const DEPARTMENT = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ';
/** The issuer's abbreviation in the Sở's document numbers ("Số: 15/BC-SKHCN"). */
export const DEPARTMENT_ABBR = 'SKHCN';

/** The Sở's signer: the one of Cài đặt, or its Giám đốc while Cài đặt holds the people's committee's default. */
export function departmentSigner(settings: DocSettings): { authority: string; title: string } {
  const own =
    settings.signerAuthority !== DEFAULT_DOC_SETTINGS.signerAuthority ||
    settings.signerTitle !== DEFAULT_DOC_SETTINGS.signerTitle;
  return own
    ? { authority: settings.signerAuthority, title: settings.signerTitle }
    : { authority: '', title: 'GIÁM ĐỐC' };
}
