import { frameworkKey } from '@shared/framework/key';
import { storageText } from './storage-text';
/**
 * Receiving communes' files at the district, in two steps: a dry run that reads and classifies every file without
 * writing anything, then a commit of the files the verifier accepted, each in one transaction.
 */
import { checkContext, classifyRevision, type Difference, type ImportRead, type RevisionClass } from '@shared/exchange';
import type { ContextReason } from '@shared/exchange/context';
import type { HazardFinding } from '@shared/exchange/hazards';
import { wordsFor } from '@shared/units/level-words';
import type { EntryData, GeneralInfo, Period } from '@shared/entry/types';
import type { DtiDatabase } from '../db/database';
import {
  heldAssessmentsByKey,
  heldRevisionOf,
  loadDistrictContext,
  manifestKey,
  storeImportedAssessment,
} from '../db/repositories/imports';
import { setMeta } from '../db/repositories/meta';
import type { AssessmentRow } from '../db/types';
import { say } from '../i18n/say';
import { sharedText } from '../i18n/shared-text';
import { useAppStore } from '../store';
import { outcomeLabel } from './import-labels';

/** Reads one file (the UI passes the worker reader; tests call `readAssessmentFile` directly). */
export type FileReader = (bytes: Uint8Array, name: string) => Promise<ImportRead>;

/** A file handed to the import; its bytes may still be on their way (a browser reads a batch as it is checked). */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array | Promise<Uint8Array>;
}

/** A file read successfully. */
export type GoodRead = Extract<ImportRead, { ok: true }>;

/** What the dry run found for one file. Only 'new' and 'newer' can be committed. */
export type PlanOutcome =
  | { kind: 'error'; message: string; hazards?: HazardFinding[] }
  | { kind: 'framework-unknown'; message: string }
  | { kind: 'context'; reason: ContextReason | 'no-district'; message: string }
  | { kind: 'superseded'; message: string }
  | { kind: RevisionClass; heldRevision?: number };

/** The import rule: only a file that is new, or a newer revision of the assessment held, may be committed. */
export function isCommittable(o: PlanOutcome): boolean {
  return o.kind === 'new' || o.kind === 'newer';
}

/** The dry-run plan of one file. */
export interface FilePlan {
  fileName: string;
  outcome: PlanOutcome;
  /** Present whenever the file could be read. */
  read?: GoodRead;
  /** The file names another parent and the verifier accepted it (recorded in the history on commit). */
  acceptedParent?: boolean;
}

/** What the verifier decided for this batch: units whose other parent is accepted; the official list's codes. */
export interface PlanOptions {
  period?: Period;
  onProgress?: (done: number, total: number) => void;
  /** Codes of the communes the official list puts under the receiving unit (may still be loading; reads do not wait). */
  officialCodes?: ReadonlySet<string> | Promise<ReadonlySet<string>>;
  acceptedParents?: ReadonlySet<string>;
  /** Files the reader reads at once (its pool size): the dry run hands it twice as many ahead. */
  concurrency?: number;
}

/** Which values to keep where the visible sheet differs from the manifest (one choice per file). */
export type DifferenceChoice = 'manifest' | 'sheet';

/** What committing one file led to. */
export interface CommitResult {
  fileName: string;
  kind: 'imported' | 'unchanged' | 'refused' | 'skipped';
  message: string;
}

/** The fields a difference can carry back into the data; the others are the sheet's rendered columns. */
export function isApplicable(d: Difference): boolean {
  if (d.code === '') return d.field.startsWith('info.');
  return !['display', 'evidenceDisplay', 'status', 'score'].includes(d.field);
}

/**
 * Reads and classifies every file without writing: refused, framework to load first, wrong district / unit /
 * period, or new / newer / same / older against the assessment held. Of several files in one batch for the same
 * assessment only the highest revision goes on; the others are 'superseded'.
 */
export async function dryRun(
  db: DtiDatabase,
  files: readonly IncomingFile[],
  read: FileReader,
  opts: PlanOptions = {},
): Promise<FilePlan[]> {
  // Files are handed to the reader a window ahead (its pool reads `concurrency` at once, in any order); plans stay
  // in the files' order, and at most the window's bytes wait in memory beyond the batch itself. The first reads
  // start before the database is asked what is held, which they do not need.
  const window = Math.max(1, (opts.concurrency ?? 1) * 2);
  const inflight: Promise<ImportRead>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && inflight.length < window)
      inflight.push(safeRead(read, files[next++] as IncomingFile));
  };
  fill();
  const [ctx, held, officialCodes] = await Promise.all([
    loadDistrictContext(db),
    heldAssessmentsByKey(db),
    opts.officialCodes,
  ]);
  const planOpts = { ...opts, officialCodes };
  const known = new Set(ctx.frameworks.map((f) => frameworkKey(f.id, f.version)));
  const units = new Set(ctx.communes.map((c) => c.code));
  const plans: FilePlan[] = [];
  for (const file of files) {
    opts.onProgress?.(plans.length, files.length);
    fill();
    const r = await (inflight.shift() as Promise<ImportRead>);
    plans.push(planOne(held, file.name, r, ctx.district, units, known, planOpts));
  }
  opts.onProgress?.(files.length, files.length);
  markSuperseded(plans);
  return plans;
}

async function safeRead(read: FileReader, file: IncomingFile): Promise<ImportRead> {
  try {
    // Bytes at hand go to the reader at once; bytes still being read go as soon as they come.
    const bytes = file.bytes instanceof Uint8Array ? file.bytes : await file.bytes;
    return await read(bytes, file.name);
  } catch (e) {
    return {
      ok: false,
      error: { kind: 'internal', message: say('import.unreadable', { error: storageText(e) }) },
    };
  }
}

function planOne(
  heldByKey: ReadonlyMap<string, AssessmentRow>,
  fileName: string,
  r: ImportRead,
  district: { code: string; name: string; type: string } | undefined,
  units: Set<string>,
  known: Set<string>,
  opts: Omit<PlanOptions, 'officialCodes'> & { officialCodes?: ReadonlySet<string> },
): FilePlan {
  const file = { name: fileName };
  if (!r.ok) {
    const hazards = r.error.hazards;
    return {
      fileName: file.name,
      outcome: { kind: 'error', message: r.error.message, ...(hazards?.length ? { hazards } : {}) },
    };
  }
  if (!district)
    return {
      fileName: file.name,
      read: r,
      outcome: {
        kind: 'context',
        reason: 'no-district',
        message: say('import.noUnit'),
      },
    };
  const c = checkContext(r.manifest, {
    districtCode: district.code,
    receivingName: district.name,
    receivingNoun: wordsFor(district.type).noun,
    unitCodes: units,
    officialCodes: opts.officialCodes,
    acceptedParents: opts.acceptedParents,
    period: opts.period,
    knownFrameworks: (id, v) => known.has(frameworkKey(id, v)),
  });
  if (!c.ok && c.reason === 'framework-unknown') {
    return {
      fileName: file.name,
      read: r,
      outcome: {
        kind: 'framework-unknown',
        message: say('import.loadFramework', { message: sharedText(c.message, useAppStore.getState().language) }),
      },
    };
  }
  if (!c.ok)
    return { fileName: file.name, read: r, outcome: { kind: 'context', reason: c.reason, message: c.message } };
  const held = heldByKey.get(manifestKey(r.manifest));
  const heldRev = heldRevisionOf(held);
  let cls = classifyRevision(heldRev, { exportId: r.manifest.exportId, revision: r.manifest.revision });
  if (held?.imported?.sha256 === r.fileSha256) cls = 'same';
  return {
    fileName: file.name,
    read: r,
    ...(r.manifest.district.code !== district.code ? { acceptedParent: true } : {}),
    outcome: heldRev ? { kind: cls, heldRevision: heldRev.revision } : { kind: cls },
  };
}

const planKey = (r: GoodRead): string => manifestKey(r.manifest);

function markSuperseded(plans: FilePlan[]): void {
  const best = new Map<string, FilePlan>();
  for (const p of plans) {
    if (!p.read || (p.outcome.kind !== 'new' && p.outcome.kind !== 'newer')) continue;
    const k = planKey(p.read);
    const b = best.get(k);
    if (!b?.read || p.read.manifest.revision > b.read.manifest.revision) best.set(k, p);
  }
  for (const p of plans) {
    if (!p.read || (p.outcome.kind !== 'new' && p.outcome.kind !== 'newer')) continue;
    const b = best.get(planKey(p.read));
    if (b && b !== p && b.read) {
      const same = b.read.fileSha256 === p.read.fileSha256;
      const [rb, rp] = [b.read.manifest.revision, p.read.manifest.revision];
      const message = same
        ? say('import.dupSame', { file: b.fileName })
        : rb > rp
          ? say('import.dupNewer', { newer: rb, file: b.fileName, rev: rp })
          : say('import.dupPicked', { file: b.fileName, rev: rb });
      p.outcome = { kind: 'superseded', message };
    }
  }
}

/** The values a file brings in, with the verifier's choice applied to its differences. */
export function chosenValues(r: GoodRead, choice: DifferenceChoice): { info: GeneralInfo; entries: EntryData[] } {
  const info = { ...r.info };
  const entries = new Map(r.entries.map((e) => [e.code, { ...e, raw: { ...e.raw }, evidence: { ...e.evidence } }]));
  if (choice === 'sheet') {
    for (const d of r.differences.filter(isApplicable)) {
      if (d.code === '') {
        info[d.field.slice('info.'.length) as keyof GeneralInfo] = d.sheetValue;
        continue;
      }
      const e = entries.get(d.code);
      if (!e) continue;
      if (d.field === 'note') e.note = d.sheetValue;
      else if (d.field in e.evidence) e.evidence[d.field as keyof EntryData['evidence']] = d.sheetValue;
      else if (d.sheetValue === '') delete e.raw[d.field as keyof EntryData['raw']];
      else e.raw[d.field as keyof EntryData['raw']] = d.sheetValue;
    }
  }
  return { info, entries: [...entries.values()] };
}

/**
 * Commits the files the dry run found 'new' or 'newer', each in its own transaction (a failure leaves that file
 * out entirely and the others in). `choices[i]` applies to `plans[i]`; the default keeps the manifest's values.
 * Pipelined: the next files' transactions are already queued while one commits (IndexedDB runs transactions over
 * the same stores one after another, in order), so no round trip is lost between files. Each file is still exactly
 * one transaction, and a batch holds at most one committable file per assessment (markSuperseded).
 */
export async function commitImport(
  db: DtiDatabase,
  plans: readonly FilePlan[],
  choices: readonly (DifferenceChoice | undefined)[] = [],
  opts: {
    onProgress?: (done: number, total: number) => void;
    /**
     * A relaxed connection to the same database (../db/db.ts `batchDb`) for the files' transactions: the batch then
     * ends with one strict write on `db` (the last import, in the meta table), whose flush makes them all durable.
     */
    batch?: DtiDatabase;
  } = {},
): Promise<CommitResult[]> {
  const out: CommitResult[] = [];
  const inflight: Promise<CommitResult>[] = [];
  const store = opts.batch ?? db;
  let next = 0;
  while (out.length < plans.length) {
    while (next < plans.length && inflight.length < COMMIT_WINDOW) {
      inflight.push(commitOne(store, plans[next] as FilePlan, choices[next]));
      next++;
    }
    out.push(await (inflight.shift() as Promise<CommitResult>));
    // The count shown moves as files are stored; the results are shown once the batch is durable, below.
    opts.onProgress?.(out.length, plans.length);
  }
  const stored = out.filter((r) => r.kind === 'imported').length;
  if (opts.batch && stored > 0) await setMeta(db, 'lastImport', { at: Date.now(), stored });
  return out;
}

/** Files whose transactions are queued at once during a commit. */
const COMMIT_WINDOW = 4;

async function commitOne(db: DtiDatabase, p: FilePlan, choice: DifferenceChoice | undefined): Promise<CommitResult> {
  const r = p.read;
  if (!r || !isCommittable(p.outcome)) {
    if (p.outcome.kind === 'same') return { fileName: p.fileName, kind: 'unchanged', message: say('import.unchanged') };
    // As the dry run showed it: refused (red) where the verifier must act, skipped where it was their choice.
    const label = outcomeLabel(p);
    return {
      fileName: p.fileName,
      kind: label.tone === 'error' ? 'refused' : 'skipped',
      message: say('import.skipped', { outcome: label.text }),
    };
  }
  const values = chosenValues(r, choice ?? 'manifest');
  try {
    const s = await storeImportedAssessment(db, {
      manifest: r.manifest,
      ...(p.acceptedParent ? { acceptedParent: true } : {}),
      ...values,
      from: {
        exportId: r.manifest.exportId,
        revision: r.manifest.revision,
        fileName: p.fileName,
        sha256: r.fileSha256,
      },
    });
    return resultLine(p.fileName, r, s);
  } catch (e) {
    return {
      fileName: p.fileName,
      kind: 'refused',
      message: say('import.failed', { error: storageText(e) }),
    };
  }
}

function resultLine(
  fileName: string,
  r: GoodRead,
  s: Awaited<ReturnType<typeof storeImportedAssessment>>,
): CommitResult {
  const who = `${r.manifest.unit.name} r${r.manifest.revision}`;
  switch (s.kind) {
    case 'stored':
      return {
        fileName,
        kind: 'imported',
        message:
          s.revision === 'new'
            ? say('import.imported', { who })
            : say('import.importedChanged', { who, n: s.changedFields }),
      };
    case 'same':
      return { fileName, kind: 'unchanged', message: say('import.unchanged') };
    case 'older':
      return {
        fileName,
        kind: 'refused',
        message: say('import.olderRefused', { held: s.heldRevision, rev: r.manifest.revision }),
      };
    case 'refused':
      return { fileName, kind: 'refused', message: sharedText(s.message, useAppStore.getState().language) };
  }
}
