import type { Group } from '@shared/framework/types';
import { STATUSES, STATUS_LABELS_VI } from '@shared/scoring/status';
import type { Status } from '@shared/scoring/types';
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
  return (
    <div className="filter-bar" role="search">
      <input
        type="search"
        aria-label="Tìm chỉ số"
        placeholder="Tìm theo đầu từ, không cần dấu — VD: hoa don"
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
      <select
        aria-label="Lọc theo nhóm"
        value={filter.group}
        onChange={(e) => setFilter({ group: Number(e.target.value) })}
      >
        <option value={0}>Tất cả nhóm</option>
        {groups.map((g) => (
          <option key={g.code} value={g.code}>
            {g.code}. {g.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Lọc theo trạng thái"
        value={filter.status}
        onChange={(e) => setFilter({ status: e.target.value as Status | 'all' })}
      >
        <option value="all">Mọi trạng thái</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS_VI[s]}
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.onlyUnfilled}
          onChange={(e) => setFilter({ onlyUnfilled: e.target.checked })}
        />
        Chỉ chỉ số chưa nhập
      </label>
      <button type="button" onClick={onNextUnfilled} title="Alt+N">
        Chỉ số chưa nhập tiếp theo (Alt+N)
      </button>
      <span className="count" data-testid="filter-count" title="Số chỉ số đang hiện theo bộ lọc / tổng số chỉ số">
        Đang hiện {shown}/{total} chỉ số
      </span>
    </div>
  );
}
