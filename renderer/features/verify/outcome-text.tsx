import { SharedMessage } from '../../components/shared-message';
import { withNodes } from '../../components/with-nodes';
import { outcomeLabel } from '../../exchange/import-labels';
import type { FilePlan } from '../../exchange/import-pipeline';
import { useT } from '../../i18n';

/**
 * A dry-run file's outcome as the table shows it: a refusal or a context check as shared said it goes through
 * SharedMessage (the UI language, the unit names it holds marked lang="vi"); every other outcome is its label.
 */
export function OutcomeText({ plan }: { plan: FilePlan }) {
  const t = useT();
  const o = plan.outcome;
  if (o.kind === 'error')
    return withNodes(t('import.outcome.error'), { message: <SharedMessage message={o.message} /> });
  if (o.kind !== 'context' || o.reason === 'no-district') return outcomeLabel(plan).text;
  if (o.reason === 'wrong-parent' || o.reason === 'addable') return <SharedMessage message={o.message} />;
  return withNodes(t('import.outcome.refused'), { message: <SharedMessage message={o.message} /> });
}
