/** What a new project starts with: the default codebook and the built-in question bank. */
import type { ProjectContext } from '../context';
import { addDefaultCodebook } from './coding/codebook';
import { seedQuestionBank } from './guides/questions';

export function seedNewProject(ctx: ProjectContext): void {
  addDefaultCodebook(ctx, false);
  seedQuestionBank(ctx);
}
