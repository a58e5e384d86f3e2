import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DocKind, DocSettings } from '@shared/documents/settings';
import { DEPARTMENT_ABBR } from '@shared/documents/department';
import { documentNumber } from '@shared/documents/words';
import { db } from '../../db/db';
import { getDocSettings, setDocSettings } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { ResultMessage } from '../../components/result-message';
import { useT, type MessageKey } from '../../i18n';
import { Field } from '../../components/field';

/**
 * Cài đặt → Văn bản: what every printed and exported document carries — the document numbers, the place of the
 * date line, the preparer and the signer. Asked once, kept in the meta table; an empty field leaves the blank to
 * be written by hand ("Số:        /BC-UBND"), as before.
 */
export function DocumentsPanel() {
  const loaded = useLiveQuery(async () => ({
    settings: await getDocSettings(db),
    role: (await getMeta(db, 'role'))?.kind,
  }));
  if (loaded === undefined) return null;
  return (
    <DocumentsForm
      initial={loaded.settings}
      verifier={loaded.role !== 'commune'}
      province={loaded.role === 'province'}
    />
  );
}

/**
 * Each number with its type and issuer as the documents print it: the minutes are the Tổ thẩm tra's, and from
 * 1/7/2025 the remarks letter and the consolidated report are the Sở Khoa học và Công nghệ's (SKHCN).
 */
const NUMBERS: { kind: DocKind; type: string; verifier: boolean; issuer: (province: boolean) => string }[] = [
  { kind: 'report', type: 'BC', verifier: false, issuer: () => 'UBND' },
  { kind: 'remarks', type: '', verifier: true, issuer: (p) => (p ? DEPARTMENT_ABBR : 'UBND') },
  { kind: 'minutes', type: 'BB', verifier: true, issuer: () => 'TTTr' },
  { kind: 'consolidated', type: 'BC', verifier: true, issuer: (p) => (p ? DEPARTMENT_ABBR : 'UBND') },
];

type TextField = 'place' | 'preparer' | 'signerAuthority' | 'signerTitle' | 'signerName';
/** Examples are Vietnamese as the documents are (the fields are lang="vi"). */
const PEOPLE: { field: TextField; placeholder: string }[] = [
  { field: 'place', placeholder: 'Gia Phong' },
  { field: 'preparer', placeholder: 'Trần Thị Bình' },
  { field: 'signerAuthority', placeholder: 'TM. ỦY BAN NHÂN DÂN' },
  { field: 'signerTitle', placeholder: 'CHỦ TỊCH' },
  { field: 'signerName', placeholder: 'Nguyễn Văn An' },
];

function DocumentsForm({
  initial,
  verifier,
  province,
}: {
  initial: DocSettings;
  verifier: boolean;
  province: boolean;
}) {
  const t = useT();
  const [s, setS] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const edit = (next: DocSettings) => {
    setS(next);
    setMessage(null);
  };
  const save = async () => {
    try {
      await setDocSettings(db, s);
      setMessage({ ok: true, text: t('settings.docs.saved') });
    } catch (e) {
      setMessage({
        ok: false,
        text: t('settings.docs.notSaved', { error: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <section className="settings card" aria-labelledby="documents-title" data-testid="documents-settings">
      <h2 id="documents-title">{t('settings.docs.title')}</h2>
      <p className="muted">{t(verifier ? 'settings.docs.introVerifier' : 'settings.docs.intro')}</p>
      <form
        className="documents-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {/* A commune numbers only its own report; a province has none (it verifies, it does not self-assess). */}
        {NUMBERS.filter((n) => (verifier || !n.verifier) && !(province && n.kind === 'report')).map((n) => (
          <Field
            key={n.kind}
            label={
              <>
                {t(`settings.docs.${n.kind}` as MessageKey)} —{' '}
                <span lang="vi">{documentNumber(s.numbers[n.kind] || '…', n.type, n.issuer(province))}</span>
              </>
            }
          >
            <input
              name={`doc-number-${n.kind}`}
              value={s.numbers[n.kind]}
              inputMode="numeric"
              placeholder="15"
              onChange={(e) => edit({ ...s, numbers: { ...s.numbers, [n.kind]: e.target.value } })}
            />
          </Field>
        ))}
        {PEOPLE.map((p) => (
          <Field key={p.field} label={t(`settings.docs.${p.field}` as MessageKey)}>
            <input
              name={`doc-${p.field}`}
              lang="vi"
              value={s[p.field]}
              placeholder={p.placeholder}
              onChange={(e) => edit({ ...s, [p.field]: e.target.value })}
            />
          </Field>
        ))}
        <button type="submit">{t('settings.docs.save')}</button>
      </form>
      <ResultMessage message={message} testId="documents-message" />
    </section>
  );
}
