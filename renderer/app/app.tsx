import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { ROUTES, type Route } from '../store/slices/ui';
import { AssessmentsPage } from '../features/assessments';
import { EntryPage } from '../features/entry';
import { storageErrorMessage } from '@shared/storage/full';
import { confirmLeave } from '../components/leave-guard';
import { autoBackup } from '../exchange/backup';
import { boot, type BootReport } from './boot';
import { DatabaseRefused } from './database-refused';
import { Subtitle } from './subtitle';
import { openDatabase, type DatabaseGate } from './open-database';

/** The day's first backup waits until start-up is over, so it never slows the first screen. */
const DAILY_BACKUP_DELAY_MS = 3000;

// Đánh giá is in the first download; the other places are fetched when first opened (initial-JS budget, issue 16).
const VerifyPage = lazy(() => import('../features/verify').then((m) => ({ default: m.VerifyPage })));
const SummaryPage = lazy(() => import('../features/summary').then((m) => ({ default: m.SummaryPage })));
const SettingsPage = lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsPage })));

const NAV_KEYS = {
  assess: 'nav.assess',
  verify: 'nav.verify',
  summary: 'nav.summary',
  settings: 'nav.settings',
} as const satisfies Record<Route, string>;

/** The app shell: header with the language toggle, the main navigation, and the current place. */
export function App() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const toggleLanguage = useAppStore((s) => s.toggleLanguage);
  const openAssessmentId = useAppStore((s) => s.openAssessmentId);
  const [gate, setGate] = useState<DatabaseGate>({ kind: 'checking' });
  const [booted, setBooted] = useState<BootReport | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    void openDatabase().then((g) => {
      setGate(g);
      if (g.kind !== 'open') return;
      void boot().then((r) => {
        setBooted({ problems: [...g.problems, ...r.problems] });
        timer = setTimeout(() => {
          autoBackup('daily').catch((e: unknown) =>
            setBooted((b) => ({
              problems: [...(b?.problems ?? []), `Không tạo được bản sao lưu hằng ngày: ${storageErrorMessage(e)}`],
            })),
          );
        }, DAILY_BACKUP_DELAY_MS);
      });
    });
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  if (gate.kind === 'refused') return <DatabaseRefused message={gate.message} />;
  const open = gate.kind === 'open';

  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1 data-testid="app-title">{t('app.title')}</h1>
          <Subtitle open={open} />
        </div>
        <button type="button" className="lang-toggle" title={t('lang.toggleTitle')} onClick={toggleLanguage}>
          {t('lang.toggle')}
        </button>
      </header>
      <nav className="shell-nav" aria-label={t('nav.label')}>
        {ROUTES.map((r) => (
          <button
            key={r}
            type="button"
            aria-current={r === route ? 'page' : undefined}
            onClick={() => confirmLeave() && navigate(r)}
          >
            {t(NAV_KEYS[r])}
          </button>
        ))}
      </nav>
      <main className="shell-main">
        {booted && booted.problems.length > 0 && (
          <div className="boot-problems" role="alert">
            {booted.problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        )}
        {/* An open form needs nothing from start-up (its framework is already held), so it does not wait for it. */}
        {open && route === 'assess' && openAssessmentId && (
          <EntryPage key={openAssessmentId} assessmentId={openAssessmentId} />
        )}
        {!booted && !(route === 'assess' && openAssessmentId) && <p className="loading">Đang khởi động…</p>}
        {booted && route === 'assess' && !openAssessmentId && <AssessmentsPage />}
        <Suspense fallback={<p className="loading">Đang tải…</p>}>
          {booted && route === 'verify' && <VerifyPage />}
          {booted && route === 'summary' && <SummaryPage />}
          {open && route === 'settings' && <SettingsPage />}
        </Suspense>
      </main>
    </div>
  );
}
