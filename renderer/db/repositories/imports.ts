import { classifyRevision, type Manifest, type RevisionClass } from '@shared/exchange';
import { EVIDENCE_FIELDS, GENERAL_INFO_FIELDS, periodKey, type EntryData } from '@shared/entry/types';
import { RAW_FIELDS } from '@shared/exchange/manifest';
import { carryVerdicts } from '@shared/verify/carry';
import type { VerifiedLayer } from '@shared/verify';
import type { DtiDatabase } from '../database';
import { entriesOfSet, setWithEntries } from '../entry-sets';
import type { AssessmentRow, EntryRow, GeneralInfo, HistoryRow, ImportedFrom, UnitRow } from '../types';
import { booksAfterChanges } from './history';

/** What this machine knows when it receives files: its district, the communes under it, the frameworks held. */
export interface DistrictContext {
  district: UnitRow | undefined;
  communes: UnitRow[];
  frameworks: { id: string; version: string }[];
}

/** Reads the district context of an import (no writes). */
export async function loadDistrictContext(db: DtiDatabase): Promise<DistrictContext> {
  return db.transaction('r', db.units, db.frameworks, async () => {
    const district = await db.units.where('type').anyOf('district', 'province').first();
    const communes = district ? await db.units.where('parentCode').equals(district.code).toArray() : [];
    const frameworks = (await db.frameworks.toArray()).map((f) => ({ id: f.id, version: f.version }));
    return { district, communes, frameworks };
  });
}

/** The assessment held for the manifest's unit × period × framework version, if any. */
export async function findHeldAssessment(db: DtiDatabase, m: Manifest): Promise<AssessmentRow | undefined> {
  return db.assessments
    .where('[unitCode+periodKey+frameworkId+frameworkVersion]')
    .equals([m.unit.code, periodKey(m.period), m.framework.id, m.framework.version])
    .first();
}

/** Key of an assessment: unit × period × framework version. */
export const assessmentKey = (unitCode: string, periodKeyOf: string, frameworkId: string, version: string): string =>
  [unitCode, periodKeyOf, frameworkId, version].join('\u0000');

/** The key of the assessment a manifest belongs to. */
export const manifestKey = (m: Manifest): string =>
  assessmentKey(m.unit.code, periodKey(m.period), m.framework.id, m.framework.version);

/**
 * Every assessment held, by key, in ONE query: the dry run classifies all files of a batch against it instead of
 * one look-up per file (the commit classifies again inside each file's transaction).
 */
export async function heldAssessmentsByKey(db: DtiDatabase): Promise<Map<string, AssessmentRow>> {
  const rows = await db.assessments.toArray();
  return new Map(rows.map((a) => [assessmentKey(a.unitCode, a.periodKey, a.frameworkId, a.frameworkVersion), a]));
}

/** The held revision an incoming file is classified against: the held import, else nothing (a local draft). */
export function heldRevisionOf(a: AssessmentRow | undefined): { exportId: string; revision: number } | undefined {
  return a?.imported ? { exportId: a.imported.exportId, revision: a.imported.revision } : undefined;
}

/** One file's content, as the verifier chose to keep it, ready to store. */
export interface IncomingAssessment {
  manifest: Manifest;
  info: GeneralInfo;
  entries: EntryData[];
  from: Omit<ImportedFrom, 'importedAt'>;
  /** The file names another parent; the verifier confirmed it is this unit's commune. */
  acceptedParent?: boolean;
}

/** What storing a file led to; only 'stored' wrote anything. */
export type StoreOutcome =
  | { kind: 'stored'; assessmentId: string; revision: RevisionClass; changedFields: number }
  | { kind: 'same' }
  | { kind: 'older'; heldRevision: number }
  | { kind: 'refused'; message: string };

type Change = Omit<HistoryRow, 'seq' | 'assessmentId' | 'at'>;

function entryChanges(old: EntryData | undefined, next: EntryData): Change[] {
  const out: Change[] = [];
  const push = (field: string, a: string, b: string) => a !== b && out.push({ code: next.code, field, old: a, new: b });
  for (const f of RAW_FIELDS) push(`raw.${f}`, old?.raw[f] ?? '', next.raw[f] ?? '');
  for (const f of EVIDENCE_FIELDS) push(`evidence.${f}`, old?.evidence[f] ?? '', next.evidence[f] ?? '');
  push('note', old?.note ?? '', next.note);
  return out;
}

function infoChanges(old: GeneralInfo | undefined, next: GeneralInfo): Change[] {
  return GENERAL_INFO_FIELDS.filter((f) => (old?.[f] ?? '') !== next[f]).map((f) => ({
    code: '',
    field: `info.${f}`,
    old: old?.[f] ?? '',
    new: next[f],
  }));
}

/**
 * Stores one received file in ONE transaction: upserts the assessment (marked `imported`), replaces what the unit
 * entered while keeping each entry's `verified` layer, and writes a history line per changed field plus one line
 * `import: r<held> → r<new>` so the verification can show what changed since the revision it verified. The
 * verdicts are carried (shared/verify `carryVerdicts`): kept where the self entry equals what was verified, marked
 * stale with the changed fields where it differs. The revision is classified again inside the transaction, so a
 * file that became 'same' or 'older' writes nothing.
 */
export async function storeImportedAssessment(
  db: DtiDatabase,
  incoming: IncomingAssessment,
  now = Date.now(),
): Promise<StoreOutcome> {
  const m = incoming.manifest;
  return db.transaction(
    'rw',
    [db.units, db.frameworks, db.assessments, db.entrySets, db.historyBooks],
    async (): Promise<StoreOutcome> => {
      // The reads are asked together (IndexedDB answers them one after another without a round trip each): the
      // unit, the framework, the assessment held and the parent the file names; then, only when needed, what
      // depends on them: the unit's own parent when it is another, the held entries and history. So a commune's
      // first file, under the parent it names, takes one round of reads. (The other path awaits nothing at all:
      // see unit-correction.ts on awaits of nothing inside a transaction.)
      const fwKey: [string, string] = [m.framework.id, m.framework.version];
      // The framework is only counted here (its key, not its ~30 kB of content): its content is read below only
      // when verdicts held must be carried, which a first file of a commune never has.
      const [unit, fwHeld, held, named] = await Promise.all([
        db.units.get(m.unit.code),
        db.frameworks.where(':id').equals(fwKey).count(),
        findHeldAssessment(db, m),
        db.units.get(m.district.code),
      ]);
      const otherParent = unit !== undefined && unit.parentCode !== m.district.code;
      const [parent, set, book] =
        otherParent || held
          ? await Promise.all([
              otherParent ? db.units.get(unit.parentCode) : named,
              held ? db.entrySets.get(held.id) : undefined,
              held ? db.historyBooks.get(held.id) : undefined,
            ])
          : [named, undefined, undefined];
      if (!unit || !parent || (unit.parentCode !== m.district.code && !incoming.acceptedParent)) {
        return {
          kind: 'refused',
          message: `Đơn vị ${m.unit.name} (mã ${m.unit.code}) không còn trong danh sách xã trên máy này.`,
        };
      }
      if (!fwHeld) {
        return {
          kind: 'refused',
          message: `Máy này chưa có bộ chỉ số "${m.framework.id}" phiên bản ${m.framework.version}.`,
        };
      }
      const cls = classifyRevision(heldRevisionOf(held), { exportId: m.exportId, revision: m.revision });
      if (cls === 'same' || held?.imported?.sha256 === incoming.from.sha256) return { kind: 'same' };
      if (cls === 'older') return { kind: 'older', heldRevision: held?.imported?.revision ?? 0 };

      const imported: ImportedFrom = { ...incoming.from, importedAt: now };
      const id = held?.id ?? crypto.randomUUID();
      const row: AssessmentRow = {
        id,
        unitCode: m.unit.code,
        period: { year: m.period.year, kind: m.period.kind },
        periodKey: periodKey(m.period),
        frameworkId: m.framework.id,
        frameworkVersion: m.framework.version,
        status: 'exported',
        info: { ...incoming.info },
        revision: m.revision,
        imported,
        createdAt: held?.createdAt ?? now,
        updatedAt: now,
      };
      const heldEntries = new Map(entriesOfSet(set).map((e) => [e.code, e]));
      const changes: Change[] = held ? infoChanges(held.info, incoming.info) : [];
      const layers = new Map([...heldEntries].map(([code, e]) => [code, e.verified]));
      const fwRow = [...layers.values()].some(Boolean) ? await db.frameworks.get(fwKey) : undefined;
      const carried = fwRow
        ? carryVerdicts(fwRow.framework, incoming.entries, layers, { revision: m.revision, at: now })
        : new Map<string, VerifiedLayer>();
      const sameLayer = (a: EntryRow['verified'], b: EntryRow['verified']) =>
        JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
      const writes = new Map<string, EntryRow>();
      for (const e of incoming.entries) {
        const old = heldEntries.get(e.code);
        const diff = entryChanges(old, e);
        const verified = carried.get(e.code);
        if (old && diff.length === 0 && sameLayer(old.verified, verified)) continue;
        if (held) changes.push(...diff);
        const next: EntryRow =
          old && diff.length === 0
            ? { ...old }
            : {
                assessmentId: id,
                code: e.code,
                raw: { ...e.raw },
                evidence: { ...e.evidence },
                note: e.note,
                updatedAt: now,
              };
        delete next.verified;
        if (verified) next.verified = verified;
        writes.set(e.code, next);
      }
      // A verified indicator the new file no longer carries: its layer is carried against an empty entry.
      for (const [code, old] of heldEntries) {
        const verified = carried.get(code);
        if (writes.has(code) || incoming.entries.some((e) => e.code === code) || sameLayer(old.verified, verified))
          continue;
        const next: EntryRow = { ...old };
        delete next.verified;
        if (verified) next.verified = verified;
        writes.set(code, next);
      }
      const heldRev = held?.imported ? `r${held.imported.revision}` : '';
      const lines: HistoryRow[] = [
        { assessmentId: id, code: '', field: 'import', old: heldRev, new: `r${m.revision}`, at: now },
        // The verifier accepted a file naming another parent: which one, and that it was accepted, stay on record.
        ...(m.district.code !== parent.code
          ? [
              {
                assessmentId: id,
                code: '',
                field: 'parent',
                old: `${m.district.name} (mã ${m.district.code})`,
                new: `${parent.name} (mã ${parent.code})`,
                at: now,
              },
            ]
          : []),
        ...changes.map((c) => ({ ...c, assessmentId: id, at: now })),
      ];
      // The writes are asked together too; the transaction commits them all or none.
      await Promise.all([
        db.assessments.put(row),
        writes.size ? db.entrySets.put(setWithEntries(id, set, [...writes.values()])) : undefined,
        db.historyBooks.bulkPut(booksAfterChanges([book], lines)),
      ]);
      return { kind: 'stored', assessmentId: id, revision: cls, changedFields: changes.length };
    },
  );
}

/** Every imported assessment of one period, with its unit code (for the Thẩm tra list). */
export async function importedOfPeriod(db: DtiDatabase, key: string): Promise<AssessmentRow[]> {
  return (await db.assessments.toArray()).filter((a) => a.periodKey === key && a.imported !== undefined);
}
