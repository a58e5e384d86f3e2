import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import type { Route } from '../store/slices/ui';
import { confirmLeave } from '../components/leave-guard';
import { db } from '../db/db';
import { getMeta, type MachineRole } from '../db/repositories/meta';

const NAV_KEYS = {
  assess: 'nav.assess',
  verify: 'nav.verify',
  summary: 'nav.summary',
  settings: 'nav.settings',
} as const satisfies Record<Route, string>;

/** This machine's role kind, read (live) once the database is open; undefined before that or before setup. */
export function useMachineRole(open: boolean): MachineRole['kind'] | undefined {
  return useLiveQuery(() => (open ? getMeta(db, 'role') : undefined), [open])?.kind;
}

/** The main navigation: only the places this machine uses (a commune's: Đánh giá and Cài đặt). */
export function ShellNav({ routes, route }: { routes: readonly Route[]; route: Route }) {
  const t = useT();
  const navigate = useAppStore((s) => s.navigate);
  return (
    <nav className="shell-nav" aria-label={t('nav.label')}>
      {routes.map((r) => (
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
  );
}
