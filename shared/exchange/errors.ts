import type { HazardFinding } from './hazards';

/**
 * Refusals of the Excel exchange: a stable kind for the program and a Vietnamese message for the officer.
 * Importing never throws; every refusal is one of these values.
 */

/** Why a file was refused. */
export type ExchangeErrorKind =
  | 'empty'
  | 'too-large'
  | 'not-zip'
  | 'truncated'
  | 'zip64'
  | 'too-many-entries'
  | 'zip-bomb'
  | 'bad-compression'
  | 'encrypted'
  | 'macro'
  | 'xls'
  | 'ods'
  | 'docx'
  | 'not-xlsx'
  | 'unreadable'
  | 'no-manifest'
  | 'unknown-format'
  | 'future-version'
  | 'manifest-invalid'
  | 'hash-mismatch'
  | 'no-form-sheet'
  | 'sheet-too-large'
  | 'cell-too-long'
  | 'hazard'
  | 'memory'
  | 'internal';

/** A refusal: kind, Vietnamese message, optional technical detail. */
export interface ExchangeError {
  kind: ExchangeErrorKind;
  message: string;
  detail?: string;
  /** For 'hazard': every hazard found (the refused ones first); the message is the first refused one's. */
  hazards?: HazardFinding[];
}

/** Builds a refusal value. */
export function exchangeError(kind: ExchangeErrorKind, message: string, detail?: string): ExchangeError {
  return detail === undefined ? { kind, message } : { kind, message, detail };
}
