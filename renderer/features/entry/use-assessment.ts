import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { evaluate, type Evaluation } from '@shared/entry/evaluate';
import type { Framework } from '@shared/framework/types';
import { db } from '../../db/db';
import { entriesOf } from '../../db/repositories/entries';
import type { AssessmentRow, EntryRow, UnitRow } from '../../db/types';

/** Everything the form shows, read live from the database. */
export interface AssessmentView {
  assessment: AssessmentRow;
  unit: UnitRow | undefined;
  district: UnitRow | undefined;
  framework: Framework;
  entries: Map<string, EntryRow>;
  evaluation: Evaluation;
}

/** Loads an assessment with its unit, framework and entries; undefined while loading, null when gone. */
export function useAssessment(id: string): AssessmentView | null | undefined {
  const data = useLiveQuery(async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment) return null;
    const [unit, fw, entries] = await Promise.all([
      db.units.get(assessment.unitCode),
      db.frameworks.get([assessment.frameworkId, assessment.frameworkVersion]),
      entriesOf(db, id),
    ]);
    if (!fw) return null;
    const district = unit?.parentCode ? await db.units.get(unit.parentCode) : unit;
    return { assessment, unit, district, framework: fw.framework, entries };
  }, [id]);
  const evaluation = useMemo(
    () => (data ? evaluate(data.framework, data.entries.values()) : undefined),
    [data],
  );
  if (data === undefined) return undefined;
  if (data === null || !evaluation) return null;
  return { ...data, evaluation };
}
