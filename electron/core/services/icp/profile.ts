/**
 * The whole ideal customer profile in one read, for the screen and for exports: the template's sections
 * with their statements and cited quotes, the scored matrix, every scored cell's citations, and the
 * buyer and user personas the profile contains.
 */
import { ICP_SECTION_LABELS, ICP_SECTIONS, type IcpProfile } from '../../../../shared/domain/icpProfile';
import type { Citation } from '../../../../shared/domain/persona';
import type { ProjectContext } from '../../context';
import { citationsOfScores, scoreRows } from '../../repos/icp';
import { icpPersonas } from '../../repos/icpPersonas';
import { scoredMatrix } from './matrix';
import { listStatements } from './statements';

export function icpProfile(ctx: ProjectContext): IcpProfile {
  return ctx.db.transaction(() => {
    const statements = listStatements(ctx);
    const matrix = scoredMatrix(ctx);
    const scores = scoreRows(ctx.db).filter((s) => s.citation_count > 0);
    const cites = citationsOfScores(
      ctx.db,
      scores.map((s) => s.id),
    );
    const scoreCitations: Record<string, Record<string, Citation[]>> = {};
    for (const s of scores) {
      const perCompany = (scoreCitations[s.company_id] ??= {});
      perCompany[s.criterion_id] = cites.filter((c) => c.ownerId === s.id).map(({ ownerId: _owner, ...c }) => c);
    }
    return {
      sections: ICP_SECTIONS.map((section) => ({
        section,
        label: ICP_SECTION_LABELS[section],
        statements: statements.filter((s) => s.section === section),
      })),
      matrix,
      personas: icpPersonas(ctx.db),
      scoreCitations,
    };
  })();
}
