#!/usr/bin/env node
// The `dti-desk` command (package.json "bin"): runs the built tool, or says how to build it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/dti-desk.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('Chưa dựng công cụ dòng lệnh: hãy chạy `npm run build` trước. / Run `npm run build` first.');
  process.exit(2);
}
await import(built.href);
