// Backup and restore benchmark (issue 13): a district database of 129 communes × 3 received revisions (each with
// the verifier's layer and the history lines three imports leave), about 14 MB in IndexedDB, in Debian's
// Chromium. "Backup" is the app's createBackup (one read transaction, JSON, SHA-256) to the file's bytes;
// "restore" is readBackupFile (checks) + restoreBackup (one read-write transaction, strict durability).
// The app's db code is bundled for the page with Vite and run on a page of the app's origin that does not run the
// app, so nothing else touches the database. Run from bench/run.mjs (`benchBackup`), or `node bench/backup.mjs`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode, launchApp, openBenchContext, printSummary, result } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMMUNES = Number(process.env.BENCH_BACKUP_COMMUNES ?? 129);
const REVISIONS = 3;
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);

const ENTRY = `
import { DtiDatabase } from '/renderer/db/database';
import { createBackup, readBackupFile, restoreBackup, snapshotTables } from '/renderer/db/backup';
globalThis.__bench = { DtiDatabase, createBackup, readBackupFile, restoreBackup, snapshotTables };
`;

/** Rows a district holds after receiving COMMUNES communes' files REVISIONS times each and verifying them. */
export function districtRows(n, revisions) {
  const text = (i, len) =>
    `Nội dung kiểm chứng số ${i} — Kế hoạch chuyển đổi số của UBND xã năm 2024. `.repeat(4).slice(0, len);
  const units = [
    {
      code: '373',
      name: 'Huyện Gia Viễn',
      type: 'district',
      parentCode: '',
      createdAt: 1,
      list: '2024',
      official: true,
    },
  ];
  const assessments = [];
  const entries = [];
  const history = [];
  let seq = 1;
  for (let c = 0; c < n; c++) {
    const code = String(14000 + c);
    units.push({
      code,
      name: `Xã Thử Nghiệm ${c + 1}`,
      type: 'commune',
      parentCode: '373',
      createdAt: 2,
      list: '2024',
      official: true,
    });
    const id = `a-${code}`;
    assessments.push({
      id,
      unitCode: code,
      period: { year: 2024, kind: 'year' },
      periodKey: '2024',
      frameworkId: 'ninh-binh-xa',
      frameworkVersion: '2024.1',
      status: 'exported',
      revision: revisions,
      info: {
        address: `Thôn ${c}, xã Thử Nghiệm`,
        civilServants: '21',
        enterprises: '14',
        preparer: 'Nguyễn Thị Hương',
        phone: '0912345678',
      },
      imported: {
        exportId: `e-${code}`,
        revision: revisions,
        fileName: `DTI_2024_xa-${code}_r${revisions}.xlsx`,
        sha256: 'a'.repeat(64),
        importedAt: 3,
      },
      createdAt: 1,
      updatedAt: 3,
    });
    for (let i = 0; i < 50; i++) {
      const ind = `${1 + Math.floor(i / 7)}.${1 + (i % 7)}`;
      entries.push({
        assessmentId: id,
        code: ind,
        raw: { numerator: String(i + 3), denominator: String(i + 5) },
        evidence: { docNumber: `${i + 10}/KH-UBND`, docDate: '15/04/2024', summary: text(i, 90), link: '' },
        note: text(i, 140),
        updatedAt: 3,
        verified: {
          verdict: i % 5 ? 'agree' : 'adjust',
          raw: { numerator: String(i + 2), denominator: String(i + 5) },
          remark: i % 5 ? '' : text(i, 60),
          verifier: 'Trần Thị Thẩm Tra',
          at: 4,
          revision: revisions,
        },
      });
      for (let r = 1; r <= revisions; r++) {
        for (const field of ['raw.numerator', 'raw.denominator', 'evidence.summary', 'note']) {
          history.push({
            seq: seq++,
            assessmentId: id,
            code: ind,
            field,
            old: r > 1 ? text(i + r, 40) : '',
            new: text(i + r + 1, 40),
            at: r,
          });
        }
      }
      history.push({ seq: seq++, assessmentId: id, code: ind, field: 'verdict', old: '', new: 'Đồng ý', at: 4 });
    }
    for (let r = 1; r <= revisions; r++)
      history.push({
        seq: seq++,
        assessmentId: id,
        code: '',
        field: 'import',
        old: r > 1 ? `r${r - 1}` : '',
        new: `r${r}`,
        at: r,
      });
  }
  // The app keeps the history as one log per assessment × indicator (schema v3): the same lines, grouped.
  const logs = new Map();
  for (const { seq: _seq, assessmentId, code, ...line } of history) {
    const key = `${assessmentId}\t${code}`;
    if (!logs.has(key)) logs.set(key, { assessmentId, code, lines: [] });
    logs.get(key).lines.push(line);
  }
  // Schema v4 keeps an assessment's entries as one row and its logs as one row: the same values, grouped again.
  const entrySets = new Map();
  for (const { assessmentId, code, ...stored } of entries) {
    if (!entrySets.has(assessmentId)) entrySets.set(assessmentId, { assessmentId, entries: {} });
    entrySets.get(assessmentId).entries[code] = stored;
  }
  const historyBooks = new Map();
  for (const { assessmentId, code, lines } of logs.values()) {
    if (!historyBooks.has(assessmentId)) historyBooks.set(assessmentId, { assessmentId, logs: {} });
    historyBooks.get(assessmentId).logs[code] = lines;
  }
  const meta = [{ key: 'role', value: { kind: 'district' } }];
  return {
    rows: { units, assessments, entrySets: [...entrySets.values()], historyBooks: [...historyBooks.values()], meta },
    // v3's layout of the same data (a row per indicator), for the per-row reference figure.
    perIndicator: { entries, historyLogs: [...logs.values()] },
    lines: history.length,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Rows for bench/run.mjs. */
export async function benchBackup(ctx) {
  await bundleForNode('backup-page', ENTRY, /^$/);
  const script = await readFile(join(root, 'node_modules/.cache/bench/backup-page.mjs'), 'utf8');
  const frameworkCsv = await readFile(join(root, 'renderer/public/frameworks/commune-50.csv'), 'utf8');
  const app = await launchApp(ctx);
  try {
    await app.page.goto(new URL('favicon.svg', ctx.baseUrl).href);
    // The SVG page has no <head> for a script tag: load the bundle as a module from a blob URL instead.
    await app.page.evaluate(async (code) => {
      await import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    }, script);
    const { rows, perIndicator, lines } = districtRows(COMMUNES, REVISIONS);
    const figures = await app.page.evaluate(
      async ({ rows, perIndicator, runs, frameworkCsv }) => {
        const { DtiDatabase, createBackup, readBackupFile, restoreBackup, snapshotTables } = globalThis.__bench;
        const db = new DtiDatabase('dti-desk');
        await db.open();
        const fw = {
          id: 'ninh-binh-xa',
          version: '2024.1',
          level: 'commune',
          framework: { source: frameworkCsv },
          fingerprint: 'f',
          builtIn: true,
          loadedAt: 1,
        };
        await db.transaction('rw', db.tables, async () => {
          for (const t of db.tables) await t.clear();
          await db.frameworks.add(fw);
          for (const [name, list] of Object.entries(rows)) await db.table(name).bulkAdd(list);
        });
        const estimate = await navigator.storage.estimate();
        // The floor beside each figure, in the same run: the same reads and writes through the raw IndexedDB API
        // (one getAll per table in one read transaction; clear + add per row in one strict read-write transaction),
        // with no JSON, hashing, checks or Dexie. The ratio says how much of a figure is the app's own work.
        const idb = db.backendDB();
        const names = db.tables.map((t) => t.name);
        const req = (r) =>
          new Promise((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
        const done = (tx) =>
          new Promise((res, rej) => ((tx.oncomplete = res), (tx.onabort = tx.onerror = () => rej(tx.error))));
        const rawRead = async () => {
          const tx = idb.transaction(names, 'readonly');
          return Object.fromEntries(
            await Promise.all(names.map(async (n) => [n, await req(tx.objectStore(n).getAll())])),
          );
        };
        const rawWrite = async (tables) => {
          const tx = idb.transaction(names, 'readwrite', { durability: 'strict' });
          for (const n of names) {
            const store = tx.objectStore(n);
            store.clear();
            for (const row of tables[n]) store.add(row);
          }
          await done(tx);
        };
        // The reference that does not move with the app's layout: the entries and history as schema v3 kept them
        // (a row per indicator, about 13,000 rows), written the same raw way into a scratch database.
        const v3 = await new Promise((res, rej) => {
          const r = globalThis.indexedDB.open('bench-v3-layout', 1);
          r.onupgradeneeded = () => {
            for (const name of Object.keys(perIndicator))
              r.result.createObjectStore(name, { keyPath: ['assessmentId', 'code'] }).createIndex('a', 'assessmentId');
          };
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const rawWriteV3 = async () => {
          const tx = v3.transaction(Object.keys(perIndicator), 'readwrite', { durability: 'strict' });
          for (const [n, list] of Object.entries(perIndicator)) {
            const store = tx.objectStore(n);
            store.clear();
            for (const row of list) store.add(row);
          }
          await done(tx);
        };
        const rawReadV3 = async () => {
          const tx = v3.transaction(Object.keys(perIndicator), 'readonly');
          await Promise.all(Object.keys(perIndicator).map((n) => req(tx.objectStore(n).getAll())));
        };
        const f = { backup: [], restore: [], check: [], floorRead: [], floorWrite: [], floorV3: [], floorV3Read: [] };
        const time = async (key, fn) => {
          const t = performance.now();
          const r = await fn();
          f[key].push(performance.now() - t);
          return r;
        };
        let bytes;
        for (let i = 0; i < runs; i++) {
          await time('floorV3', rawWriteV3);
          await time('floorV3Read', rawReadV3);
          const tables = await time('floorRead', rawRead);
          await time('floorWrite', () => rawWrite(tables));
          bytes = (await time('backup', () => createBackup(db, { appVersion: 'bench', reason: 'manual' }))).bytes;
          const t = performance.now();
          const read = await time('check', () => readBackupFile(bytes));
          if (!read.ok) throw new Error(read.error.message);
          await restoreBackup(db, read.backup);
          f.restore.push(performance.now() - t);
        }
        v3.close();
        const counts = Object.fromEntries(Object.entries(await snapshotTables(db)).map(([k, v]) => [k, v.length]));
        return { ...f, size: bytes.byteLength, usage: estimate.usage ?? 0, counts };
      },
      { rows, perIndicator, runs: RUNS, frameworkCsv },
    );
    const m = Object.fromEntries(
      ['backup', 'restore', 'check', 'floorRead', 'floorWrite', 'floorV3', 'floorV3Read'].map((k) => [
        k,
        median(figures[k]),
      ]),
    );
    const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;
    const all = (k) => figures[k].map((x) => x.toFixed(0)).join('/');
    console.log(
      `backup: ${COMMUNES} communes × ${REVISIONS} revisions — ${Object.entries(figures.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(
          ', ',
        )} (${lines} history lines); file ${mb(figures.size)}, IndexedDB usage ${mb(figures.usage)}. Medians of ${RUNS} ` +
        `(all runs: backup ${all('backup')}, restore ${all('restore')}, raw read ${all('floorRead')}, ` +
        `raw write ${all('floorWrite')}, raw write / read of v3's row per indicator ${all('floorV3')} / ${all('floorV3Read')} ms)`,
    );
    const x = (a, b) => `${(a / b).toFixed(2)}×`;
    const perIndicatorRows = Object.values(perIndicator).reduce((n, list) => n + list.length, 0);
    return [
      result(
        `backup ${COMMUNES} communes × ${REVISIONS} (${mb(figures.size)})`,
        m.backup,
        3000,
        `createBackup → bytes; ${x(m.backup, m.floorRead)} raw IndexedDB read (${m.floorRead.toFixed(0)} ms)`,
      ),
      result(
        `restore ${COMMUNES} communes × ${REVISIONS}`,
        m.restore,
        3000,
        `check ${m.check.toFixed(0)} ms + one strict transaction; ${x(m.restore, m.floorWrite)} raw IndexedDB ` +
          `clear + add (${m.floorWrite.toFixed(0)} ms); ${x(m.restore, m.backup)} backup`,
      ),
      result('raw IndexedDB: getAll every table', m.floorRead, undefined, 'the floor under backup'),
      result('raw IndexedDB: clear + add every row, strict', m.floorWrite, undefined, 'the floor under restore'),
      result(
        "raw IndexedDB: v3's row per indicator, clear + add",
        m.floorV3,
        undefined,
        `the same entries and history, a row per indicator (${perIndicatorRows} rows); restore is ` +
          `${x(m.restore, m.floorV3)} of it`,
      ),
      result(
        "raw IndexedDB: v3's row per indicator, getAll",
        m.floorV3Read,
        undefined,
        `the same rows read back; backup is ${x(m.backup, m.floorV3Read)} of it`,
      ),
    ];
  } finally {
    await app.dispose();
  }
}

/** Standalone: `node bench/backup.mjs` (after `npm run build`). */
export async function run() {
  const ctx = await openBenchContext();
  try {
    printSummary(await benchBackup(ctx));
  } finally {
    await ctx.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
