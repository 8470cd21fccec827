/** A project: one `.groundwork` SQLite file holding a whole research workspace. */
import { z } from 'zod';
import { EpochMs } from './common';

export const PROJECT_EXTENSION = '.groundwork';

export const ProjectInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  createdAt: EpochMs,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const RecentProject = z.object({ path: z.string(), name: z.string(), openedAt: EpochMs });
export type RecentProject = z.infer<typeof RecentProject>;

export const EntityCounts = z.record(z.string(), z.number().int().nonnegative());
export type EntityCounts = z.infer<typeof EntityCounts>;
