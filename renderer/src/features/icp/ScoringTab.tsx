/**
 * The scoring matrix: criteria and their weights (edited as a draft that previews the tiers live), the
 * companies table with weighted scores and tiers, and which ±10-point weight moves would change a tier.
 */
import { useMemo, useState } from 'react';
import type { Criterion } from '../../../../shared/domain/icp';
import { scoreCompany, sensitivity, weightProblem } from '../../../../shared/domain/icp';
import type { MatrixRow } from '../../../../shared/domain/icpProfile';
import { useQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { CriteriaEditor, type Weights } from './CriteriaEditor';
import { DisqualifyDrawer } from './DisqualifyDrawer';
import { ScoreDrawer } from './ScoreDrawer';
import { ScoreTable, type ScoredRow } from './ScoreTable';
import { SensitivityView } from './SensitivityView';

function weightsOf(criteria: readonly Criterion[]): Weights {
  return Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
}

function scoreRows(rows: readonly MatrixRow[], criteria: readonly { id: number; weight: number }[]): ScoredRow[] {
  return rows.map((row) => {
    const scores = Object.entries(row.scores).map(([id, score]) => ({ criterionId: Number(id), score }));
    const result = scoreCompany(criteria, scores, row.result.disqualifiedBy);
    return { ...row, score: result.score, tier: result.tier, computed: result, moves: sensitivity(criteria, scores) };
  });
}

export function ScoringTab() {
  const matrix = useQuery('icp.matrix', {});
  const statements = useQuery('icp.statements.list', {}, { errors: 'toast' });
  const [draft, setDraft] = useState<{ base: string; weights: Weights } | null>(null);
  const [cell, setCell] = useState<{ companyId: number; criterionId: number } | null>(null);
  const [dqCompany, setDqCompany] = useState<number | null>(null);
  const m = matrix.data;
  const saved = useMemo(() => (m ? weightsOf(m.criteria) : {}), [m]);
  const base = JSON.stringify(saved);
  // A draft made against other saved weights (someone saved, or undo) is dropped.
  const weights = draft && draft.base === base ? draft.weights : saved;
  const dirty = JSON.stringify(weights) !== base;
  const criteria = useMemo(
    () => (m ? m.criteria.map((c) => ({ ...c, weight: weights[c.id] ?? c.weight })) : []),
    [m, weights],
  );
  const rows = useMemo(() => (m ? scoreRows(m.rows, criteria) : []), [m, criteria]);
  const problem = m ? weightProblem(criteria) : null;
  const disqualifying = (statements.data ?? []).filter((s) => s.section === 'disqualifying');

  if (!m) {
    return matrix.error ? (
      <div className="icp-scoring">
        <ErrorNotice
          title="The scoring matrix could not be loaded"
          message={matrix.error.message}
          onRetry={() => void matrix.refetch()}
        />
      </div>
    ) : (
      <div className="icp-scoring" aria-busy="true" />
    );
  }

  return (
    <div className="icp-scoring">
      <CriteriaEditor
        criteria={criteria}
        saved={saved}
        problem={problem}
        dirty={dirty}
        scoredCounts={Object.fromEntries(m.criteria.map((c) => [c.id, m.rows.filter((r) => r.cells[c.id]).length]))}
        onWeight={(id, weight) => setDraft({ base, weights: { ...weights, [id]: weight } })}
        onReset={() => setDraft(null)}
      />
      <section className="icp-block" aria-labelledby="icp-companies-title">
        <header className="icp-block-head">
          <h2 id="icp-companies-title">Companies</h2>
        </header>
        {m.rows.length ? (
          <p className="muted">
            Choose a cell to score it 1–5 against that criterion’s definitions, with a note and the quotes behind it.
            Tiers: 4.0–5.0 Tier 1, 3.0–3.9 Tier 2, 2.0–2.9 Tier 3, below 2.0 Disqualified.
          </p>
        ) : null}
        {m.rows.length === 0 ? (
          <EmptyState
            title="No companies yet"
            icon={<Icon name="companies" size={32} />}
            action={{ label: 'Go to Companies', onClick: () => (window.location.hash = '#/companies') }}
          >
            <p>
              Scoring rates each company you interviewed against the criteria above. Add the companies your participants
              work for on the Companies screen; they appear here ready to score.
            </p>
          </EmptyState>
        ) : (
          <ScoreTable
            criteria={criteria}
            rows={rows}
            problem={problem}
            onOpenCell={(companyId, criterionId) => setCell({ companyId, criterionId })}
            onOpenDisqualifiers={setDqCompany}
          />
        )}
      </section>
      {m.rows.length ? <SensitivityView criteria={criteria} rows={rows} problem={problem} /> : null}
      {cell ? (
        <ScoreDrawer
          companyId={cell.companyId}
          criterion={criteria.find((c) => c.id === cell.criterionId) ?? null}
          onClose={() => setCell(null)}
        />
      ) : null}
      {dqCompany !== null ? (
        <DisqualifyDrawer
          row={m.rows.find((r) => r.companyId === dqCompany) ?? null}
          statements={disqualifying}
          onClose={() => setDqCompany(null)}
        />
      ) : null}
    </div>
  );
}
