import './remarks-note.css';
import { useReceivingNoun } from '../../components/use-receiving-words';
import { useT } from '../../i18n';
import type { ReceivedRemark } from '../../db/types';

/** The district's remark on one indicator of the commune's form, shown above its inputs. */
export function RemarkNote({ remark, code }: { remark: ReceivedRemark; code: string }) {
  const t = useT();
  const who = useReceivingNoun();
  const words = { who, Who: cap(who), value: remark.verifiedValue ?? '' };
  return (
    <div className="remark-note" role="note" data-testid={`remark-${code}`}>
      <strong>{t(remark.verdict === 'request' ? 'entry.remark.request' : 'entry.remark.adjust', words)}</strong>{' '}
      <span lang="vi">{remark.remark}</span>
    </div>
  );
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
