// Issue 12: the official unit lists add nothing to the initial renderer JS of the real build. They are served as
// their own files (units/units-<list>.json) and fetched on first use; checked on dist/renderer after the build.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ABOVE, unitListsInInitialJs } from '../../scripts/units-in-bundle.mjs';

describe('the built renderer', () => {
  it('keeps both unit lists out of its initial JS and serves them as data files', async () => {
    const r = await unitListsInInitialJs(fileURLToPath(new URL('../../dist/renderer', import.meta.url)));
    expect(r.files.length).toBeGreaterThan(0);
    for (const l of r.lists) {
      expect(l.served, `units-${l.id}.json in dist/renderer/units`).toBe(true);
      expect(l.found, `commune codes of the ${l.id} list in the initial JS`).toBeLessThanOrEqual(BUNDLED_ABOVE);
    }
  });
});
