import { useLiveQuery } from 'dexie-react-hooks';
import type { Framework } from '@shared/framework/types';
import { db } from '../db/db';
import type { AssessmentRow } from '../db/types';

/**
 * The framework an assessment was made with, as its own live query: saves to entries or to the assessment row do
 * not re-read it, so it keeps its identity and rows memoised on it do not re-render. Undefined while loading,
 * null when the assessment or its framework is gone.
 */
export function useFrameworkOf(assessment: AssessmentRow | null | undefined): Framework | null | undefined {
  const key = assessment ? `${assessment.frameworkId}\u0000${assessment.frameworkVersion}` : assessment;
  return useLiveQuery(async () => {
    if (typeof key !== 'string') return key === null ? null : undefined;
    const [id, version] = key.split('\u0000') as [string, string];
    return (await db.frameworks.get([id, version]))?.framework ?? null;
  }, [key]);
}
