import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DocKind, DocSettings } from '@shared/documents/settings';
import { documentNumber } from '@shared/documents/words';
import { db } from '../../db/db';
import { getDocSettings, setDocSettings } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { ResultMessage } from '../../components/result-message';

/**
 * Cài đặt → Văn bản: what every printed and exported document carries — the document numbers, the place of the
 * date line, the preparer and the signer. Asked once, kept in the meta table; an empty field leaves the blank to
 * be written by hand ("Số:        /BC-UBND"), as before.
 */
export function DocumentsPanel() {
  const loaded = useLiveQuery(async () => ({
    settings: await getDocSettings(db),
    verifier: (await getMeta(db, 'role'))?.kind !== 'commune',
  }));
  return loaded === undefined ? null : <DocumentsForm initial={loaded.settings} verifier={loaded.verifier} />;
}

const NUMBERS: { kind: DocKind; label: string; type: string; verifier: boolean }[] = [
  { kind: 'report', label: 'Số báo cáo tự đánh giá (Biểu mẫu 01)', type: 'BC', verifier: false },
  { kind: 'remarks', label: 'Số công văn đề nghị bổ sung, giải trình', type: '', verifier: true },
  { kind: 'minutes', label: 'Số biên bản thẩm tra', type: 'BB', verifier: true },
  { kind: 'consolidated', label: 'Số báo cáo tổng hợp', type: 'BC', verifier: true },
];

type TextField = 'place' | 'preparer' | 'signerAuthority' | 'signerTitle' | 'signerName';
const PEOPLE: { field: TextField; label: string; placeholder: string }[] = [
  { field: 'place', label: 'Địa danh ở dòng ngày tháng', placeholder: 'Gia Phong' },
  { field: 'preparer', label: 'Người lập biểu (họ và tên)', placeholder: 'Trần Thị Bình' },
  { field: 'signerAuthority', label: 'Thẩm quyền ký', placeholder: 'TM. ỦY BAN NHÂN DÂN' },
  { field: 'signerTitle', label: 'Chức vụ người ký', placeholder: 'CHỦ TỊCH' },
  { field: 'signerName', label: 'Người ký (họ và tên)', placeholder: 'Nguyễn Văn An' },
];

function DocumentsForm({ initial, verifier }: { initial: DocSettings; verifier: boolean }) {
  const [s, setS] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const edit = (next: DocSettings) => {
    setS(next);
    setMessage(null);
  };
  const save = async () => {
    try {
      await setDocSettings(db, s);
      setMessage({ ok: true, text: 'Đã lưu. Văn bản in và tệp Excel xuất từ nay mang các thông tin này.' });
    } catch (e) {
      setMessage({ ok: false, text: `Không lưu được: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  return (
    <section className="settings card" aria-labelledby="documents-title" data-testid="documents-settings">
      <h2 id="documents-title">Văn bản</h2>
      <p className="muted">
        Số văn bản, địa danh và người ký in trên Biểu mẫu 01{verifier ? ', công văn, biên bản và báo cáo tổng hợp' : ''}
        . Để trống thì văn bản chừa chỗ viết tay.
      </p>
      <form
        className="documents-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {NUMBERS.filter((n) => verifier || !n.verifier).map((n) => (
          <label className="field" key={n.kind}>
            <span className="field-label">
              {n.label} — {documentNumber(s.numbers[n.kind] || '…', n.type)}
            </span>
            <input
              name={`doc-number-${n.kind}`}
              value={s.numbers[n.kind]}
              inputMode="numeric"
              placeholder="15"
              onChange={(e) => edit({ ...s, numbers: { ...s.numbers, [n.kind]: e.target.value } })}
            />
          </label>
        ))}
        {PEOPLE.map((p) => (
          <label className="field" key={p.field}>
            <span className="field-label">{p.label}</span>
            <input
              name={`doc-${p.field}`}
              value={s[p.field]}
              placeholder={p.placeholder}
              onChange={(e) => edit({ ...s, [p.field]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit">Lưu thông tin văn bản</button>
      </form>
      <ResultMessage message={message} testId="documents-message" />
    </section>
  );
}
