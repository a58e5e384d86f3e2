/** More codes than this found in the initial JS means the list is bundled. */
export declare const BUNDLED_ABOVE: number;
/** The initial JS files of a built renderer (relative to `dist`) with their text. */
export declare function initialScripts(dist: string): Promise<Map<string, string>>;
export interface ListInBundle {
  id: string;
  /** Commune codes in the list. */
  entries: number;
  /** Of them, found in the initial JS as quoted strings. */
  found: number;
  bundled: boolean;
  /** dist/renderer/units/units-<id>.json exists (fetched on first use). */
  served: boolean;
}
/** Per list: commune codes found in the initial JS, the list's size, whether it is served as its own file. */
export declare function unitListsInInitialJs(
  dist: string,
  ids?: string[],
): Promise<{ files: string[]; lists: ListInBundle[] }>;
