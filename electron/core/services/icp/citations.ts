/** A quote cited by an ICP statement or a company score, written through the undo change set. */
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
import { quoteExists, scoreCitation, statementCitation } from '../../repos/icp';

export type Polarity = 'supports' | 'contradicts';
type Owner = { icp_statement_id: number } | { company_score_id: number };

/** Inserts the citation, or flips its polarity when that quote is already cited by this owner. */
export function insertOwnedCitation(ctx: ProjectContext, c: ChangeSet, owner: Owner, quoteId: number, polarity: Polarity): void {
  if (!quoteExists(ctx.db, quoteId)) throw new AppError('NOT_FOUND', 'That quote no longer exists.');
  const existing =
    'icp_statement_id' in owner ? statementCitation(ctx.db, owner.icp_statement_id, quoteId) : scoreCitation(ctx.db, owner.company_score_id, quoteId);
  if (existing) {
    if (existing.polarity !== polarity) c.update('citations', existing.id, { polarity });
    return;
  }
  c.insert('citations', { guid: ctx.newGuid(), quote_id: quoteId, ...owner, polarity, created_at: ctx.clock.now() });
}
