/** What a new project starts with: the default codebook (later also the question bank and ICP matrix). */
import type { ProjectContext } from '../context';
import { addDefaultCodebook } from './coding/codebook';

export function seedNewProject(ctx: ProjectContext): void {
  addDefaultCodebook(ctx, false);
}
