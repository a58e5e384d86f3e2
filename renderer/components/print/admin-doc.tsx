import type { AdminHeader, Signature } from '@shared/documents/admin-block';
import { MOTTO, NATION } from '@shared/documents/admin-block';
import './admin-doc.css';

/**
 * The header block of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I) in HTML, from the same
 * words the workbooks get (shared/documents): supervising and issuing body with "Số: …" on the left, the national
 * motto with place and date on the right.
 */
export function AdminHead({ header }: { header: AdminHeader }) {
  const [top, bold] = header.supervising === '' ? [header.issuing, ''] : [header.supervising, header.issuing];
  return (
    <header className="admin-head" data-testid="admin-head">
      <div>
        <p className={header.supervising === '' ? 'strong' : ''}>{top}</p>
        {bold && <p className="strong">{bold}</p>}
        <hr className="rule short" />
        <p className="doc-number">{header.number}</p>
        {header.subject && <p className="doc-subject">{header.subject}</p>}
      </div>
      <div>
        <p className="strong">{NATION}</p>
        <p className="strong motto">{MOTTO}</p>
        <hr className="rule" />
        {header.dateLine && <p className="date-line">{header.dateLine}</p>}
      </div>
    </header>
  );
}

function SignBlock({ s, dateLine }: { s: Signature; dateLine?: string }) {
  return (
    <div className="sign-block">
      {dateLine !== undefined && <p className="date-line">{dateLine || '\u00a0'}</p>}
      {s.authority && <p className="strong">{s.authority}</p>}
      {s.title !== '' && <p className="strong sign-title">{s.title}</p>}
      <p className="sign-note">{s.note}</p>
      <p className="sign-name">{s.name || '\u00a0'}</p>
    </div>
  );
}

/** The closing: the date line over the head's signature, two signature columns side by side, kept on one page. */
export function AdminClosing({ dateLine, left, right }: { dateLine?: string; left: Signature; right: Signature }) {
  return (
    <footer className="admin-closing" data-testid="admin-closing">
      <SignBlock s={left} {...(dateLine !== undefined ? { dateLine: '' } : {})} />
      <SignBlock s={right} {...(dateLine !== undefined ? { dateLine } : {})} />
    </footer>
  );
}
