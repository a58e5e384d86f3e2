/**
 * Sealing an export (./form-seal): the digest of the written bytes goes into the zip's comment (nothing else moves),
 * and the result is read back in full as a district would read it. Only a file that reads back clean (no difference,
 * no problem) is sealed; any other goes as written, and is always read in full. Sealing never fails an export.
 */
import type { Framework } from '../framework/types';
import { SHEET_FORM } from './form-layout';
import { type SealBinding, sealComment, sealDigest, withComment } from './form-seal';
import { readAssessmentFile } from './import';
import { findSheetRef, openPackage } from './package';
import { inspectZip, ZIP_CAPS } from './zip-guard';

/** The bytes with their seal, or undefined when they cannot be sealed. */
function sealed(bytes: Uint8Array, binding: SealBinding): Uint8Array | undefined {
  const zip = inspectZip(bytes, ZIP_CAPS);
  if (!zip.ok || zip.comment !== '') return undefined;
  const opened = openPackage(bytes, zip.entries);
  if (!opened.ok) return undefined;
  const ref = findSheetRef(opened.pkg.sheets, SHEET_FORM);
  const hex = ref && sealDigest(bytes, opened.pkg.entries, ref.path, binding);
  return hex ? withComment(bytes, sealComment(hex)) : undefined;
}

/** `bytes` (an assessment export) sealed when they read back clean with `framework`; otherwise as they are. */
export function sealExport(bytes: Uint8Array, binding: SealBinding, framework: Framework): Uint8Array {
  let out: Uint8Array | undefined;
  try {
    out = sealed(bytes, binding);
  } catch {
    return bytes; // any surprise: the file goes unsealed
  }
  if (!out) return bytes;
  const back = readAssessmentFile(out, 'export.xlsx', { resolveFramework: () => framework, seal: 'ignore' });
  const clean = back.ok && back.differences.length === 0 && back.problems.length === 0;
  return clean ? out : bytes;
}
