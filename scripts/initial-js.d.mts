import type { Plugin } from 'vite';

/** The budget in kB gzip. */
export declare const INITIAL_JS_LIMIT_KB: number;
/** Minimal shape of a Rollup/Rolldown output chunk the measure reads. */
export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
}
/** The entry chunks and their static imports, transitively. */
export declare function initialChunks(bundle: Record<string, ChunkLike>): ChunkLike[];
/** gzip sizes (kB) of the initial chunks and their total. */
export declare function measureInitialJs(bundle: Record<string, ChunkLike>): {
  totalKb: number;
  files: { file: string; gzipKb: number }[];
};
/** Vite plugin failing the build above the budget. */
export declare function initialJsLimit(limitKb?: number): Plugin;
