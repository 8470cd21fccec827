/** Companies × criteria: each cell opens its score; weighted score and tier, sortable by score and by tier. */
import { useState } from 'react';
import type { Criterion, ScoreResult, sensitivity } from '../../../../shared/domain/icp';
import type { MatrixRow } from '../../../../shared/domain/icpProfile';
import { Badge } from '../../ui/Badge';
import { count } from '../../ui/format';
import { formatScore, scoreMeaning, TIER_SHORT, TIER_TONE } from './labels';
import { sortRows, type SortDir, type SortKey } from './sort';

export interface ScoredRow extends MatrixRow {
  score: number | null;
  tier: ScoreResult['tier'];
  computed: ScoreResult;
  moves: ReturnType<typeof sensitivity>;
}

interface Props {
  criteria: Criterion[];
  rows: ScoredRow[];
  problem: string | null;
  onOpenCell(companyId: number, criterionId: number): void;
  onOpenDisqualifiers(companyId: number): void;
}

function SortHeader({
  label,
  k,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  k: SortKey;
  sort: { key: SortKey; dir: SortDir };
  onSort(k: SortKey): void;
  numeric?: boolean;
}) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? sort.dir : 'none'} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="icp-sort" onClick={() => onSort(k)}>
        {label}
        <span aria-hidden="true" className="icp-sort-mark">
          {active ? (sort.dir === 'descending' ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function ScoreCellButton({ row, criterion, onOpen }: { row: MatrixRow; criterion: Criterion; onOpen(): void }) {
  const cell = row.cells[criterion.id];
  const extras = cell
    ? [cell.note ? 'a note' : '', cell.citationCount ? count(cell.citationCount, 'quote') : ''].filter(Boolean)
    : [];
  // The name is built from the content (hidden words around the visible score) so it always contains what is seen.
  return (
    <button type="button" className={`icp-cell${cell ? ` is-scored score-${cell.score}` : ''}`} onClick={onOpen}>
      <span className="icp-cell-score">
        <span className="visually-hidden">{`${row.companyName}, ${criterion.name}: `}</span>
        {cell ? cell.score : <span aria-hidden="true">–</span>}
        <span className="visually-hidden">
          {cell
            ? ` (${scoreMeaning(cell.score)}${extras.length ? `, with ${extras.join(' and ')}` : ''})`
            : 'not scored'}
        </span>
      </span>
      {cell && (cell.note || cell.citationCount) ? (
        <span className="icp-cell-extras" aria-hidden="true">
          {cell.citationCount ? `❝${cell.citationCount}` : ''}
          {cell.note ? ' ✎' : ''}
        </span>
      ) : null}
    </button>
  );
}

function ScoreText({ row, total, problem }: { row: ScoredRow; total: number; problem: string | null }) {
  if (row.score !== null) return <>{formatScore(row.score)}</>;
  if (problem) return <span className="muted">Not computable</span>;
  if (row.computed.missing.length) return <span className="muted">{`${row.computed.scored} of ${total} scored`}</span>;
  return <span className="muted">–</span>;
}

export function ScoreTable({ criteria, rows, problem, onOpenCell, onOpenDisqualifiers }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'name', dir: 'ascending' });
  const onSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' }
        : { key, dir: key === 'name' ? 'ascending' : 'descending' },
    );
  const sorted = sortRows(rows, sort.key, sort.dir);
  return (
    <div
      className="table-scroll icp-table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Company scores (scrolls sideways)"
    >
      <table className="entity-table icp-scores">
        <caption className="visually-hidden">
          Companies scored against each criterion, with weighted score and tier
        </caption>
        <thead>
          <tr>
            <SortHeader label="Company" k="name" sort={sort} onSort={onSort} />
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="icp-criterion-head">
                {c.name}
                <span className="icp-head-weight">{c.weight}%</span>
              </th>
            ))}
            <SortHeader label="Score" k="score" sort={sort} onSort={onSort} numeric />
            <SortHeader label="Tier" k="tier" sort={sort} onSort={onSort} />
            <th scope="col">Disqualifiers</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.companyId}>
              <th scope="row">
                <span className="icp-company">{row.companyName}</span>
                {row.industry ? <span className="muted icp-industry">{row.industry}</span> : null}
              </th>
              {criteria.map((c) => (
                <td key={c.id} className="icp-cell-td">
                  <ScoreCellButton row={row} criterion={c} onOpen={() => onOpenCell(row.companyId, c.id)} />
                </td>
              ))}
              <td className="numeric icp-weighted">
                <ScoreText row={row} total={criteria.length} problem={problem} />
              </td>
              <td>
                {row.tier ? (
                  <Badge tone={TIER_TONE[row.tier]}>{TIER_SHORT[row.tier]}</Badge>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className={`btn btn-quiet icp-dq-button${row.disqualifierIds.length ? ' is-ticked' : ''}`}
                  title={row.computed.disqualifiedBy.join('; ') || undefined}
                  onClick={() => onOpenDisqualifiers(row.companyId)}
                >
                  <span className="visually-hidden">{`Disqualifiers for ${row.companyName}: `}</span>
                  {row.disqualifierIds.length ? row.computed.disqualifiedBy.join('; ') : 'None'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
