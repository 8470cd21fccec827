/**
 * Citing a quote for a claim and taking it back, for all four claims (persona attributes, job
 * statements, ICP statements, company scores), written through the undo change set. The owner checks
 * that its claim exists and says what changed; the rules about the citation itself live only here.
 */
import { CitationStance, type Claim } from '../../../../shared/domain/citation';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/citations';
import { CLAIM_STEPS } from './claims';

/**
 * Adds a citation inside the caller's step. The quote must exist; citing a quote the claim already
 * cites is not an error and adds nothing — it only takes the new stance if that differs — so a
 * researcher can flip a citation by citing it again, and a list of quotes may repeat one.
 */
export function addCitation(
  ctx: ProjectContext,
  c: ChangeSet,
  claim: Claim,
  quoteId: number,
  stance: CitationStance,
): void {
  // The contract has already parsed the stance; this guards callers inside the core (drafts).
  if (!CitationStance.safeParse(stance).success)
    throw new AppError('VALIDATION', 'A citation supports or contradicts its claim.');
  if (!repo.citableQuoteExists(ctx.db, quoteId)) throw new AppError('NOT_FOUND', 'That quote no longer exists.');
  const existing = repo.citationOn(ctx.db, claim, quoteId);
  if (existing) {
    if (existing.polarity !== stance) c.update('citations', existing.id, { polarity: stance });
    return;
  }
  c.insert('citations', {
    guid: ctx.newGuid(),
    quote_id: quoteId,
    [repo.OWNER_COLUMN[claim.kind]]: claim.id,
    polarity: stance,
    created_at: ctx.clock.now(),
  });
}

/** Cites a quote for a claim as one undoable step (nothing is logged when it changes nothing). */
export function cite(ctx: ProjectContext, claim: Claim, quoteId: number, stance: CitationStance): void {
  const steps = CLAIM_STEPS[claim.kind];
  const label = stance === 'supports' ? 'Cite supporting quote' : 'Cite contradicting quote';
  undoable(ctx, { label, action: 'cite', entity: steps.entity, entityId: claim.id, kinds: steps.kinds }, (c) =>
    addCitation(ctx, c, claim, quoteId, stance),
  );
}

/** Removes a claim's citation of a quote as one undoable step; a quote the claim does not cite is NOT_FOUND. */
export function uncite(ctx: ProjectContext, claim: Claim, quoteId: number): void {
  const steps = CLAIM_STEPS[claim.kind];
  const existing = repo.citationOn(ctx.db, claim, quoteId);
  if (!existing) throw new AppError('NOT_FOUND', steps.notCited);
  undoable(
    ctx,
    { label: 'Remove citation', action: 'uncite', entity: steps.entity, entityId: claim.id, kinds: steps.kinds },
    (c) => c.delete('citations', existing.id),
  );
}

/**
 * Deletes all of a claim's citations inside the step that deletes the claim. The schema would cascade
 * them away, but then undo could not put them back: through the change set, undoing the delete
 * restores every citation with its id, stance and note. Returns how many there were.
 */
export function dropCitations(ctx: ProjectContext, c: ChangeSet, claim: Claim): number {
  const ids = repo.citationIdsOf(ctx.db, claim);
  for (const id of ids) c.delete('citations', id);
  return ids.length;
}
