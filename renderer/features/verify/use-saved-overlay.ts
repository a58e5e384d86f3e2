import { useCallback, useState } from 'react';
import type { VerifiedLayer } from '@shared/verify/types';
import type { EntryRow } from '../../db/types';

/**
 * Verdicts committed since the live entries were last read. A verdict's line is drawn from the layer its
 * transaction committed at once, without waiting for the live query to re-read all entries; the overlay is
 * dropped as soon as the live entries change (they then hold the verdict themselves).
 */
export function useSavedOverlay(entries: ReadonlyMap<string, EntryRow>) {
  const [overlay, setOverlay] = useState<{
    base: ReadonlyMap<string, EntryRow>;
    layers: Map<string, VerifiedLayer | undefined>;
  } | null>(null);
  const live = overlay?.base === entries ? overlay.layers : null;

  /** The entry of `code` as last committed. */
  const entryOf = (code: string): EntryRow | undefined => {
    const e = entries.get(code);
    if (!live?.has(code)) return e;
    const verified = live.get(code);
    if (!e) return undefined;
    const { verified: _old, ...rest } = e;
    return verified ? { ...rest, verified } : rest;
  };

  /** Records layers just committed (undefined: the verdict was taken back). */
  const remember = useCallback(
    (changes: readonly (readonly [string, VerifiedLayer | undefined])[]) =>
      setOverlay((o) => {
        const layers = new Map(o?.base === entries ? o.layers : []);
        for (const [code, layer] of changes) layers.set(code, layer);
        return { base: entries, layers };
      }),
    [entries],
  );

  return { entryOf, remember };
}
