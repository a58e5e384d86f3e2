import { useT } from '../i18n';

/** The whole window when the database cannot be used: what is wrong, in Vietnamese, and what to do. */
export function DatabaseRefused({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1>DTI Desk</h1>
        </div>
      </header>
      <main className="shell-main">
        <section className="card db-refused" role="alert" data-testid="db-refused">
          <h2>{t('app.refused.title')}</h2>
          <p>{message}</p>
          <p>{t('app.refused.kept')}</p>
          <ol>
            <li>{t('app.refused.step1')}</li>
            <li>{t('app.refused.step2')}</li>
          </ol>
        </section>
      </main>
    </div>
  );
}
