/** What a new project starts with: the default codebook, the built-in question bank and the ICP scoring matrix. */
import type { ProjectContext } from '../context';
import { addDefaultCodebook } from './coding/codebook';
import { seedQuestionBank } from './guides/questions';
import { seedCriteria } from './icp/matrix';

export function seedNewProject(ctx: ProjectContext): void {
  addDefaultCodebook(ctx, false);
  seedQuestionBank(ctx);
  ctx.db.transaction(() => seedCriteria(ctx))();
}
