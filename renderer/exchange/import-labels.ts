import type { FilePlan } from './import-pipeline';

/** The outcome of a dry-run file in Vietnamese, as the summary table shows it (what may be committed: isCommittable). */
export function outcomeLabel(p: FilePlan): { text: string; tone: 'ok' | 'info' | 'error' } {
  const o = p.outcome;
  const rev = p.read ? `r${p.read.manifest.revision}` : '';
  switch (o.kind) {
    case 'new':
      return { text: 'Mới', tone: 'ok' };
    case 'newer':
      return { text: `Bản mới hơn (r${o.heldRevision ?? '?'} → ${rev})`, tone: 'ok' };
    case 'same':
      return { text: 'Đã nhập bản này', tone: 'info' };
    case 'older':
      return {
        text: `Bản cũ hơn (đang giữ r${o.heldRevision ?? '?'}, tệp là ${rev}) — bị từ chối`,
        tone: 'error',
      };
    case 'superseded':
      return { text: o.message, tone: 'info' };
    case 'framework-unknown':
      return { text: `Chưa có bộ chỉ số: ${o.message}`, tone: 'error' };
    case 'context':
      if (o.reason === 'wrong-parent' || o.reason === 'addable') return { text: o.message, tone: 'info' };
      return { text: `Bị từ chối: ${o.message}`, tone: 'error' };
    case 'error':
      return { text: `Lỗi: ${o.message}`, tone: 'error' };
  }
}
