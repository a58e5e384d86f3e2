import { evaluate } from '@shared/entry/evaluate';
import { periodKey, type Period } from '@shared/entry/types';
import type { Framework } from '@shared/framework/types';
import type { UnitAggregate } from '@shared/scoring/aggregate';
import { compareVi } from '@shared/text/normalize';
import {
  boardState,
  verificationFigures,
  type BoardState,
  type VerificationFigures,
  type VerifiedLayer,
} from '@shared/verify';
import type { DtiDatabase } from '../database';
import { entriesOfSet } from '../entry-sets';
import { frameworkKey } from '@shared/framework/key';
import { importedOfPeriod } from '../repositories/imports';
import type { AssessmentRow, EntryRow, UnitRow } from '../types';

/** One commune of the district for a period: the file received (if any), its figures and verification state. */
export interface CommuneLine {
  unit: UnitRow;
  assessment: AssessmentRow | undefined;
  /** Self-assessment aggregate (null when no file or its framework is not held). */
  aggregate: UnitAggregate | null;
  framework: Framework | null;
  entries: EntryRow[];
  /** The verification layers by indicator code (only entries that have one). */
  layers: Map<string, VerifiedLayer>;
  /** Self and verified figures (null when no file or framework). */
  figures: VerificationFigures | null;
  state: BoardState;
  /** Latest of: file imported, verdict made (ms since epoch); null when nothing happened. */
  lastActivity: number | null;
}

/** Layers of the entries that carry one. */
export function layersOf(entries: Iterable<EntryRow>): Map<string, VerifiedLayer> {
  const layers = new Map<string, VerifiedLayer>();
  for (const e of entries) if (e.verified) layers.set(e.code, e.verified);
  return layers;
}

function lastActivity(a: AssessmentRow | undefined, layers: Map<string, VerifiedLayer>): number | null {
  let t = a?.imported?.importedAt ?? null;
  for (const l of layers.values()) if (t === null || l.at > t) t = l.at;
  return t;
}

/** The line of one commune given what is held for it. */
export function communeLine(
  unit: UnitRow,
  assessment: AssessmentRow | undefined,
  framework: Framework | null,
  entries: EntryRow[],
): CommuneLine {
  const layers = layersOf(entries);
  const figures = framework && assessment ? verificationFigures(framework, entries, layers) : null;
  return {
    unit,
    assessment,
    aggregate: framework && assessment ? evaluate(framework, entries).aggregate : null,
    framework,
    entries,
    layers,
    figures,
    state: framework ? boardState(framework, assessment !== undefined, layers) : assessment ? 'da-nhan' : 'chua-nhan',
    lastActivity: lastActivity(assessment, layers),
  };
}

/**
 * Every commune of the district with what was received from it for `period` (the verification board's data).
 * When a commune sent files under two framework versions the most recently imported one is shown.
 */
export async function loadCommuneLines(db: DtiDatabase, districtCode: string, period: Period): Promise<CommuneLine[]> {
  const [units, imported] = await Promise.all([
    db.units.where('parentCode').equals(districtCode).toArray(),
    importedOfPeriod(db, periodKey(period)),
  ]);
  const latest = new Map<string, AssessmentRow>();
  for (const a of imported) {
    const held = latest.get(a.unitCode);
    if (!held || (a.imported?.importedAt ?? 0) > (held.imported?.importedAt ?? 0)) latest.set(a.unitCode, a);
  }
  units.sort((a, b) => compareVi(a.name, b.name));
  // Two requests for the whole board, not two per commune: each framework version once, every entry set at once.
  const shown = units.map((u) => latest.get(u.code));
  const received = shown.filter((a): a is AssessmentRow => a !== undefined);
  const versions = new Map(received.map((a) => [frameworkKey(a.frameworkId, a.frameworkVersion), a]));
  const [fwRows, sets] = await Promise.all([
    db.frameworks.bulkGet([...versions.values()].map((a) => [a.frameworkId, a.frameworkVersion])),
    db.entrySets.bulkGet(received.map((a) => a.id)),
  ]);
  const frameworks = new Map([...versions.keys()].map((k, i) => [k, fwRows[i]?.framework ?? null]));
  const entries = new Map(received.map((a, i) => [a.id, entriesOfSet(sets[i])]));
  return units.map((unit, i) => {
    const a = shown[i];
    if (!a) return communeLine(unit, undefined, null, []);
    const fw = frameworks.get(frameworkKey(a.frameworkId, a.frameworkVersion)) ?? null;
    return communeLine(unit, a, fw, entries.get(a.id) ?? []);
  });
}
