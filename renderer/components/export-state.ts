import { exportStateLabel } from '../exchange/export-assessment';
import { useT } from '../i18n';
import { useAppStore } from '../store';

type Exportable = Parameters<typeof exportStateLabel>[0];

/**
 * An assessment's export state in the UI language: exportStateLabel's words in Vietnamese; in English the same
 * states (draft, received from a unit, edited since export rN, exported rN) in English.
 */
export function useExportState(): (a: Exportable) => { label: string; stale: boolean } {
  const t = useT();
  const vi = useAppStore((s) => s.language) === 'vi';
  return (a) => {
    const state = exportStateLabel(a);
    if (vi) return state;
    const revision = a.revision;
    if (a.status !== 'exported') return { ...state, label: t('comp.exportState.draft') };
    if (a.imported) return { ...state, label: t('comp.exportState.received') };
    return { ...state, label: t(state.stale ? 'comp.exportState.stale' : 'comp.exportState.exported', { revision }) };
  };
}
