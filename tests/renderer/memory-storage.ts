// The UI store keeps its state (the language) in localStorage, which a test in node has not: this installs one in
// memory. Import it before anything that loads the store (imports run in order, so first in the file).
const kept = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (k: string) => kept.get(k) ?? null,
  setItem: (k: string, v: string) => void kept.set(k, v),
  removeItem: (k: string) => void kept.delete(k),
} as Storage;
