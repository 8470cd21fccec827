/**
 * The ICP's door to the one citations service (services/citations): company scores cite through it,
 * naming their claim by its owner column as they always have.
 */
import type { CitationStance } from '../../../../shared/domain/citation';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
import { addCitation } from '../citations/cite';

export type Polarity = CitationStance;
type Owner = { icp_statement_id: number } | { company_score_id: number };

/** Inserts the citation, or flips its polarity when that quote is already cited by this owner. */
export function insertOwnedCitation(
  ctx: ProjectContext,
  c: ChangeSet,
  owner: Owner,
  quoteId: number,
  polarity: Polarity,
): void {
  const claim =
    'icp_statement_id' in owner
      ? { kind: 'icpStatement' as const, id: owner.icp_statement_id }
      : { kind: 'companyScore' as const, id: owner.company_score_id };
  addCitation(ctx, c, claim, quoteId, polarity);
}
