import { periodKey, type Period } from '@shared/entry/types';
import type { Framework } from '@shared/framework/types';
import { verificationFigures, type VerificationFigures, type VerifiedLayer } from '@shared/verify';
import type { DtiDatabase } from '../../db/database';
import { entriesOf } from '../../db/repositories/entries';
import { getMeta } from '../../db/repositories/meta';
import { getDistrict } from '../../db/repositories/units';
import type { UnitRow } from '../../db/types';
import { loadCommuneLines, type CommuneLine } from '../../db/queries/commune-lines';
import { frameworkRowOf } from '../../db/repositories/frameworks';

/** A unit the dashboard can chart: its framework, figures twice and layers. */
export interface ChartUnit {
  code: string;
  /** The assessment charted (the one "In / Lưu PDF" prints on a commune's machine). */
  assessmentId: string;
  /** The unit's name (data, Vietnamese). */
  name: string;
  /** The district's own self-assessment (shown as "… (tự đánh giá của huyện)"). */
  districtOwn: boolean;
  framework: Framework;
  figures: VerificationFigures;
  layers: Map<string, VerifiedLayer>;
}

/** Everything Tổng hợp shows for a period. */
export interface SummaryData {
  district: UnitRow | undefined;
  /** On a commune's machine: that commune (its own assessment is the only unit; no communes' files). */
  commune?: UnitRow | undefined;
  lines: CommuneLine[];
  /** The district's own assessment first (if made on this machine), then every commune with a file. */
  units: ChartUnit[];
}

/**
 * Reads the receiving unit, this machine's own assessment for `period` (the district's, or on a commune's machine
 * the commune's) and, on the verifier's machine, the communes' lines.
 */
export async function loadSummary(db: DtiDatabase, period: Period): Promise<SummaryData> {
  const district = await getDistrict(db);
  if (!district) return { district, lines: [], units: [] };
  const role = await getMeta(db, 'role');
  const commune = role?.kind === 'commune' ? await db.units.get(role.communeCode) : undefined;
  const ownCode = role?.kind === 'commune' ? role.communeCode : district.code;
  const lines = role?.kind === 'commune' ? [] : await loadCommuneLines(db, district.code, period);
  const units: ChartUnit[] = [];
  const own = (await db.assessments.where('unitCode').equals(ownCode).toArray())
    .filter((a) => a.periodKey === periodKey(period) && !a.imported)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const ownFw = own ? await frameworkRowOf(db, own) : undefined;
  if (own && ownFw) {
    const entries = [...(await entriesOf(db, own.id)).values()];
    const layers = new Map<string, VerifiedLayer>();
    units.push({
      code: ownCode,
      assessmentId: own.id,
      name: commune ? commune.name : district.name,
      districtOwn: !commune,
      framework: ownFw.framework,
      figures: verificationFigures(ownFw.framework, entries, layers),
      layers,
    });
  }
  for (const l of lines) {
    if (l.figures && l.framework)
      units.push({
        code: l.unit.code,
        assessmentId: l.assessment?.id ?? '',
        name: l.unit.name,
        districtOwn: false,
        framework: l.framework,
        figures: l.figures,
        layers: l.layers,
      });
  }
  return { district, ...(role?.kind === 'commune' ? { commune } : {}), lines, units };
}
