/**
 * Gathers what the consolidated workbook holds for a period: the district's own assessment (if one was made on
 * this machine) and every commune's held file with its verification layers. Reads only.
 */
import { translate, type MessageKey } from '../../i18n';
import { evaluate } from '@shared/entry/evaluate';
import { periodKey, type Period } from '@shared/entry/types';
import { listForPeriod } from '@shared/units/official';
import type { MailContact } from '@shared/verify/handoff';
import type { ConsolidatedCommune, ConsolidatedInput } from '@shared/verify';
import type { DtiDatabase } from '../../db/database';
import { entriesOf } from '../../db/repositories/entries';
import { getDocSettings } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { getDistrict } from '../../db/repositories/units';
import { provinceOfDistrict } from '../../db/queries/receiving';
import { restoreTeam } from '../../db/queries/team';
import { loadCommuneLines } from '../../db/queries/commune-lines';
import { defaultFramework, frameworkRowOf } from '../../db/repositories/frameworks';

/** What the hand-off needs besides the data (ids and clock come from the caller, so tests are deterministic). */
export interface GatherOptions {
  exportId: string;
  exportedAt: number;
  appVersion: string;
  /** The note of a partial report the officer confirmed ('' or left out when complete). */
  partialNote?: string;
}

/** The consolidated input, or a Vietnamese reason it cannot be built. */
export type Gathered =
  | { ok: true; input: ConsolidatedInput }
  /** `error` in Vietnamese; `key` says it in the UI language. */
  | { ok: false; error: string; key: MessageKey };

const refusal = (key: MessageKey): Gathered => ({ ok: false, error: translate('vi', key), key });

/** The verifier's own assessment of `period` as far as it is filled, and its contact person (for the e-mail). */
export interface OwnFormFacts {
  assessmentId: string;
  entered: number;
  total: number;
  contact: MailContact;
}

/**
 * The e-mail's contact person: the own form's (a district's), else the preparer Cài đặt → Văn bản names (a
 * province has no own form); null leaves the line for the officer to fill in.
 */
export function mailContact(
  own: Pick<OwnFormFacts, 'contact'> | null | undefined,
  preparer: string | undefined,
): MailContact | null {
  if (own) return own.contact;
  const name = preparer?.normalize('NFC').trim() ?? '';
  return name === '' ? null : { name, position: '', phone: '', email: '' };
}

/** Reads the district's own assessment of `period` (the latest made on this machine), or null. */
export async function loadOwnForm(db: DtiDatabase, period: Period): Promise<OwnFormFacts | null> {
  const district = await getDistrict(db);
  if (!district) return null;
  const own = (await db.assessments.where('unitCode').equals(district.code).toArray())
    .filter((a) => a.periodKey === periodKey(period) && !a.imported)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const fw = own ? await frameworkRowOf(db, own) : undefined;
  if (!own || !fw) return null;
  const agg = evaluate(fw.framework, (await entriesOf(db, own.id)).values()).aggregate;
  const i = own.info;
  return {
    assessmentId: own.id,
    entered: agg.entered,
    total: agg.total,
    contact: { name: i.contactName, position: i.contactPosition, phone: i.contactPhone, email: i.contactEmail },
  };
}

/** Reads the district, its own assessment and the communes' files for `period`. */
export async function gatherConsolidated(db: DtiDatabase, period: Period, opts: GatherOptions): Promise<Gathered> {
  const district = await getDistrict(db);
  if (!district) return refusal('handoff.err.noUnit');
  const lines = await loadCommuneLines(db, district.code, period);
  const communes: ConsolidatedCommune[] = [];
  for (const l of lines) {
    const a = l.assessment;
    if (!a?.imported || !l.framework) continue;
    communes.push({
      unit: { code: l.unit.code, name: l.unit.name },
      framework: l.framework,
      info: a.info,
      entries: l.entries,
      layers: l.layers,
      revision: a.imported.revision,
      exportId: a.imported.exportId,
      fileSha256: a.imported.sha256,
    });
  }
  const own = (await db.assessments.where('unitCode').equals(district.code).toArray())
    .filter((a) => a.periodKey === periodKey(period) && !a.imported)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const ownFw = own ? await frameworkRowOf(db, own) : undefined;
  const districtAssessment =
    own && ownFw
      ? {
          framework: ownFw.framework,
          info: own.info,
          entries: [...(await entriesOf(db, own.id)).values()],
          revision: own.revision,
        }
      : undefined;
  if (communes.length === 0 && !districtAssessment)
    return refusal(district.type === 'province' ? 'handoff.err.nothingProvince' : 'handoff.err.nothingDistrict');
  // A district reports to its province, named from the official list ("UBND tỉnh" when it is not known).
  const province = await provinceOfDistrict(district);
  // With no commune's file held, the table's group columns come from the commune framework of the period.
  const communeFw = communes.length === 0 ? await defaultFramework(db, 'commune', listForPeriod(period)) : undefined;
  return {
    ok: true,
    input: {
      district: { code: district.code, name: district.name },
      level: district.type === 'province' ? 'province' : 'district',
      ...(province ? { province } : {}),
      ...(communeFw ? { groups: communeFw.framework.groups } : {}),
      period,
      ...(districtAssessment ? { districtAssessment } : {}),
      communes,
      units: lines.map((l) => ({ code: l.unit.code, name: l.unit.name })),
      team: restoreTeam(await getMeta(db, 'verifyTeam')),
      documents: await getDocSettings(db),
      ...opts,
    },
  };
}
