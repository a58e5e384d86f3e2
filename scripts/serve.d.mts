/** What a response under `path` may be kept for: content-hashed build files for good, the rest asked again. */
export declare function cacheControl(path: string): string;
/** Starts a static server for `dir` (port 0 picks a free one). */
export declare function serveDir(
  dir: string,
  port?: number,
  host?: string,
): Promise<{ url: string; close: () => Promise<unknown> }>;
