/** The quotes behind a count: a drawer listing every quote for a tag, optionally one participant's or segment's. */
import { useState } from 'react';
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
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
  /** One participant, 'none' for quotes from notes (no participant), or null for everyone. */
  participantId?: number | 'none' | null;
  /** One segment, 'none' for participants in no segment, or null for every segment. */
  segmentId?: number | 'none' | null;
}

/** Cards per page: the first page paints at once, however many quotes a tag has. */
const PAGE = 25;

export function EvidenceDrawer({ request, onClose }: { request: EvidenceRequest; onClose(): void }) {
  const [shown, setShown] = useState(PAGE);
  const evidence = useQuery('synthesis.evidence', {
    tagId: request.tagId,
    filters: request.filters,
    participantId: request.participantId ?? null,
    segmentId: request.segmentId ?? null,
    limit: shown,
  });
  const total = evidence.data?.total;
  return (
    <Drawer
      title={request.title}
      description={
        total === undefined ? 'Loading the quotes behind this count…' : `${count(total, 'quote')} behind this count`
      }
      onClose={onClose}
    >
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
