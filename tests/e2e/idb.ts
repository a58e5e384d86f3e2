// Raw IndexedDB access for e2e tests: what the app's database holds on disk, read (or written) from a page of the
// app's origin without going through the app.
import type { Page } from 'playwright-core';

/** One object store as IndexedDB holds it. */
export interface StoreDump {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  rows: unknown[];
}
/** A whole database: its IndexedDB version and every store, or null when there is none. */
export interface DbDump {
  version: number;
  stores: Record<string, StoreDump>;
}

/** Reads the database `name` (default the app's) without creating or upgrading it. */
export function dumpDb(page: Page, name = 'dti-desk'): Promise<DbDump | null> {
  return page.evaluate(async (dbName) => {
    const listed = (await indexedDB.databases()).find((d) => d.name === dbName);
    if (!listed) return null;
    return new Promise<DbDump>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const names = Array.from(db.objectStoreNames);
        const out: DbDump = { version: db.version, stores: {} };
        if (!names.length) {
          db.close();
          resolve(out);
          return;
        }
        const tx = db.transaction(names, 'readonly');
        for (const n of names) {
          const store = tx.objectStore(n);
          const all = store.getAll();
          all.onsuccess = () => {
            out.stores[n] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, rows: all.result };
          };
        }
        tx.oncomplete = () => {
          db.close();
          resolve(out);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, name);
}

/** Replaces the database `name` with one at IndexedDB `version` holding `stores` (a newer app's database, say). */
export function writeRawDb(
  page: Page,
  version: number,
  stores: Record<string, { keyPath: string | string[]; rows?: unknown[] }>,
  name = 'dti-desk',
): Promise<void> {
  return page.evaluate(
    async ({ version, stores, name }) => {
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error);
        del.onblocked = () => reject(new Error('delete blocked'));
      });
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name, version);
        req.onupgradeneeded = () => {
          for (const [n, s] of Object.entries(stores)) {
            const store = req.result.createObjectStore(n, { keyPath: s.keyPath });
            for (const row of s.rows ?? []) store.put(row);
          }
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      });
    },
    { version, stores, name },
  );
}
