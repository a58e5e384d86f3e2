import { evaluate } from '@shared/entry/evaluate';
import { periodKey, type Period } from '@shared/entry/types';
import type { UnitAggregate } from '@shared/scoring/aggregate';
import { compareVi } from '@shared/text/normalize';
import type { DtiDatabase } from '../../db/database';
import { entriesOf } from '../../db/repositories/entries';
import { importedOfPeriod } from '../../db/repositories/imports';
import type { AssessmentRow, UnitRow } from '../../db/types';

/** One commune of the district for a period: the file received (if any) and its figures. */
export interface CommuneLine {
  unit: UnitRow;
  assessment: AssessmentRow | undefined;
  aggregate: UnitAggregate | null;
}

/**
 * Every commune of the district with what was received from it for `period` (the seed of the verification board).
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
  return Promise.all(
    units.map(async (unit) => {
      const assessment = latest.get(unit.code);
      if (!assessment) return { unit, assessment, aggregate: null };
      const [fw, entries] = await Promise.all([db.frameworks.get([assessment.frameworkId, assessment.frameworkVersion]), entriesOf(db, assessment.id)]);
      return { unit, assessment, aggregate: fw ? evaluate(fw.framework, entries.values()).aggregate : null };
    }),
  );
}
