/**
 * Sensitivity: for each company, which criteria's weight moving ±10 points (the rest rebalanced in
 * proportion) would change its tier. Companies whose tier holds either way are calm rows.
 */
import type { Criterion, Tier } from '../../../../shared/domain/icp';
import { Badge } from '../../ui/Badge';
import { count } from '../../ui/format';
import { TIER_SHORT, TIER_TONE } from './labels';
import type { ScoredRow } from './ScoreTable';

function Move({ sign, from, to }: { sign: '+' | '−'; from: Tier; to: Tier | null }) {
  if (to === null || to === from) return null;
  return (
    <span className={`icp-move is-${sign === '+' ? 'up' : 'down'}`}>
      {sign}10 → {TIER_SHORT[to]}
    </span>
  );
}

export function SensitivityView({
  criteria,
  rows,
  problem,
}: {
  criteria: Criterion[];
  rows: ScoredRow[];
  problem: string | null;
}) {
  // A disqualifier overrides any weighting, so only tiers that come from the score can move.
  const tiered = rows.filter((r) => r.tier !== null && r.tier !== undefined && r.computed.disqualifiedBy.length === 0);
  const sensitive = tiered.filter((r) =>
    r.moves.some((m) => (m.up !== null && m.up !== r.tier) || (m.down !== null && m.down !== r.tier)),
  );
  return (
    <section className="icp-block" aria-labelledby="icp-sensitivity-title">
      <header className="icp-block-head">
        <h2 id="icp-sensitivity-title">Sensitivity</h2>
      </header>
      <p className="muted">
        Which tiers change if one criterion’s weight moves 10 points up or down, the others rebalanced in proportion.
      </p>
      {problem ? (
        <p className="muted">Sensitivity needs weights that total 100%.</p>
      ) : tiered.length === 0 ? (
        <p className="muted">Score every criterion for a company to see how firm its tier is.</p>
      ) : (
        <>
          <p className="icp-sensitivity-summary">
            {sensitive.length === 0
              ? `Every tier holds: no ±10-point weight move changes any of the ${count(tiered.length, 'scored company', 'scored companies')}.`
              : `${sensitive.length} of ${count(tiered.length, 'scored company', 'scored companies')} would change tier with a ±10-point weight move.`}
          </p>
          <div
            className="table-scroll icp-table-scroll"
            tabIndex={0}
            role="region"
            aria-label="Sensitivity (scrolls sideways)"
          >
            <table className="entity-table icp-sensitivity">
              <caption className="visually-hidden">Tier changes when a criterion’s weight moves ±10 points</caption>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Tier now</th>
                  {criteria.map((c) => (
                    <th key={c.id} scope="col">
                      {c.name} <span className="icp-head-weight">{c.weight}%</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tiered.map((r) => (
                  <tr key={r.companyId}>
                    <th scope="row">{r.companyName}</th>
                    <td>
                      <Badge tone={TIER_TONE[r.tier!]}>{TIER_SHORT[r.tier!]}</Badge>
                    </td>
                    {criteria.map((c) => {
                      const m = r.moves.find((x) => x.criterionId === c.id);
                      const changes =
                        m && ((m.up !== null && m.up !== r.tier) || (m.down !== null && m.down !== r.tier));
                      return (
                        <td key={c.id}>
                          {changes && m ? (
                            <span className="icp-moves">
                              <Move sign="−" from={r.tier!} to={m.down} />
                              <Move sign="+" from={r.tier!} to={m.up} />
                            </span>
                          ) : (
                            <span className="muted">
                              <span aria-hidden="true">·</span>
                              <span className="visually-hidden">No change</span>
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
