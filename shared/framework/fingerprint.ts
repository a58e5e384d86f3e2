/**
 * Framework identity. A framework (id + version) is immutable once published: assessments are pinned to it. The
 * app compares a loaded framework with a stored one of the same id and version and refuses different content.
 */
import type { Framework } from './types';

/** Deterministic JSON: object keys sorted, strings NFC, arrays in order, `undefined` members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return 'null';
}

/** 53-bit string hash (cyrb53), as 14 hex digits: short and stable, not cryptographic. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The canonical content string of a framework (what the fingerprint hashes). */
export function frameworkCanonical(fw: Framework): string {
  return canonicalJson(fw);
}

/** A short stable fingerprint of a framework's full content, e.g. for display and quick comparison. */
export function frameworkFingerprint(fw: Framework): string {
  return hash53(frameworkCanonical(fw));
}

/**
 * How two frameworks relate: 'same' (same id, version and content), 'conflict' (same id and version but
 * different content — refuse it), or 'different' (another id or version).
 */
export function compareFrameworks(a: Framework, b: Framework): 'same' | 'conflict' | 'different' {
  if (a.id !== b.id || a.version !== b.version) return 'different';
  return frameworkCanonical(a) === frameworkCanonical(b) ? 'same' : 'conflict';
}
