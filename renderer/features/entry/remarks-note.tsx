import './remarks-note.css';
import type { ReceivedRemark } from '../../db/types';

/** The district's remark on one indicator of the commune's form, shown above its inputs. */
export function RemarkNote({ remark, code }: { remark: ReceivedRemark; code: string }) {
  return (
    <div className="remark-note" role="note" data-testid={`remark-${code}`}>
      <strong>
        {remark.verdict === 'request'
          ? 'Huyện yêu cầu bổ sung:'
          : `Huyện điều chỉnh thành ${remark.verifiedValue ?? ''}:`}
      </strong>{' '}
      {remark.remark}
    </div>
  );
}
