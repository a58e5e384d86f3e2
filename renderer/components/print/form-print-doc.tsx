import { NOTE_LABEL, SHOWN_LABELS } from '@shared/entry/field-labels';
import type { FormPrint } from '@shared/exchange/form-print';
import { AdminClosing, AdminHead } from './admin-doc';
import './form-print.css';

const COLUMNS = [
  'STT',
  'Chỉ số',
  'Điểm tối đa',
  'Phương pháp xác định và cách cho điểm',
  SHOWN_LABELS.display,
  SHOWN_LABELS.score,
  SHOWN_LABELS.status,
  SHOWN_LABELS.evidenceDisplay,
  NOTE_LABEL,
];

/** Biểu mẫu 01 as the signed and stamped A4 landscape copy (plain HTML; ./form-print.css sets the page). */
export function FormPrintDoc({ p }: { p: FormPrint }) {
  return (
    <article lang="vi" className="print-doc form-print" data-testid="form-print-doc">
      <AdminHead header={{ ...p.doc.header, dateLine: p.doc.dateLine }} />
      <p className="form-kind">BIỂU MẪU 01</p>
      <h1>{p.title}</h1>
      <p className="form-recipient">Kính gửi: {p.doc.recipient}</p>
      <p className="form-period">{p.period}</p>
      <h2>A. Thông tin chung</h2>
      <table className="form-info">
        <tbody>
          {p.info.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>B. Chỉ số đánh giá</h2>
      <table className="form-table" data-testid="form-print-table">
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {p.groups.map((g) => (
          <tbody key={g.heading}>
            <tr className="group-row">
              <td colSpan={COLUMNS.length}>{g.heading}</td>
            </tr>
            {g.rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <td className="center">{r.code}</td>
                <td>{r.name}</td>
                <td className="num">{r.max}</td>
                <td className="form-method">{r.method}</td>
                <td className="num">{r.value}</td>
                <td className="num">{r.points}</td>
                <td>{r.status}</td>
                <td className="form-evidence">{r.evidence}</td>
                <td className="form-note">{r.note}</td>
              </tr>
            ))}
            <tr className="subtotal-row">
              <td colSpan={COLUMNS.length}>{g.subtotal}</td>
            </tr>
          </tbody>
        ))}
        <tbody>
          <tr className="total-row">
            <td colSpan={COLUMNS.length}>{p.total}</td>
          </tr>
        </tbody>
      </table>
      <p className="form-sentence">{p.sentence}</p>
      <AdminClosing dateLine={p.doc.dateLine} left={p.doc.preparer} right={p.doc.head} />
    </article>
  );
}
