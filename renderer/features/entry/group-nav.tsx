import type { UnitAggregate } from '@shared/scoring/aggregate';

/** The sticky group navigator: each group's entry progress and completion ratio; a click scrolls to it. */
export function GroupNav({ agg }: { agg: UnitAggregate }) {
  return (
    <nav className="group-nav" aria-label="Các nhóm chỉ số">
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
              <span className="g-name">
                {g.group.code}. {g.group.name}
              </span>
              <span className="g-figures">
                <span title={`Đã nhập ${g.entered}/${g.total} chỉ số của nhóm`}>
                  nhập {g.entered}/{g.total}
                </span>
                <span
                  title={`Hoàn thành và cơ bản hoàn thành: ${g.completed}/${g.total} chỉ số của nhóm`}
                  data-testid={`nav-ratio-${g.group.code}`}
                >
                  HT {g.completed}/{g.total}
                </span>
              </span>
              <progress max={g.total} value={g.entered} aria-label={`Tiến độ nhập nhóm ${g.group.code}`} />
            </a>
          </li>
        ))}
      </ol>
      <p className="nav-legend" data-testid="nav-legend">
        nhập = chỉ số đã nhập · HT = hoàn thành và cơ bản hoàn thành
      </p>
    </nav>
  );
}
