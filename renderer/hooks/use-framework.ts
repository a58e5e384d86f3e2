import { useLiveQuery } from 'dexie-react-hooks';
import type { Framework } from '@shared/framework/types';
import { db } from '../db/db';
import { frameworkRowOf } from '../db/repositories/frameworks';
import type { AssessmentRow } from '../db/types';

/**
 * The framework an assessment was made with, as its own live query: saves to entries or to the assessment row do
 * not re-read it (it depends on the framework's id and version only), so it keeps its identity and rows memoised
 * on it do not re-render. Undefined while loading, null when the assessment or its framework is gone.
 */
export function useFrameworkOf(assessment: AssessmentRow | null | undefined): Framework | null | undefined {
  const id = assessment?.frameworkId;
  const version = assessment?.frameworkVersion;
  const gone = assessment === null;
  return useLiveQuery(async () => {
    if (id === undefined || version === undefined) return gone ? null : undefined;
    return (await frameworkRowOf(db, { frameworkId: id, frameworkVersion: version }))?.framework ?? null;
  }, [id, version, gone]);
}
