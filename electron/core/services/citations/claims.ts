/**
 * What differs between the four claims that cite quotes, in one table: how their undo steps are
 * logged and what a researcher is told when a quote is not cited. Everything else is the same rule.
 */
import type { ClaimKind } from '../../../../shared/domain/citation';
import type { EntityKind } from '../../../../shared/ipc/events';

export interface ClaimSteps {
  /** The operation log's entity for a cite or uncite step on this claim. */
  entity: string;
  /** What the step touches, so the UI refetches the right lists after undo and redo. */
  kinds: EntityKind[];
  /** The NOT_FOUND message for removing a quote the claim does not cite. */
  notCited: string;
}

/** Kept word for word from the four owners that wrote citations before there was one service. */
export const CLAIM_STEPS: Readonly<Record<ClaimKind, ClaimSteps>> = {
  attribute: { entity: 'attribute', kinds: ['persona'], notCited: 'That quote is not cited here.' },
  job: { entity: 'job', kinds: ['job'], notCited: 'That quote is not cited for this job.' },
  icpStatement: {
    entity: 'icp_statement',
    kinds: ['icpStatement'],
    notCited: 'That quote is not cited for this statement.',
  },
  companyScore: { entity: 'company_score', kinds: ['icpScore'], notCited: 'That quote is not cited for this score.' },
};
