/**
 * The progress bar of `dti-desk`: drawn on standard error only when both outputs are a terminal (never when the
 * output is piped or redirected), redrawn at most ten times a second, wiped before any line is printed.
 */
import { formatViNumber } from '@shared/text';

/** Where the bar is drawn and whether it is a terminal. */
export interface ProgressTarget {
  write(s: string): void;
  isTTY: boolean;
  columns?: number;
}

/** A progress bar; every method is a no-op when the target is not a terminal. */
export interface Progress {
  update(done: number): void;
  /** Wipes the bar so a line can be printed in its place. */
  clear(): void;
  done(): void;
}

/** Starts a bar for `total` files. */
export function progressBar(target: ProgressTarget, total: number, label = 'tệp'): Progress {
  if (!target.isTTY || total === 0) return { update: () => undefined, clear: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  let current = 0;
  const draw = () => {
    const width = Math.max(10, Math.min(40, (target.columns ?? 80) - 40));
    const filled = Math.round((current / total) * width);
    const pct = Math.floor((current / total) * 100);
    const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${formatViNumber(current)}/${formatViNumber(total)} ${label}`;
    target.write(`\r\x1b[K${text}`);
    shown = true;
  };
  return {
    update(done) {
      current = done;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw();
    },
    clear() {
      if (shown) target.write('\r\x1b[K');
      shown = false;
    },
    done() {
      if (shown) target.write('\r\x1b[K');
      shown = false;
    },
  };
}
