/** Cites a quote for a persona attribute (supports or contradicts). */
import type { Attribute } from '../../../../shared/domain/persona';
import { useMutation } from '../../api/useMutation';
import { CiteQuoteDialog } from '../citations/CiteQuoteDialog';

export function CitationDialog({ attribute, onClose }: { attribute: Attribute; onClose(): void }) {
  const add = useMutation('citations.add');
  return (
    <CiteQuoteDialog
      claim={attribute.statement}
      startTagId={attribute.sourceTagId}
      cited={new Set(attribute.citations.map((c) => c.quoteId))}
      pending={add.pending}
      error={add.error?.message ?? null}
      onCite={async (quoteId, polarity) => Boolean(await add.run({ attributeId: attribute.id, quoteId, polarity }))}
      onClose={onClose}
    />
  );
}
