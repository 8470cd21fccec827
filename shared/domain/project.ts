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

/**
 * A recent project as the UI sees it: `path` is for showing only; the UI opens it by `handle`, an
 * opaque name the core gave it, because paths reach the core only from the user (docs/architecture.md).
 */
export const RecentProjectEntry = RecentProject.extend({ handle: z.string() });
export type RecentProjectEntry = z.infer<typeof RecentProjectEntry>;

/** What the host can do with files: its own dialogs (the desktop app), or uploads and a fixed folder (the web host). */
export const HostInfo = z.object({
  /** The host shows native Open/Save dialogs (Electron). */
  fileDialogs: z.boolean(),
  /** Where new projects are saved when there are no dialogs (the web host); null otherwise. */
  projectsFolder: z.string().nullable(),
});
export type HostInfo = z.infer<typeof HostInfo>;

export const EntityCounts = z.record(z.string(), z.number().int().nonnegative());
export type EntityCounts = z.infer<typeof EntityCounts>;
