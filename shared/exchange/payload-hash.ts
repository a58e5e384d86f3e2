// The manifest hash on its own, so code that only checks or builds a payload (the form, the verdicts) does not
// load the workbook reader (initial-JS budget, issue 16).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../framework/fingerprint';

/** Hex SHA-256 of the canonical JSON of `payload`: the one integrity hash of every manifest. */
export function hashPayload(payload: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(payload))));
}
