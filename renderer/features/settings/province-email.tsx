import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/db';
import { getMeta, setMeta } from '../../db/repositories/meta';
import { checkEmail } from '../../exchange/mailto';
import { ResultMessage } from '../../components/result-message';
import { useT } from '../../i18n';
import { Field } from '../../components/field';

/** "Thư điện tử của tỉnh": where the consolidated workbook is sent; entered once, checked before it is kept. */
export function ProvinceEmailField() {
  const stored = useLiveQuery(async () => (await getMeta(db, 'provinceEmail')) ?? '', []);
  return stored === undefined ? null : <ProvinceEmailForm initial={stored} />;
}

function ProvinceEmailForm({ initial }: { initial: string }) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    const c = checkEmail(text);
    if (!c.ok) return setMessage({ ok: false, text: c.error });
    await setMeta(db, 'provinceEmail', c.email);
    setMessage({ ok: true, text: t('settings.email.saved') });
  };

  return (
    <section className="settings card" aria-labelledby="province-email-title">
      <h2 id="province-email-title">{t('settings.email.title')}</h2>
      <form
        className="province-email"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label={t('settings.email.label')}>
          <input
            type="email"
            name="province-email"
            autoComplete="email"
            value={text}
            placeholder="sotttt@ninhbinh.gov.vn"
            aria-invalid={message?.ok === false}
            onChange={(e) => {
              setText(e.target.value);
              setMessage(null);
            }}
          />
        </Field>
        <button type="submit">{t('settings.save')}</button>
      </form>
      <ResultMessage message={message} testId="province-email-message" />
    </section>
  );
}
