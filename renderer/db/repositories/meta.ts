import type { DocSettings } from '@shared/documents/settings';
import type { TeamMember } from '@shared/verify/minutes';
import type { DtiDatabase } from '../database';

/**
 * What this machine is used for: the verifier's (the district before 7/2025, the province from 7/2025: verifies,
 * consolidates) or one commune's.
 */
export type MachineRole = { kind: 'district' } | { kind: 'province' } | { kind: 'commune'; communeCode: string };

/** Keys of the small settings kept in the meta table, with their value types. */
export interface MetaValues {
  role: MachineRole;
  /** The province's e-mail address the consolidated workbook is sent to (Cài đặt). */
  provinceEmail: string;
  /** On a commune's machine: the receiving unit's e-mail address its file is sent to (asked after export). */
  receiverEmail: string;
  /** The district's verification team (Tổ thẩm tra), entered once on the minutes view. */
  verifyTeam: TeamMember[];
  /** Cài đặt → Văn bản: document numbers, place, preparer and signer (read through `restoreDocSettings`). */
  documents: DocSettings;
  /**
   * The last import batch committed: when and how many files it stored. Written strictly at its end, it is the
   * flush that makes the batch's relaxed commits durable (../db.ts `batchDb`).
   */
  lastImport: { at: number; stored: number };
}

/** Reads a setting. */
export async function getMeta<K extends keyof MetaValues>(db: DtiDatabase, key: K): Promise<MetaValues[K] | undefined> {
  return (await db.meta.get(key))?.value as MetaValues[K] | undefined;
}

/** Writes a setting. */
export async function setMeta<K extends keyof MetaValues>(
  db: DtiDatabase,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value });
}
