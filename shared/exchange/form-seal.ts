/**
 * The form seal. An export writes into its zip's comment a SHA-256 of the stored bytes of its "Biểu mẫu 01" sheet
 * and of its shared strings, bound to the manifest's payload hash, its cell-text mode and its framework. A file whose
 * parts are still those bytes holds the form the export read back clean (./export-seal), so the import need not
 * parse the form again to compare it with the manifest: the comparison would find nothing. A file re-saved by Excel or
 * LibreOffice (which write a new zip, without the comment), re-zipped, or edited in any way is read in full.
 *
 * The seal is no signature: whoever can forge a manifest can forge a seal; it only tells DTI Desk's own untouched
 * output apart. It lies outside every part it covers, so writing it moves nothing, and the stored (compressed) bytes
 * decide the inflated ones: hashing those is a fraction of the work of hashing the text.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Manifest } from './manifest';
import { entryData, type ZipEntry } from './zip-guard';

/** The shared strings part of a DTI Desk export. */
export const SST_PATH = 'xl/sharedStrings.xml';
/**
 * The comment's words before the digest. The number is bumped whenever the form check (./form-read) may find
 * something new in a file: seals written before no longer verify, and those files are read in full again.
 */
const SEAL_PREFIX = 'DTI Desk form seal 1 ';
const SEAL = /^DTI Desk form seal 1 ([0-9a-f]{64})$/;

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

/** The zip comment that carries a seal. */
export const sealComment = (hex: string): string => `${SEAL_PREFIX}${hex}`;

/** The digest a zip comment carries, or undefined when it carries no seal. */
export const sealOf = (comment: string): string | undefined => SEAL.exec(comment)?.[1];

/** Whether a zip comment carries a seal (the file may be read without its form). */
export const hasSeal = (comment: string): boolean => sealOf(comment) !== undefined;

/**
 * The seal's digest over the stored bytes of the form (`formPath`) and of the shared strings, as the zip's central
 * directory lists them; undefined when either is missing.
 */
export function sealDigest(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  formPath: string,
  b: SealBinding,
): string | undefined {
  const parts = [formPath, SST_PATH].map((name) => entries.get(name));
  if (parts.some((e) => !e)) return undefined;
  const h = sha256.create();
  h.update(utf8ToBytes([SEAL_PREFIX, b.frameworkId, b.frameworkVersion, b.plainText, b.payloadSha256].join('\n')));
  for (const e of parts as ZipEntry[]) {
    h.update(utf8ToBytes(`\n${e.name}\n${e.method}\n${e.compressedSize}\n${e.uncompressedSize}\n`));
    h.update(entryData(bytes, e));
  }
  return bytesToHex(h.digest());
}

/** `bytes` (a zip with no comment) with `comment` (ASCII) as its comment, or undefined when it is not such a zip. */
export function withComment(bytes: Uint8Array, comment: string): Uint8Array | undefined {
  const eocd = bytes.length - 22;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (eocd < 0 || view.getUint32(eocd, true) !== 0x06054b50 || view.getUint16(eocd + 20, true) !== 0) return undefined;
  const text = utf8ToBytes(comment);
  const out = new Uint8Array(bytes.length + text.length);
  out.set(bytes);
  out.set(text, bytes.length);
  new DataView(out.buffer).setUint16(eocd + 20, text.length, true);
  return out;
}
