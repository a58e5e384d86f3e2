import { say } from '../i18n/say';
import { useAppStore } from '../store';
import type { FilePlan } from './import-pipeline';
import { sharedText } from '../i18n/shared-text';

/** The outcome of a dry-run file in the UI language, as the summary table shows it (what may be committed: isCommittable). */
export function outcomeLabel(p: FilePlan): { text: string; tone: 'ok' | 'info' | 'error' } {
  const o = p.outcome;
  // What shared says (a refusal, a context check), in the UI language where an i18n area lists it.
  const said = (message: string) => sharedText(message, useAppStore.getState().language);
  const rev = p.read ? `r${p.read.manifest.revision}` : '';
  const held = 'heldRevision' in o ? (o.heldRevision ?? '?') : '?';
  switch (o.kind) {
    case 'new':
      return { text: say('import.outcome.new'), tone: 'ok' };
    case 'newer':
      return { text: say('import.outcome.newer', { held, rev }), tone: 'ok' };
    case 'same':
      return { text: say('import.outcome.same'), tone: 'info' };
    case 'older':
      return { text: say('import.outcome.older', { held, rev }), tone: 'error' };
    case 'superseded':
      return { text: o.message, tone: 'info' };
    case 'framework-unknown':
      return { text: say('import.outcome.noFramework', { message: said(o.message) }), tone: 'error' };
    case 'context':
      if (o.reason === 'wrong-parent' || o.reason === 'addable') return { text: said(o.message), tone: 'info' };
      return { text: say('import.outcome.refused', { message: said(o.message) }), tone: 'error' };
    case 'error':
      return {
        text: say('import.outcome.error', { message: said(o.message) }),
        tone: 'error',
      };
  }
}
