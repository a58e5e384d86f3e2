import { displayValue } from '@shared/exchange/form-layout';
import type { Framework } from '@shared/framework/types';
import {
  agreeGroup,
  applyVerdict,
  supersede,
  type AgreeSkip,
  type VerdictInput,
  type VerdictResult,
} from '@shared/verify';
import { VERDICT_LABELS_VI, type VerifiedLayer } from '@shared/verify/types';
import type { DtiDatabase } from '../database';
import { entriesOfSet, entryOfSet, setWithEntries } from '../entry-sets';
import type { EntryRow, HistoryRow } from '../types';
import { appendHistory } from './history';
import { emptyEntry } from './entries';
import { frameworkRowOf } from './frameworks';

/** The history text of a layer: "Đồng ý", "Điều chỉnh: 12 — lý do", "Yêu cầu bổ sung — nội dung"; '' for none. */
export function verdictText(fw: Framework, code: string, layer: VerifiedLayer | undefined): string {
  if (!layer) return '';
  const ind = fw.indicators.find((i) => i.code === code);
  let s = VERDICT_LABELS_VI[layer.verdict];
  if (layer.verdict === 'adjust' && ind) s += `: ${displayValue(ind, layer.raw)}`;
  if (layer.remark) s += ` — ${layer.remark}`;
  return layer.stale ? `${s} (cũ, xã đã sửa)` : s;
}

async function frameworkOf(
  db: DtiDatabase,
  assessmentId: string,
  known?: Framework,
): Promise<{ fw: Framework; revision: number }> {
  const a = await db.assessments.get(assessmentId);
  if (!a) throw new Error('Bản đánh giá không còn trên máy.');
  const revision = a.imported?.revision ?? a.revision;
  // The caller's copy saves reading (and deserialising) the whole framework on every verdict.
  if (known && known.id === a.frameworkId && known.version === a.frameworkVersion) return { fw: known, revision };
  const fw = (await frameworkRowOf(db, a))?.framework;
  if (!fw) throw new Error(`Máy này không có bộ chỉ số ${a.frameworkId} phiên bản ${a.frameworkVersion}.`);
  return { fw, revision };
}

function verdictLine(fw: Framework, entry: EntryRow, next: VerifiedLayer): HistoryRow {
  const { assessmentId, code } = entry;
  return {
    assessmentId,
    code,
    field: 'verdict',
    old: verdictText(fw, code, entry.verified),
    new: verdictText(fw, code, next),
    at: next.at,
  };
}

/**
 * Records the verifier's decision on one indicator in ONE transaction: the rules of `applyVerdict` (on the self
 * entry as stored now, with the revision held), then the entry's `verified` layer and a history line
 * (field 'verdict', old → new). Every verdict is kept in history; an invalid one writes nothing and returns
 * the errors per field. `framework`, when the caller holds the assessment's framework, spares reading it.
 */
export async function saveVerdict(
  db: DtiDatabase,
  assessmentId: string,
  code: string,
  input: Omit<VerdictInput, 'revision'>,
  framework?: Framework,
): Promise<VerdictResult> {
  return db.transaction(
    'rw',
    [db.assessments, db.frameworks, db.entrySets, db.historyBooks],
    async (): Promise<VerdictResult> => {
      const { fw, revision } = await frameworkOf(db, assessmentId, framework);
      const ind = fw.indicators.find((i) => i.code === code);
      if (!ind) return { ok: false, errors: { verdict: `Bộ chỉ số không có chỉ số ${code}.` } };
      const set = await db.entrySets.get(assessmentId);
      const entry = entryOfSet(set, code) ?? emptyEntry(assessmentId, code);
      const r = applyVerdict(ind, entry, { ...input, revision });
      if (!r.ok) return r;
      const layer = supersede(entry.verified, r.layer);
      await db.entrySets.put(setWithEntries(assessmentId, set, [{ ...entry, verified: layer }]));
      await appendHistory(db, [verdictLine(fw, entry, layer)]);
      return { ok: true, layer };
    },
  );
}

/** What "Đồng ý cả nhóm" did: how many it agreed to and what it left alone, with why. */
export interface AgreeGroupOutcome {
  agreed: string[];
  skipped: { code: string; reason: AgreeSkip }[];
}

/** "Đồng ý cả nhóm": `agreeGroup` over the stored entries, every new layer and its history line in ONE transaction. */
export async function agreeGroupVerdicts(
  db: DtiDatabase,
  assessmentId: string,
  groupCode: number,
  opts: { at?: number; verifier?: string },
): Promise<AgreeGroupOutcome> {
  return db.transaction(
    'rw',
    [db.assessments, db.frameworks, db.entrySets, db.historyBooks],
    async (): Promise<AgreeGroupOutcome> => {
      const { fw, revision } = await frameworkOf(db, assessmentId);
      const set = await db.entrySets.get(assessmentId);
      const rows = entriesOfSet(set);
      const byCode = new Map(rows.map((e) => [e.code, e]));
      const existing = new Map(rows.map((e) => [e.code, e.verified]));
      const r = agreeGroup(fw, groupCode, rows, existing, {
        at: opts.at ?? Date.now(),
        verifier: opts.verifier ?? '',
        revision,
      });
      const writes: EntryRow[] = [];
      const lines: HistoryRow[] = [];
      for (const [code, layer] of r.layers) {
        const entry = byCode.get(code) ?? emptyEntry(assessmentId, code);
        const kept = supersede(entry.verified, layer);
        writes.push({ ...entry, verified: kept });
        lines.push(verdictLine(fw, entry, kept));
      }
      if (writes.length) await db.entrySets.put(setWithEntries(assessmentId, set, writes));
      await appendHistory(db, lines);
      return { agreed: [...r.layers.keys()], skipped: r.skipped };
    },
  );
}

/**
 * Undo: puts back the layers indicators had before a verdict (undefined = no verdict), in ONE transaction, with a
 * history line per indicator ("Đồng ý" → "" for a verdict taken back). Returns the codes restored.
 */
export async function restoreVerdicts(
  db: DtiDatabase,
  assessmentId: string,
  previous: readonly (readonly [string, VerifiedLayer | undefined])[],
  at = Date.now(),
): Promise<string[]> {
  return db.transaction('rw', [db.assessments, db.frameworks, db.entrySets, db.historyBooks], async () => {
    const { fw } = await frameworkOf(db, assessmentId);
    const restored: string[] = [];
    let set = await db.entrySets.get(assessmentId);
    for (const [code, layer] of previous) {
      const entry = entryOfSet(set, code);
      if (!entry) continue;
      const { verified: current, ...rest } = entry;
      set = setWithEntries(assessmentId, set, [layer ? { ...rest, verified: layer } : rest]);
      await db.entrySets.put(set);
      await appendHistory(db, [
        {
          assessmentId,
          code,
          field: 'verdict',
          old: verdictText(fw, code, current),
          new: verdictText(fw, code, layer),
          at,
        },
      ]);
      restored.push(code);
    }
    return restored;
  });
}
