// The e2e tests and the benchmarks share one description of Debian's Chromium (scripts/chromium.mjs).
export { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';
