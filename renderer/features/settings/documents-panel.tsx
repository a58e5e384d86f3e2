import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DocKind, DocSettings } from '@shared/documents/settings';
import { documentNumber } from '@shared/documents/words';
import { db } from '../../db/db';
import { getDocSettings, setDocSettings } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { ResultMessage } from '../../components/result-message';
import { useT, type MessageKey } from '../../i18n';

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

const NUMBERS: { kind: DocKind; type: string; verifier: boolean }[] = [
  { kind: 'report', type: 'BC', verifier: false },
  { kind: 'remarks', type: '', verifier: true },
  { kind: 'minutes', type: 'BB', verifier: true },
  { kind: 'consolidated', type: 'BC', verifier: true },
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

function DocumentsForm({ initial, verifier }: { initial: DocSettings; verifier: boolean }) {
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
        {NUMBERS.filter((n) => verifier || !n.verifier).map((n) => (
          <label className="field" key={n.kind}>
            <span className="field-label">
              {t(`settings.docs.${n.kind}` as MessageKey)} —{' '}
              <span lang="vi">{documentNumber(s.numbers[n.kind] || '…', n.type)}</span>
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
            <span className="field-label">{t(`settings.docs.${p.field}` as MessageKey)}</span>
            <input
              name={`doc-${p.field}`}
              lang="vi"
              value={s[p.field]}
              placeholder={p.placeholder}
              onChange={(e) => edit({ ...s, [p.field]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit">{t('settings.docs.save')}</button>
      </form>
      <ResultMessage message={message} testId="documents-message" />
    </section>
  );
}
