import type { Transaction } from 'dexie';
import { upgradeHistoryToV3 } from './upgrade-v3-history';
import { upgradeToSetsV4 } from './upgrade-v4-sets';
import { upgradeUnitsToV2, type UpgradeInputs } from './upgrade-v2-units';

/**
 * Every Dexie schema version ever shipped, oldest first. Never edit a shipped version: add a new one with its
 * upgrade (a pure transform from shared/) and a test that opens the old version's data with the new class
 * (tests/renderer/db/upgrade.test.ts builds a database at every earlier version).
 */

/** v1 — 2026-11-23: units, frameworks, assessments, entries (one per assessment × indicator), history. */
export const SCHEMA_V1 = {
  meta: '&key',
  units: '&code, parentCode, type',
  frameworks: '&[id+version], id, level',
  assessments: '&id, unitCode, &[unitCode+periodKey+frameworkId+frameworkVersion], updatedAt',
  entries: '&[assessmentId+code], assessmentId',
  history: '++seq, [assessmentId+code], assessmentId',
} as const;

/**
 * v2 — 2026-12-05 (issue 12): units carry the official list they belong to (`list`, '2024' or '2025', indexed) and
 * whether they were picked from it (`official`). Upgrade: every unit of a v1 database belongs to the 2024 list (v1
 * knew only district → commune); it is matched to that list by code (see shared/units/match.ts) or kept as
 * hand-added. No row is dropped or renamed.
 */
export const SCHEMA_V2 = {
  units: '&code, parentCode, type, list',
} as const;

/**
 * v3 — 2026-12-06 (issue 13): the history is kept as one log per assessment × indicator (`historyLogs`, lines
 * oldest first) instead of one row per change (`history`, dropped), so a district's database holds a tenth of the
 * rows and backup and restore, whose cost IndexedDB charges per row, take a tenth of the time. Upgrade: every
 * history row becomes a line of its indicator's log, in `seq` order; no line is dropped or changed.
 */
export const SCHEMA_V3 = {
  history: null,
  historyLogs: '&[assessmentId+code], assessmentId',
} as const;

/**
 * v4 — 2026-12-06 (issue 13): an assessment's entries are kept as one row (`entrySets`, indicator code → entry)
 * and its history as one row (`historyBooks`, indicator code → log), instead of a row per indicator (`entries`,
 * `historyLogs`, dropped): a district's 129 communes × 3 revisions are about 260 rows instead of 13,000, and
 * restoring a backup, whose cost IndexedDB charges per row, takes about a quarter of the time. Upgrade: every
 * entry goes into its assessment's set and every log into its assessment's book, unchanged.
 */
export const SCHEMA_V4 = {
  entries: null,
  historyLogs: null,
  entrySets: '&assessmentId',
  historyBooks: '&assessmentId',
} as const;

/** One declared version: its stores and, from v2 on, the upgrade that brings v-1 data to it. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** The versions the database class declares, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  {
    version: 2,
    stores: SCHEMA_V2,
    // The 2024 list is read before opening (boot) and handed over on the database instance.
    upgrade: (tx) => upgradeUnitsToV2(tx, (tx.db as { upgradeInputs?: UpgradeInputs }).upgradeInputs?.list2024),
  },
  { version: 3, stores: SCHEMA_V3, upgrade: upgradeHistoryToV3 },
  { version: 4, stores: SCHEMA_V4, upgrade: upgradeToSetsV4 },
];

/** The newest schema version this app knows. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** The tables a database of schema version `version` holds, in backup order. */
export function tablesAt(version: number): readonly string[] {
  const stores = SCHEMA_VERSIONS.filter((v) => v.version <= version).reduce<Record<string, string | null>>(
    (acc, v) => ({ ...acc, ...v.stores }),
    {},
  );
  return Object.entries(stores)
    .filter(([, def]) => def !== null)
    .map(([name]) => name);
}

/** The tables of the newest version, in backup order. */
export const CURRENT_TABLES: readonly string[] = tablesAt(CURRENT_SCHEMA_VERSION);

/** The database's name in IndexedDB; fixed forever so no rename orphans the data. */
export const DB_NAME = 'dti-desk';

/** Dexie keeps IndexedDB's version at ten times its own (Dexie 4), so a raw version reads back as this. */
export function dexieVersionOf(idbVersion: number): number {
  return idbVersion / 10;
}
