import './remarks-note.css';
import { useReceivingWords } from '../../components/use-receiving-words';
import type { ReceivedRemark } from '../../db/types';

/** The district's remark on one indicator of the commune's form, shown above its inputs. */
export function RemarkNote({ remark, code }: { remark: ReceivedRemark; code: string }) {
  const who = cap(useReceivingWords().noun);
  return (
    <div className="remark-note" role="note" data-testid={`remark-${code}`}>
      <strong>
        {remark.verdict === 'request'
          ? `${who} yêu cầu bổ sung:`
          : `${who} điều chỉnh thành ${remark.verifiedValue ?? ''}:`}
      </strong>{' '}
      {remark.remark}
    </div>
  );
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
