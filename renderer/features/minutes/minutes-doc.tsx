import { formatPoints } from '@shared/scoring/format';
import { formatIndex, type MinutesModel } from '@shared/verify';
import { roundRemark } from '@shared/verify/minutes';
import {
  attendees,
  type MinutesDoc as MinutesWords,
  minutesHeader,
  minutesSignatures,
} from '@shared/verify/minutes-sheet';
import { AdminClosing, AdminHead } from '../../components/print/admin-doc';

/** A line to write a person in by hand, one line on A4 portrait. */
const BY_HAND = `Ông/Bà ${'…'.repeat(13)} — Chức vụ: ${'…'.repeat(13)}`;

/**
 * The Biên bản thẩm tra as a printable A4 document (plain HTML; ./print.css sets the page): the header block and
 * both signatures in the words of the minutes sheet, the number and place from Cài đặt → Văn bản.
 */
export function MinutesDoc({ m, words }: { m: MinutesModel; words: MinutesWords }) {
  const t = m.totals;
  const sign = minutesSignatures(m);
  return (
    <article className="minutes-doc" data-testid="minutes-doc" lang="vi">
      <AdminHead header={minutesHeader(m, words)} />
      <h1>{m.title}</h1>
      <p className="minutes-subtitle">{m.subtitle}</p>
      <p>{m.opening}</p>
      <h2>I. Thành phần</h2>
      {attendees(m).map((side) => (
        <section key={side.heading} data-testid="minutes-attendees">
          <h3>{side.heading}</h3>
          <ol>
            {side.people.map((x, i) => (
              <li key={i}>{side.byHand ? BY_HAND : `Ông/Bà ${x.name}${x.position && ` — ${x.position}`}`}</li>
            ))}
          </ol>
        </section>
      ))}
      <h2>II. Các chỉ số điều chỉnh</h2>
      {m.adjusted.length === 0 ? (
        <p>Không có chỉ số nào phải điều chỉnh.</p>
      ) : (
        <table className="minutes-table" data-testid="minutes-adjusted">
          <thead>
            <tr>
              <th>Mã</th>
              <th>Chỉ số</th>
              <th>Tự đánh giá</th>
              <th>Thẩm tra</th>
              <th>Điểm (TĐG → TT)</th>
              <th>Lý do</th>
            </tr>
          </thead>
          <tbody>
            {m.adjusted.map((a) => (
              <tr key={`${a.code}-${a.round}`} data-current={a.current}>
                <td>{a.code}</td>
                <td>{a.name}</td>
                <td>{a.selfDisplay}</td>
                <td>{a.verifiedDisplay}</td>
                <td className="num">
                  {formatPoints(a.selfPoints)} → {formatPoints(a.verifiedPoints)}
                </td>
                <td>{roundRemark(a)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>III. Các chỉ số yêu cầu bổ sung</h2>
      {m.requested.length === 0 ? (
        <p>Không có.</p>
      ) : (
        <table className="minutes-table" data-testid="minutes-requested">
          <thead>
            <tr>
              <th>Mã</th>
              <th>Chỉ số</th>
              <th>Tự đánh giá</th>
              <th>Nội dung yêu cầu</th>
            </tr>
          </thead>
          <tbody>
            {m.requested.map((r) => (
              <tr key={`${r.code}-${r.round}`} data-current={r.current}>
                <td>{r.code}</td>
                <td>{r.name}</td>
                <td>{r.selfDisplay}</td>
                <td>{roundRemark(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>IV. Tổng hợp kết quả</h2>
      <table className="minutes-table totals" data-testid="minutes-totals">
        <thead>
          <tr>
            <th />
            <th>Điểm</th>
            <th>Hoàn thành và cơ bản hoàn thành</th>
            <th>Chỉ số</th>
          </tr>
        </thead>
        <tbody>
          {(['self', 'verified'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{k === 'self' ? 'Trước thẩm tra (tự đánh giá)' : 'Sau thẩm tra'}</th>
              <td className="num">
                {formatPoints(t[k].points)}/{formatPoints(t[k].maxPoints)}
              </td>
              <td className="num">
                {t[k].completed}/{t[k].total}
              </td>
              <td className="num">{formatIndex(t[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>V. Kết luận</h2>
      <p>{m.conclusion}</p>
      {m.followUp && <p>{m.followUp}</p>}
      <p>{m.closing}</p>
      <AdminClosing left={sign.left} right={sign.right} />
    </article>
  );
}
