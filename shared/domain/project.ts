/** A project: one `.groundwork` SQLite file holding a whole research workspace. */
import { z } from 'zod';
import { EpochMs } from './common';

export const PROJECT_EXTENSION = '.groundwork';

/** The project a new user starts in, created in the user-data folder on first start. */
export const DEFAULT_PROJECT_NAME = 'My research';
export const DEFAULT_PROJECT_FILE = `${DEFAULT_PROJECT_NAME}${PROJECT_EXTENSION}`;

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
