/**
 * Every Dexie schema version ever shipped, oldest first. Never edit a shipped version: add a new one with its
 * upgrade (a pure transform from shared/) and a test that opens the old version's data with the new class.
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

/** The database's name in IndexedDB; fixed forever so no rename orphans the data. */
export const DB_NAME = 'dti-desk';
