// The UI store keeps its state (the language) in localStorage, which a test in node has not. Importing this file
// installs one in memory (import it before anything that loads the store: imports run in order, so first in the
// file); `memoryStorage()` makes a fresh one for a test that needs to start empty.
export function memoryStorage(): Storage {
  const kept = new Map<string, string>();
  return {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  } as Storage;
}

globalThis.localStorage ??= memoryStorage();
