/**
 * Sealing an export (./form-seal): the workbook was written with a placeholder in the manifest's "formSeal"; here
 * the real seal is computed from the written bytes and put in its place (same length, so nothing else moves), the
 * file is zipped again, and the result is read back in full as a district would read it. Only a file that reads back
 * clean (no difference, no problem) keeps its seal; any other keeps the placeholder, which never verifies, so that
 * file is always read in full. Sealing never fails an export.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Framework } from '../framework/types';
import { SHEET_FORM } from './form-layout';
import { type SealBinding, sealDigest, sealText, SST_PATH, sstPrefixEnd } from './form-seal';
import { readAssessmentFile } from './import';
import { findSheetRef, openPackage } from './package';
import { inspectZip, ZIP_CAPS } from './zip-guard';

/** Number of shared strings the form uses: one past the highest index its cells name. */
function formStrings(formXml: string): number {
  let k = 0;
  for (const m of formXml.matchAll(/<c\b[^>]*\bt="s"[^>]*>\s*<v>(\d+)<\/v>/g)) k = Math.max(k, Number(m[1]) + 1);
  return k;
}

/** Offset of `needle` in `hay`, and whether it is there exactly once. */
function onlyAt(hay: Uint8Array, needle: Uint8Array): number | undefined {
  const found: number[] = [];
  for (
    let i = hay.indexOf(needle[0] as number);
    i >= 0 && found.length < 2;
    i = hay.indexOf(needle[0] as number, i + 1)
  )
    if (needle.every((b, j) => hay[i + j] === b)) found.push(i);
  return found.length === 1 ? found[0] : undefined;
}

/** The bytes with the placeholder replaced by the seal, or undefined when they cannot be sealed. */
function sealed(bytes: Uint8Array, placeholder: string, binding: SealBinding, modified: Date): Uint8Array | undefined {
  const zip = inspectZip(bytes, ZIP_CAPS);
  if (!zip.ok) return undefined;
  const opened = openPackage(bytes, zip.entries);
  if (!opened.ok) return undefined;
  const pkg = opened.pkg;
  const ref = findSheetRef(pkg.sheets, SHEET_FORM);
  const form = ref && pkg.bytes(ref.path);
  const sst = pkg.bytes(SST_PATH);
  if (!ref || !form || !sst) return undefined;
  const k = formStrings(pkg.text(ref.path) ?? '');
  const at = onlyAt(sst, utf8ToBytes(placeholder));
  const end = sstPrefixEnd(sst, k);
  if (at === undefined || end === undefined || at < end) return undefined;
  const hex = sealDigest(form, sst, k, binding);
  if (!hex) return undefined;
  const seal = utf8ToBytes(sealText(k, hex));
  if (seal.length !== placeholder.length) return undefined;
  const strings = sst.slice();
  strings.set(seal, at);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    files[name] = [name === SST_PATH ? strings : data, { level: name.endsWith('/') ? 0 : 1, mtime: modified }];
  return zipSync(files);
}

/**
 * Seals `bytes` (an assessment export written with `placeholder` as its "formSeal") when they read back clean with
 * `framework`; otherwise returns them as they are.
 */
export function sealExport(
  bytes: Uint8Array,
  placeholder: string,
  binding: SealBinding,
  framework: Framework,
  modified: Date,
): Uint8Array {
  const out = sealed(bytes, placeholder, binding, modified);
  if (!out) return bytes;
  const back = readAssessmentFile(out, 'export.xlsx', { resolveFramework: () => framework, seal: 'ignore' });
  const clean = back.ok && back.differences.length === 0 && back.problems.length === 0;
  return clean ? out : bytes;
}
