/** Reading the citations of many claims of one kind at once, as quote cards grouped by claim. */
import type { Citation, ClaimKind } from '../../../../shared/domain/citation';
import type { ProjectContext } from '../../context';
import * as repo from '../../repos/citations';

/** Each claim's citations, oldest first; a claim without citations maps to an empty list. One query for all. */
export function citationsByClaim(
  ctx: ProjectContext,
  kind: ClaimKind,
  ids: readonly number[],
): Map<number, Citation[]> {
  const byClaim = new Map<number, Citation[]>(ids.map((id) => [id, []]));
  for (const { ownerId, ...card } of repo.citationsOf(ctx.db, repo.OWNER_COLUMN[kind], ids))
    byClaim.get(ownerId)?.push(card);
  return byClaim;
}
