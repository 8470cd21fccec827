/** Which tags turn up together: within one quote, or with the same participant. */
import { useState } from 'react';
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
import { useQuery } from '../../api/hooks';
import { count } from '../../ui/format';
import { QueryError } from '../../ui/QueryError';

export function CoOccurrence({ filters, names }: { filters: EvidenceFilters; names: ReadonlyMap<number, string> }) {
  const [scope, setScope] = useState<'quote' | 'participant'>('participant');
  const pairs = useQuery('synthesis.cooccurrence', { filters, scope, limit: 8 });
  const unit = scope === 'quote' ? (n: number) => count(n, 'quote') : (n: number) => count(n, 'participant');
  return (
    <section className="synthesis-panel" aria-labelledby="cooc-title">
      <header className="panel-head">
        <h2 id="cooc-title" className="panel-title">
          Tags that go together
        </h2>
        <div className="segmented" role="radiogroup" aria-label="Together within">
          {(['participant', 'quote'] as const).map((s) => (
            <label key={s} className={`segmented-option${scope === s ? ' is-on' : ''}`}>
              <input
                type="radio"
                name="cooc-scope"
                className="visually-hidden"
                checked={scope === s}
                onChange={() => setScope(s)}
              />
              {s === 'quote' ? 'Same quote' : 'Same participant'}
            </label>
          ))}
        </div>
      </header>
      <QueryError what="Tags that go together" query={pairs} />
      {pairs.data && pairs.data.pairs.length === 0 ? <p className="muted">No two tags appear together yet.</p> : null}
      <ol className="pair-list">
        {(pairs.data?.pairs ?? []).map((p) => (
          <li key={`${p.a}-${p.b}`}>
            <span className="pair-names">
              {names.get(p.a) ?? 'Tag'} <span className="muted">+</span> {names.get(p.b) ?? 'Tag'}
            </span>
            <span className="pair-count">{unit(p.count)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
