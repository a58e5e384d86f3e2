import { minutesModel, type MinutesModel } from '@shared/verify';
import type { TeamMember } from '@shared/verify/minutes';
import type { DtiDatabase } from '../../db/database';
import { entriesOf } from '../../db/repositories/entries';
import { getDistrict } from '../../db/repositories/units';
import { layersOf } from '../../db/queries/commune-lines';
import { frameworkRowOf } from '../../db/repositories/frameworks';
import type { MessageKey } from '../../i18n';

/** The minutes of one held commune assessment, or why there are none (a message of the UI catalogue). */
export async function loadMinutes(
  db: DtiDatabase,
  assessmentId: string,
  team: readonly TeamMember[],
  opts: { date: number; place: string; start: string; end: string; communeReps: readonly TeamMember[] },
): Promise<
  { ok: true; model: MinutesModel } | { ok: false; key: MessageKey; params?: Record<string, string | number> }
> {
  const a = await db.assessments.get(assessmentId);
  if (!a) return { ok: false, key: 'minutes.err.notFound' };
  const [unit, district, fw, entries] = await Promise.all([
    db.units.get(a.unitCode),
    getDistrict(db),
    frameworkRowOf(db, a),
    entriesOf(db, a.id),
  ]);
  if (!fw)
    return { ok: false, key: 'minutes.err.noFramework', params: { id: a.frameworkId, version: a.frameworkVersion } };
  const rows = [...entries.values()];
  return {
    ok: true,
    model: minutesModel({
      framework: fw.framework,
      unit: { name: unit?.name ?? a.unitCode },
      district: { name: district?.name ?? '' },
      level: district?.type === 'province' ? 'province' : 'district',
      period: a.period,
      revision: a.imported?.revision ?? a.revision,
      team,
      date: opts.date,
      place: opts.place,
      start: opts.start,
      end: opts.end,
      communeReps: opts.communeReps,
      selfEntries: rows,
      layers: layersOf(rows),
    }),
  };
}
