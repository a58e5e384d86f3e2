/**
 * The looks a document cell can have, as data (no spreadsheet library here). Times New Roman throughout (Nghị
 * định 30/2020/NĐ-CP); table text 11 pt, the header block 12–13 pt, titles 14 pt. Every text cell carries the
 * Text number format "@", so Excel keeps "- …", "= …", "+ …" or "@ …" as text even after the cell is edited, with
 * no visible apostrophe. Numbers use a Vietnamese-locale format ("1.000,00" in LibreOffice whatever its locale).
 */

/** How one cell looks. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points (default 11). */
  size?: number;
  h?: 'left' | 'center' | 'right' | 'justify';
  v?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides (table cells). */
  border?: boolean;
  /** Background, hex RGB without '#'. */
  fill?: string;
  /** Number format; "@" for text. */
  numFmt?: string;
}

/** The document font. */
export const FONT = 'Times New Roman';
/** Text number format. */
export const TEXT_FMT = '@';
/** Points with two decimals, Vietnamese separators (LCID 042A = Vietnamese). */
export const POINTS_FMT = '[$-42A]#,##0.00';
/** Whole numbers, Vietnamese separators. */
export const INT_FMT = '[$-42A]#,##0';
/** A share as a percentage with two decimals. */
export const PERCENT_FMT = '[$-42A]0.00%';
/** Shading of group rows and table headers. */
export const GROUP_FILL = 'E7EEF7';
export const HEADER_FILL = 'D9E1EC';

/** The named looks used by every document. */
export const S = {
  /** Header block, left and right columns. */
  bodyUpper: { size: 12, h: 'center', v: 'top', wrap: true, numFmt: TEXT_FMT },
  bodyUpperBold: { size: 12, bold: true, h: 'center', v: 'top', wrap: true, numFmt: TEXT_FMT },
  motto: { size: 13, bold: true, underline: true, h: 'center', v: 'top', numFmt: TEXT_FMT },
  number: { size: 13, h: 'center', v: 'top', wrap: true, numFmt: TEXT_FMT },
  dateLine: { size: 13, italic: true, h: 'center', v: 'top', numFmt: TEXT_FMT },
  /** Document type and subject. */
  title: { size: 14, bold: true, h: 'center', v: 'middle', wrap: true, numFmt: TEXT_FMT },
  subtitle: { size: 13, bold: true, h: 'center', v: 'top', wrap: true, numFmt: TEXT_FMT },
  centered: { size: 13, h: 'center', v: 'top', wrap: true, numFmt: TEXT_FMT },
  /** A paragraph of body text. */
  para: { size: 12, h: 'justify', v: 'top', wrap: true, numFmt: TEXT_FMT },
  paraBold: { size: 12, bold: true, h: 'left', v: 'top', wrap: true, numFmt: TEXT_FMT },
  label: { size: 12, h: 'left', v: 'top', wrap: true, numFmt: TEXT_FMT },
  /** Table cells. */
  th: { bold: true, h: 'center', v: 'middle', wrap: true, border: true, fill: HEADER_FILL, numFmt: TEXT_FMT },
  td: { h: 'left', v: 'top', wrap: true, border: true, numFmt: TEXT_FMT },
  tdCenter: { h: 'center', v: 'top', wrap: true, border: true, numFmt: TEXT_FMT },
  tdPoints: { h: 'right', v: 'top', border: true, numFmt: POINTS_FMT },
  tdInt: { h: 'right', v: 'top', border: true, numFmt: INT_FMT },
  tdPercent: { h: 'right', v: 'top', border: true, numFmt: PERCENT_FMT },
  tdRight: { h: 'right', v: 'top', wrap: true, border: true, numFmt: TEXT_FMT },
  group: { bold: true, h: 'left', v: 'top', wrap: true, border: true, fill: GROUP_FILL, numFmt: TEXT_FMT },
  groupPoints: { bold: true, h: 'right', v: 'top', border: true, fill: GROUP_FILL, numFmt: POINTS_FMT },
  groupInt: { bold: true, h: 'right', v: 'top', border: true, fill: GROUP_FILL, numFmt: INT_FMT },
  total: { bold: true, h: 'left', v: 'top', wrap: true, border: true, numFmt: TEXT_FMT },
  totalPoints: { bold: true, h: 'right', v: 'top', border: true, numFmt: POINTS_FMT },
  totalInt: { bold: true, h: 'right', v: 'top', border: true, numFmt: INT_FMT },
  /** Signature blocks (one tall cell each, so a page break never splits them). */
  signature: { size: 13, h: 'center', v: 'top', wrap: true, numFmt: TEXT_FMT },
  /** Machine cells (hidden columns, the manifest): plain text, never seen. */
  machine: { numFmt: TEXT_FMT },
} as const satisfies Record<string, CellStyle>;
