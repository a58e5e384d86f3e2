/**
 * Errors found while reading or validating a framework. Each carries a machine code, where it was found and one
 * Vietnamese sentence that already names the place (sheet, row, column, indicator code) for the user.
 */

/** Machine-readable kind of a framework error (tests and the UI may switch on it). */
export type FrameworkErrorCode =
  | 'file-unreadable'
  | 'file-too-large'
  | 'csv-syntax'
  | 'sheet-missing'
  | 'header-missing-column'
  | 'header-duplicate-column'
  | 'cell-too-long'
  | 'cell-type'
  | 'not-an-object'
  | 'meta-invalid'
  | 'thresholds-invalid'
  | 'group-invalid'
  | 'group-duplicate'
  | 'group-unknown'
  | 'group-empty'
  | 'group-name-mismatch'
  | 'group-sum'
  | 'no-indicators'
  | 'code-invalid'
  | 'code-group-mismatch'
  | 'code-duplicate'
  | 'code-gap'
  | 'name-missing'
  | 'value-type-unknown'
  | 'max-not-positive'
  | 'number-invalid'
  | 'provenance-invalid'
  | 'rule-unparseable'
  | 'rule-value-type-mismatch'
  | 'step-negative'
  | 'step-above-max'
  | 'top-step-not-max'
  | 'steps-order'
  | 'target-not-positive'
  | 'choice-duplicate-key'
  | 'choice-no-full'
  | 'fraction-range'
  | 'choice-no-label';

/** Where an error was found. Rows are 1-based as a spreadsheet shows them (the header is row 1). */
export interface ErrorLocation {
  sheet?: string;
  row?: number;
  column?: string;
  /** Indicator code, when the row has a readable one. */
  indicator?: string;
  /** 1-based position in the indicator list, for frameworks given as objects (no row numbers). */
  position?: number;
  /** Group code, for group-level errors. */
  group?: number;
}

/** One framework error: code, location and the full Vietnamese message (location included). */
export interface FrameworkError extends ErrorLocation {
  code: FrameworkErrorCode;
  message: string;
}

/** Result of every framework reader: the framework or all errors found. */
export type FrameworkResult<T> = { ok: true; framework: T } | { ok: false; errors: FrameworkError[] };

/** Renders a location as a Vietnamese prefix, e.g. `Trang "ChiSo", dòng 5, cột "scoring", chỉ số 1.4`. */
export function describeLocation(loc: ErrorLocation): string {
  const parts: string[] = [];
  if (loc.sheet !== undefined) parts.push(`Trang "${loc.sheet}"`);
  if (loc.row !== undefined) parts.push(`dòng ${loc.row}`);
  else if (loc.position !== undefined) parts.push(`chỉ số thứ ${loc.position}`);
  if (loc.column !== undefined) parts.push(`cột "${loc.column}"`);
  if (loc.indicator !== undefined) parts.push(`chỉ số ${loc.indicator}`);
  if (loc.group !== undefined && loc.indicator === undefined) parts.push(`nhóm ${loc.group}`);
  return parts.join(', ');
}

/** Builds an error whose message is the location prefix followed by `text`. */
export function frameworkError(code: FrameworkErrorCode, loc: ErrorLocation, text: string): FrameworkError {
  const where = describeLocation(loc);
  const message = where === '' ? text : `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}`;
  const err: FrameworkError = { code, message };
  for (const key of ['sheet', 'row', 'column', 'indicator', 'position', 'group'] as const) {
    if (loc[key] !== undefined) Object.assign(err, { [key]: loc[key] });
  }
  return err;
}
