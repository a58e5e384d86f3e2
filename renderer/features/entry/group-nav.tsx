import type { UnitAggregate } from '@shared/scoring/aggregate';
import { useT } from '../../i18n';

/** The sticky group navigator: each group's entry progress and completion ratio; a click scrolls to it. */
export function GroupNav({ agg }: { agg: UnitAggregate }) {
  const t = useT();
  return (
    <nav className="group-nav" aria-label={t('entry.nav.label')}>
      <ol>
        {agg.groups.map((g) => (
          <li key={g.group.code} data-testid={`nav-group-${g.group.code}`}>
            <a
              href={`#group-${g.group.code}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(`group-${g.group.code}`)?.scrollIntoView({ block: 'start' });
              }}
            >
              <span className="g-name" lang="vi">
                {g.group.code}. {g.group.name}
              </span>
              <span className="g-figures">
                <span title={t('entry.nav.enteredTitle', { entered: g.entered, total: g.total })}>
                  {t('entry.nav.entered', { entered: g.entered, total: g.total })}
                </span>
                <span
                  title={t('entry.nav.doneTitle', { completed: g.completed, total: g.total })}
                  data-testid={`nav-ratio-${g.group.code}`}
                >
                  {t('entry.nav.done', { completed: g.completed, total: g.total })}
                </span>
              </span>
              <progress max={g.total} value={g.entered} aria-label={t('entry.nav.progress', { code: g.group.code })} />
            </a>
          </li>
        ))}
      </ol>
      <p className="nav-legend" data-testid="nav-legend">
        {t('entry.nav.legend')}
      </p>
    </nav>
  );
}
