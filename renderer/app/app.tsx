import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { say } from '../i18n/say';
import { useAppStore } from '../store';
import { AssessmentsPage } from '../features/assessments';
import { EntryPage } from '../features/entry';
import { storageText } from '../exchange/storage-text';
import { autoBackup } from '../exchange/backup';
import { boot, type BootReport } from './boot';
import { DatabaseRefused } from './database-refused';
import { ShellNav, useMachineRole } from './shell-nav';
import { routesFor } from '../store/slices/ui';
import { Subtitle } from './subtitle';
import { openDatabase, type DatabaseGate } from './open-database';

/** The day's first backup waits until start-up is over, so it never slows the first screen. */
const DAILY_BACKUP_DELAY_MS = 3000;

// Đánh giá is in the first download; the other places are fetched when first opened (initial-JS budget, issue 16).
const VerifyPage = lazy(() => import('../features/verify').then((m) => ({ default: m.VerifyPage })));
const SummaryPage = lazy(() => import('../features/summary').then((m) => ({ default: m.SummaryPage })));
const SettingsPage = lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsPage })));

/** The app shell: header with the language toggle, the main navigation, and the current place. */
export function App() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const chosen = useAppStore((s) => s.route);
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
              problems: [...(b?.problems ?? []), say('app.problem.dailyBackup', { error: storageText(e) })],
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

  const open = gate.kind === 'open';
  // One read of the role serves the navigation and the subtitle.
  const role = useMachineRole(open);
  const routes = routesFor(role);
  // A place this machine does not use (the role changed under it) falls back to Đánh giá.
  const route = routes.includes(chosen) ? chosen : 'assess';
  if (gate.kind === 'refused') return <DatabaseRefused message={gate.message} />;

  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1 data-testid="app-title">{t('app.title')}</h1>
          <Subtitle role={role} />
        </div>
        <button type="button" className="lang-toggle" title={t('lang.toggleTitle')} onClick={toggleLanguage}>
          {/* The other language's name, written in that language. */}
          <span lang={language === 'vi' ? 'en' : 'vi'}>{t('lang.toggle')}</span>
        </button>
      </header>
      <ShellNav routes={routes} route={route} />
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
        {!booted && !(route === 'assess' && openAssessmentId) && <p className="loading">{t('app.starting')}</p>}
        {booted && route === 'assess' && !openAssessmentId && <AssessmentsPage />}
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          {booted && route === 'verify' && <VerifyPage />}
          {booted && route === 'summary' && <SummaryPage />}
          {open && route === 'settings' && <SettingsPage />}
        </Suspense>
      </main>
    </div>
  );
}
