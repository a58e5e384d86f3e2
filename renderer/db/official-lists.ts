import { decodeOfficialList, type OfficialList, type OfficialListId } from '@shared/units/official';

/** Reads a shipped list file (units/units-2025.json); tests pass their own reader. */
export type UnitListReader = (id: OfficialListId) => Promise<unknown>;

/** Fetches a shipped list over HTTP(S) or app://, relative to the page. */
export const fetchUnitList: UnitListReader = async (id) => {
  const res = await fetch(new URL(`units/units-${id}.json`, document.baseURI));
  if (!res.ok) throw new Error(`Không đọc được danh mục đơn vị hành chính ${id} (${res.status}).`);
  return res.json();
};

const cache = new Map<OfficialListId, Promise<OfficialList>>();

/**
 * The official list, fetched and decoded on first use and kept for the session: the lists are not part of the
 * initial bundle, only the picker, an import or the database upgrade asks for them. A failed load is not cached.
 */
export function loadOfficialList(id: OfficialListId, read: UnitListReader = fetchUnitList): Promise<OfficialList> {
  let p = cache.get(id);
  if (!p) {
    p = read(id).then((json) => {
      const r = decodeOfficialList(json);
      if (!r.ok) throw new Error(r.error);
      return r.list;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}
