import { evaluate } from '@shared/entry/evaluate';
import type { UnitAggregate } from '@shared/scoring/aggregate';
import type { DtiDatabase } from '../../db/database';
import { entriesOf } from '../../db/repositories/entries';
import type { AssessmentRow, UnitRow } from '../../db/types';
import { frameworkRowOf } from '../../db/repositories/frameworks';

/** One line of the assessments list. */
export interface AssessmentLine {
  assessment: AssessmentRow;
  unit: UnitRow | undefined;
  aggregate: UnitAggregate | null;
}

/** Reads every assessment with its unit and figures, most recently changed first. */
export async function loadAssessmentLines(db: DtiDatabase): Promise<AssessmentLine[]> {
  const rows = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return Promise.all(
    rows.map(async (assessment) => {
      const [unit, fw, entries] = await Promise.all([
        db.units.get(assessment.unitCode),
        frameworkRowOf(db, assessment),
        entriesOf(db, assessment.id),
      ]);
      return { assessment, unit, aggregate: fw ? evaluate(fw.framework, entries.values()).aggregate : null };
    }),
  );
}
