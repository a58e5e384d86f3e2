import { readFileSync } from 'node:fs';
import { decodeOfficialList, type OfficialList, type OfficialListId } from '../../../shared/units/official';

const cache = new Map<OfficialListId, OfficialList>();

/** A shipped list read from disk as the renderer reads it (the JSON written by scripts/build-units.mjs). */
export function shippedList(id: OfficialListId): OfficialList {
  let list = cache.get(id);
  if (!list) {
    const url = new URL(`../../../renderer/public/units/units-${id}.json`, import.meta.url);
    const r = decodeOfficialList(JSON.parse(readFileSync(url, 'utf8')) as unknown);
    if (!r.ok) throw new Error(r.error);
    list = r.list;
    cache.set(id, list);
  }
  return list;
}

/** The shipped list's raw JSON, for tests that go through the renderer's loader. */
export function shippedJson(id: OfficialListId): unknown {
  return JSON.parse(readFileSync(new URL(`../../../renderer/public/units/units-${id}.json`, import.meta.url), 'utf8'));
}
