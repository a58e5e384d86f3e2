/**
 * The form seal. An export writes into its manifest ("formSeal") a SHA-256 of the exact bytes of its "Biểu mẫu 01"
 * sheet and of the shared strings that sheet uses, bound to the manifest's payload hash, its cell-text mode and its
 * framework. A file whose parts are still those bytes holds the form the export read back clean (./form-export-seal),
 * so the import need not parse the form again to compare it with the manifest: the comparison would find nothing.
 * A file re-saved by Excel or LibreOffice, or edited in any way, no longer matches and is read in full. The seal is no
 * signature: whoever can forge a manifest can forge a seal; it only tells DTI Desk's own untouched output apart.
 *
 * The form's strings are the first `k` items of the shared strings: the form is the workbook's first sheet, so the
 * writer numbers its strings first; the seal itself is a manifest string, numbered after them.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Manifest } from './manifest';

/** The manifest key of the seal. */
export const SEAL_KEY = 'formSeal';
/** The shared strings part of a DTI Desk export. */
export const SST_PATH = 'xl/sharedStrings.xml';
/**
 * Bumped whenever the form check (./form-read) may find something new in a file: seals written before no longer
 * verify, and those files are read in full again.
 */
const SEAL_TAG = 'dti-form-seal/1';
const SEAL = /^1\.(\d{6})\.([0-9a-f]{64})$/;
const MAX_STRINGS = 999_999;

/** What the seal binds besides the bytes: everything of the manifest that the form check reads. */
export interface SealBinding {
  frameworkId: string;
  frameworkVersion: string;
  plainText: boolean;
  payloadSha256: string;
}

/** The binding of a manifest. */
export const sealBinding = (m: Manifest): SealBinding => ({
  frameworkId: m.framework.id,
  frameworkVersion: m.framework.version,
  plainText: m.plainText === true,
  payloadSha256: m.sha256,
});

/** The seal as written: "1.<k, six digits>.<hex>". */
export const sealText = (k: number, hex: string): string => `1.${String(k).padStart(6, '0')}.${hex}`;

/** A seal's parts, or undefined when `text` is not a seal. */
export function parseSeal(text: string | undefined): { k: number; hex: string } | undefined {
  const m = SEAL.exec(text ?? '');
  return m ? { k: Number(m[1]), hex: m[2] as string } : undefined;
}

/** A stand-in of the seal's length, unique to the export, replaced once the bytes are known. */
export function sealPlaceholder(exportId: string): string {
  const id = `pending-${exportId.replace(/[^0-9A-Za-z-]/g, '')}`.slice(0, 64);
  return sealText(0, id.padEnd(64, '~'));
}

/** Byte offset just past the `k`-th "</si>" of the shared strings (0 for k = 0), or undefined when there are fewer. */
export function sstPrefixEnd(sst: Uint8Array, k: number): number | undefined {
  // "</si>": 0x3c 0x2f 0x73 0x69 0x3e
  let at = 0;
  for (let n = 0; n < k; n++) {
    let i = sst.indexOf(0x3c, at);
    while (i >= 0 && !(sst[i + 1] === 0x2f && sst[i + 2] === 0x73 && sst[i + 3] === 0x69 && sst[i + 4] === 0x3e))
      i = sst.indexOf(0x3c, i + 1);
    if (i < 0) return undefined;
    at = i + 5;
  }
  return at;
}

/** The seal's digest over the form's bytes and the first `k` shared strings, or undefined when those are not there. */
export function sealDigest(form: Uint8Array, sst: Uint8Array, k: number, b: SealBinding): string | undefined {
  if (!Number.isInteger(k) || k < 0 || k > MAX_STRINGS) return undefined;
  const end = sstPrefixEnd(sst, k);
  if (end === undefined) return undefined;
  const head = [SEAL_TAG, b.frameworkId, b.frameworkVersion, String(b.plainText), b.payloadSha256, form.length];
  const h = sha256.create();
  h.update(utf8ToBytes(`${head.join('\n')}\n`));
  h.update(form);
  h.update(sst.subarray(0, end));
  return bytesToHex(h.digest());
}

/** Whether `seal` (the manifest's "formSeal") holds for these bytes of the form and the shared strings. */
export function sealHolds(
  seal: string | undefined,
  form: Uint8Array | undefined,
  sst: Uint8Array | undefined,
  b: SealBinding,
): boolean {
  const s = parseSeal(seal);
  return !!s && !!form && !!sst && sealDigest(form, sst, s.k, b) === s.hex;
}
