import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { evaluate, type Evaluation } from '@shared/entry/evaluate';
import type { Framework } from '@shared/framework/types';
import { db } from '../../db/db';
import { useFrameworkOf } from '../../hooks/use-framework';
import { entriesOf } from '../../db/repositories/entries';
import type { AssessmentRow, EntryRow, UnitRow } from '../../db/types';

/** Everything the form shows, read live from the database. */
export interface AssessmentView {
  assessment: AssessmentRow;
  unit: UnitRow | undefined;
  framework: Framework;
  entries: Map<string, EntryRow>;
  evaluation: Evaluation;
}

/**
 * Loads an assessment with its unit, framework and entries; undefined while loading, null when gone.
 * Each part is its own live query, so a save (which touches entries and the assessment's time) re-reads only
 * those and the framework object keeps its identity: rows memoised on their indicator do not re-render.
 */
export function useAssessment(id: string): AssessmentView | null | undefined {
  const assessment = useLiveQuery(async () => (await db.assessments.get(id)) ?? null, [id]);
  const framework = useFrameworkOf(assessment);
  const unitCode = assessment?.unitCode ?? null;
  const units = useLiveQuery(async () => (unitCode ? { unit: await db.units.get(unitCode) } : null), [unitCode]);
  const entries = useLiveQuery(() => entriesOf(db, id), [id]);
  const evaluation = useMemo(
    () => (framework && entries ? evaluate(framework, entries.values()) : undefined),
    [framework, entries],
  );
  if (assessment === null || framework === null) return null;
  if (!assessment || framework === undefined || !units || !entries || !evaluation) return undefined;
  return { assessment, ...units, framework, entries, evaluation };
}
