import type { Group } from '@shared/framework/types';
import { STATUSES, STATUS_LABELS_EN, STATUS_LABELS_VI } from '@shared/scoring/status';
import type { Status } from '@shared/scoring/types';
import { Check } from '../../components/check';
import { useT } from '../../i18n';
import { useAppStore } from '../../store';

/** Text search (diacritics ignored), group, status and "only unfilled" filters for the form. */
export function FilterBar({
  groups,
  shown,
  total,
  onNextUnfilled,
}: {
  groups: readonly Group[];
  shown: number;
  total: number;
  onNextUnfilled: () => void;
}) {
  const filter = useAppStore((s) => s.filter);
  const setFilter = useAppStore((s) => s.setFilter);
  const labels = useAppStore((s) => s.language) === 'en' ? STATUS_LABELS_EN : STATUS_LABELS_VI;
  const t = useT();
  return (
    <div className="filter-bar" role="search">
      <input
        type="search"
        aria-label={t('entry.filter.search')}
        placeholder={t('entry.filter.placeholder')}
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
      <select
        aria-label={t('entry.filter.group')}
        value={filter.group}
        onChange={(e) => setFilter({ group: Number(e.target.value) })}
      >
        <option value={0}>{t('entry.filter.allGroups')}</option>
        {groups.map((g) => (
          <option key={g.code} value={g.code} lang="vi">
            {g.code}. {g.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('entry.filter.status')}
        value={filter.status}
        onChange={(e) => setFilter({ status: e.target.value as Status | 'all' })}
      >
        <option value="all">{t('entry.filter.allStatuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {labels[s]}
          </option>
        ))}
      </select>
      <Check
        type="checkbox"
        checked={filter.onlyUnfilled}
        onChange={(e) => setFilter({ onlyUnfilled: e.target.checked })}
      >
        {t('entry.filter.onlyUnfilled')}
      </Check>
      <button type="button" onClick={onNextUnfilled} title="Alt+N">
        {t('entry.filter.next')}
      </button>
      <span className="count" data-testid="filter-count" title={t('entry.filter.countTitle')}>
        {t('entry.filter.count', { shown, total })}
      </span>
    </div>
  );
}
