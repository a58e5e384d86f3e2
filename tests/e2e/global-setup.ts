import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../scripts/serve.mjs';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Serves the built renderer once for all e2e files and checks Chromium is there (fails loudly if not). */
export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/renderer is missing: run `npm run build` first.');
  const chromiumPath = findChromium();
  const server = await serveDir(dist, 0);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
