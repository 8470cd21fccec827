/**
 * The quotes behind a count: a drawer listing every quote for a tag, optionally one participant's or
 * segment's — supporting ones (what the counts count) and, on their own tab, contradicting ones.
 */
import { useState } from 'react';
import type { EvidenceFilters, Stance } from '../../../../shared/domain/synthesis';
import { useQuery } from '../../api/hooks';
import { Drawer } from '../../ui/Drawer';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { QuoteCardItem } from './QuoteCards';

export interface EvidenceRequest {
  tagId: number;
  /** What the count was, in words: "Slow exports · Enterprise". */
  title: string;
  filters: EvidenceFilters;
  /** One participant, or null for everyone. */
  participantId?: number | null;
  /** One segment, 'none' for participants in no segment, or null for every segment. */
  segmentId?: number | 'none' | null;
  /** Which quotes to open on: the supporting ones (default) or the contradicting ones. */
  stance?: Stance;
}

/** Cards per page: the first page paints at once, however many quotes a tag has. */
const PAGE = 25;

export function EvidenceDrawer({ request, onClose }: { request: EvidenceRequest; onClose(): void }) {
  const [shown, setShown] = useState(PAGE);
  const [stance, setStance] = useState<Stance>(request.stance ?? 'supports');
  const focus = {
    tagId: request.tagId,
    filters: request.filters,
    participantId: request.participantId ?? null,
    segmentId: request.segmentId ?? null,
  };
  const evidence = useQuery('synthesis.evidence', { ...focus, stance, limit: shown });
  // The other tab's size, so the researcher sees counter-evidence exists without opening it.
  const other = useQuery(
    'synthesis.evidence',
    {
      ...focus,
      stance: stance === 'supports' ? 'contradicts' : 'supports',
      limit: 1,
    },
    { errors: 'toast' },
  );
  const total = evidence.data?.total;
  const sizes = { [stance]: total, [stance === 'supports' ? 'contradicts' : 'supports']: other.data?.total } as Record<
    Stance,
    number | undefined
  >;
  const choose = (next: Stance) => {
    setStance(next);
    setShown(PAGE);
  };
  return (
    <Drawer
      title={request.title}
      description={
        total === undefined
          ? 'Loading the quotes behind this count…'
          : stance === 'supports'
            ? `${count(total, 'quote')} supporting this count`
            : `${count(total, 'quote')} saying the opposite`
      }
      onClose={onClose}
    >
      <div className="segmented evidence-stance" role="radiogroup" aria-label="Which quotes">
        {(['supports', 'contradicts'] as const).map((s) => (
          <label key={s} className={`segmented-option${stance === s ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="evidence-stance"
              className="visually-hidden"
              checked={stance === s}
              onChange={() => choose(s)}
            />
            {s === 'supports' ? 'Supporting' : 'Contradicting'}
            {sizes[s] !== undefined ? <span className="segmented-count">{sizes[s]}</span> : null}
          </label>
        ))}
      </div>
      {evidence.error ? (
        <ErrorNotice
          title="The quotes could not be loaded"
          message={evidence.error.message}
          onRetry={() => void evidence.refetch()}
        />
      ) : null}
      <ul className="evidence-list" aria-label="Quotes">
        {(evidence.data?.items ?? []).map((quote) => (
          <li key={quote.id}>
            <QuoteCardItem quote={quote} />
          </li>
        ))}
      </ul>
      {total !== undefined && total > shown ? (
        <button
          type="button"
          className="btn evidence-more"
          onClick={() => setShown((n) => Math.min(n + PAGE, 500))}
          disabled={shown >= 500}
        >
          {shown >= 500
            ? `Showing the first 500 of ${count(total, 'quote')}`
            : `Show ${Math.min(PAGE, total - shown)} more (${count(total - shown, 'quote')} not shown)`}
        </button>
      ) : null}
    </Drawer>
  );
}
