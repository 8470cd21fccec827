/** Project lifecycle: which `.groundwork` file is open. */
import { z } from 'zod';
import { EntityCounts, ProjectInfo, RecentProject } from '../../domain/project';
import { method } from '../method';

const Path = z.string().trim().min(1, 'A file path is required.').max(4096);

export const projectMethods = {
  'project.info': method(z.object({}), ProjectInfo.nullable(), { writes: false }),
  'project.counts': method(z.object({}), EntityCounts, { writes: false }),
  'project.recent': method(z.object({}), z.array(RecentProject), { writes: false }),
  'project.create': method(
    z.object({
      path: Path,
      name: z.string().trim().max(200).optional(),
      /** Start with the default codebook (the app does; `cli init` does not unless asked). */
      withDefaults: z.boolean().default(true),
    }),
    ProjectInfo,
    {
    writes: true,
  }),
  'project.open': method(z.object({ path: Path }), ProjectInfo, { writes: true }),
  'project.forgetRecent': method(z.object({ path: Path }), z.array(RecentProject), { writes: true }),
} as const;
