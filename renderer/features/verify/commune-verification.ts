import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { evaluate, type Evaluation } from '@shared/entry/evaluate';
import type { Framework } from '@shared/framework/types';
import { changedSinceVerified, verificationFigures, type CarryItem, type VerificationFigures } from '@shared/verify';
import type { VerifiedLayer } from '@shared/verify/types';
import { db } from '../../db/db';
import { useFrameworkOf } from '../../hooks/use-framework';
import { entriesOf } from '../../db/repositories/entries';
import type { AssessmentRow, EntryRow, UnitRow } from '../../db/types';

/** Everything the commune verification page shows, read live. */
export interface CommuneVerification {
  assessment: AssessmentRow;
  unit: UnitRow | undefined;
  framework: Framework;
  entries: Map<string, EntryRow>;
  layers: Map<string, VerifiedLayer | undefined>;
  evaluation: Evaluation;
  figures: VerificationFigures;
  /** Indicators whose self entry changed since their verdict (shared/verify changedSinceVerified). */
  changed: CarryItem[];
}

/** Loads a received assessment with its verification; undefined while loading, null when gone. */
export function useCommuneVerification(id: string): CommuneVerification | null | undefined {
  const assessment = useLiveQuery(async () => (await db.assessments.get(id)) ?? null, [id]);
  const framework = useFrameworkOf(assessment);
  const unitCode = assessment?.unitCode ?? null;
  const unit = useLiveQuery(async () => (unitCode ? { row: await db.units.get(unitCode) } : null), [unitCode]);
  const entries = useLiveQuery(() => entriesOf(db, id), [id]);
  const derived = useMemo(() => {
    if (!framework || !entries) return undefined;
    const rows = [...entries.values()];
    const layers = new Map(rows.map((e) => [e.code, e.verified]));
    return {
      layers,
      evaluation: evaluate(framework, rows),
      figures: verificationFigures(framework, rows, layers),
      changed: changedSinceVerified(framework, rows, layers),
    };
  }, [framework, entries]);
  if (assessment === null || framework === null) return null;
  if (!assessment || !framework || !unit || !entries || !derived) return undefined;
  return { assessment, unit: unit.row, framework, entries, ...derived };
}
