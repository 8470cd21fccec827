/** The quotes behind a count: a drawer listing every quote for a tag, optionally one participant's or segment's. */
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
  participantId?: number | null;
  segmentId?: number | null;
}

export function EvidenceDrawer({ request, onClose }: { request: EvidenceRequest; onClose(): void }) {
  const evidence = useQuery('synthesis.evidence', {
    tagId: request.tagId,
    filters: request.filters,
    participantId: request.participantId ?? null,
    segmentId: request.segmentId ?? null,
    limit: 200,
  });
  const total = evidence.data?.total;
  return (
    <Drawer
      title={request.title}
      description={total === undefined ? 'Loading the quotes behind this count…' : `${count(total, 'quote')} behind this count`}
      onClose={onClose}
    >
      {evidence.error ? <ErrorNotice title="The quotes could not be loaded" message={evidence.error.message} onRetry={() => void evidence.refetch()} /> : null}
      <ul className="evidence-list" aria-label="Quotes">
        {(evidence.data?.items ?? []).map((quote) => (
          <li key={quote.id}>
            <QuoteCardItem quote={quote} />
          </li>
        ))}
      </ul>
    </Drawer>
  );
}
