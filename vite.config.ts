/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { initialJsLimit } from './scripts/initial-js.mjs';

/**
 * The one build config. `vite build` builds the renderer; `--mode main` and `--mode preload` build the two
 * Electron bundles (CommonJS, electron and node built-ins left external, the preload as one file because a
 * sandboxed preload cannot require local modules).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function electronBundle(entry: string, fileName: string): UserConfig {
  return {
    root,
    resolve: { alias },
    publicDir: false,
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ['cjs'], fileName: () => fileName },
      rolldownOptions: { external: nodeExternals, output: { codeSplitting: false } },
    },
  };
}

/** The `dti-desk` command-line tool (cli/): Node ESM, packages and node built-ins left external. */
function cliBundle(): UserConfig {
  return {
    root,
    resolve: { alias },
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: 'dist/cli',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      lib: {
        entry: { 'dti-desk': 'cli/dti-desk.ts', 'read-worker': 'cli/read-worker.ts' },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rolldownOptions: { external: (id) => nodeExternals.includes(id) || /^(?!@shared\/)[@a-z]/.test(id) },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'cli') return cliBundle();
  if (mode === 'main') return electronBundle('electron/main/index.ts', 'main.cjs');
  if (mode === 'preload') return electronBundle('electron/preload/index.ts', 'preload.cjs');
  if (mode === 'e2e') {
    // End-to-end tests: real Chromium against the built renderer, one file at a time (2-core machines).
    return {
      root,
      resolve: { alias },
      test: {
        include: ['tests/e2e/**/*.e2e.ts'],
        globalSetup: ['tests/e2e/global-setup.ts'],
        fileParallelism: false,
        testTimeout: 120_000,
        hookTimeout: 60_000,
      },
    };
  }
  return {
    root: 'renderer',
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    resolve: { alias },
    plugins: [react(), initialJsLimit()],
    build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome130', sourcemap: true },
    test: {
      root,
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      testTimeout: 20000,
    },
  };
});
