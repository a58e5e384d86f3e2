// The order of the end-to-end files, which run two at a time (vite.config.ts, mode e2e): the durability test (50
// SIGKILLs of Chromium, about half of all e2e time) starts first, in one lane, and the other files share the second.
// Vitest's own order (by the last run's durations, or by file size without them) may start it last, which leaves
// one lane idle for minutes.
import { BaseSequencer } from 'vitest/node';

const FIRST = ['durability.e2e.ts'];

export class DurabilityFirst extends BaseSequencer {
  async sort(files) {
    const sorted = await super.sort(files);
    const first = (f) => FIRST.some((name) => f.moduleId.endsWith(`/${name}`));
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}
