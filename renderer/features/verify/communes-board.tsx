import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import type { Period } from '@shared/entry/types';
import { formatPoints } from '@shared/scoring/format';
import { BOARD_STATES, type BoardState } from '@shared/verify';
import { usePeriodText } from '../../components/period-text';
import { db } from '../../db/db';
import { useT, type MessageKey } from '../../i18n';
import { MinutesView } from '../minutes';
import {
  boardRows,
  filterRows,
  sortRows,
  type BoardFilter,
  type BoardRow,
  type BoardSort,
  type BoardSortKey,
} from './board-rows';
import { loadCommuneLines } from '../../db/queries/commune-lines';
import './board.css';
import { viDateTime } from '../../components/date-time';
import { Field } from '../../components/field';

const COLUMNS: [BoardSortKey, MessageKey][] = [
  ['name', 'board.col.name'],
  ['code', 'board.col.code'],
  ['revision', 'board.col.revision'],
  ['selfCompleted', 'board.col.completed'],
  ['selfPoints', 'board.col.selfPoints'],
  ['verifiedPoints', 'board.col.verifiedPoints'],
  ['state', 'board.col.state'],
  ['lastActivity', 'board.col.lastActivity'],
];

/** Props of the board: `onOpen` opens one commune's verification (wired by the verify-commune page). */
export interface CommunesBoardProps {
  districtCode: string;
  period: Period;
  onOpen?: (assessmentId: string) => void;
}

const ratio = (n: number | null, total: number | null) => (n === null || total === null ? '—' : `${n}/${total}`);

/**
 * The verification board: every commune of the district with its file, figures twice, state and last activity.
 * Memoised: its props are stable, so the import panel's progress ticks (one per file) do not re-render 100+ rows.
 */
export const CommunesBoard = memo(CommunesBoardView);

function CommunesBoardView({ districtCode, period, onOpen }: CommunesBoardProps) {
  const lines = useLiveQuery(
    () => loadCommuneLines(db, districtCode, period),
    [districtCode, period.year, period.kind],
  );
  const [sort, setSort] = useState<BoardSort>({ key: 'name', dir: 'asc' });
  const [filter, setFilter] = useState<BoardFilter>({ state: 'all', query: '' });
  const [minutesOf, setMinutesOf] = useState<string | null>(null);
  const t = useT();
  const periodText = usePeriodText();
  const rows = useMemo(
    () => (lines ? sortRows(filterRows(boardRows(lines), filter), sort) : []),
    [lines, filter, sort],
  );
  const received = lines?.filter((l) => l.assessment).length ?? 0;
  const toggle = (key: BoardSortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));

  return (
    <section className="card" aria-labelledby="communes-title">
      <h2 id="communes-title">{t('board.title', { period: periodText(period) })}</h2>
      {!lines && <p className="loading">{t('verify.loading')}</p>}
      {lines && lines.length === 0 && <p className="muted">{t('board.none')}</p>}
      {lines && lines.length > 0 && (
        <>
          <p className="muted" data-testid="communes-received">
            {t('board.received', { received, total: lines.length })}
          </p>
          <div className="board-filters">
            <Field label={t('board.search')}>
              <input
                type="search"
                name="board-query"
                value={filter.query}
                placeholder={t('board.searchHint')}
                onChange={(e) => setFilter({ ...filter, query: e.target.value })}
              />
            </Field>
            <Field label={t('board.col.state')}>
              <select
                name="board-state"
                value={filter.state}
                onChange={(e) => setFilter({ ...filter, state: e.target.value as BoardState | 'all' })}
              >
                <option value="all">{t('board.all')}</option>
                {BOARD_STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`board.state.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <table className="assessment-table" data-testid="communes-table">
            <thead>
              <tr>
                {COLUMNS.map(([key, label]) => (
                  <th
                    key={key}
                    aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => toggle(key)}>
                      {t(label)}
                      {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  </th>
                ))}
                <th>{t('board.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <BoardLine key={r.unitCode} row={r} onOpen={onOpen} onMinutes={setMinutesOf} />
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('board.noMatch')}</p>}
        </>
      )}
      {minutesOf && <MinutesView assessmentId={minutesOf} onClose={() => setMinutesOf(null)} />}
    </section>
  );
}

function BoardLine({
  row: r,
  onOpen,
  onMinutes,
}: {
  row: BoardRow;
  onOpen?: (id: string) => void;
  onMinutes: (id: string) => void;
}) {
  const id = r.assessmentId;
  const t = useT();
  return (
    <tr data-testid={`commune-${r.unitCode}`} data-state={r.state}>
      <td data-testid="name" lang="vi">
        {r.unitName}
      </td>
      <td>{r.unitCode}</td>
      <td data-testid="revision">{r.revision === null ? t('board.notReceived') : `r${r.revision}`}</td>
      <td>
        <span data-testid="completed">{ratio(r.selfCompleted, r.total)}</span> /{' '}
        <span data-testid="verified-completed">{ratio(r.verifiedCompleted, r.total)}</span>
        <span className="muted" data-testid="entered" hidden>
          {ratio(r.entered, r.total)}
        </span>
      </td>
      <td data-testid="points">{r.selfPoints === null ? '—' : formatPoints(r.selfPoints)}</td>
      <td data-testid="verified-points">{r.verifiedPoints === null ? '—' : formatPoints(r.verifiedPoints)}</td>
      <td data-testid="state" className={`board-state state-${r.state}`}>
        {t(`board.state.${r.state}`)}
      </td>
      <td data-testid="imported-at">{r.lastActivity === null ? '—' : viDateTime(r.lastActivity)}</td>
      <td className="cell-actions">
        {id && onOpen && (
          <button type="button" onClick={() => onOpen(id)}>
            {t('board.open')}
          </button>
        )}
        {id && r.hasVerdicts && (
          <button type="button" onClick={() => onMinutes(id)}>
            {t('board.minutes')}
          </button>
        )}
      </td>
    </tr>
  );
}
