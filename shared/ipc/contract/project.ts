/**
 * Project lifecycle: which `.groundwork` file is open, and its health. No method takes a file path: a
 * project is opened by the handle of a recent entry, or chosen by the user in the host's own dialog.
 */
import { z } from 'zod';
import { ProjectStatus } from '../../domain/backup';
import { EntityCounts, HostInfo, ProjectInfo, RecentProjectEntry } from '../../domain/project';
import { method } from '../method';

const Handle = z.string().trim().min(1, 'Choose a project from the list.').max(200);

export const projectMethods = {
  'project.info': method(z.object({}), ProjectInfo.nullable(), { writes: false }),
  'project.counts': method(z.object({}), EntityCounts, { writes: false }),
  'project.recent': method(z.object({}), z.array(RecentProjectEntry), { writes: false }),
  'project.host': method(z.object({}), HostInfo, { writes: false }),
  /**
   * A new project named `name`: the desktop app asks where to save it (null when the user cancels);
   * the web host saves it in its projects folder.
   */
  'project.create': method(
    z.object({
      name: z.string().trim().min(1, 'A name is required.').max(120),
      /** Start with the default codebook (the app does; `cli init` does not unless asked). */
      withDefaults: z.boolean().default(true),
    }),
    ProjectInfo.nullable(),
    { writes: true },
  ),
  /** Asks the user for a project file in the host's Open dialog; null when they cancel. */
  'project.choose': method(z.object({}), ProjectInfo.nullable(), { writes: true }),
  'project.open': method(z.object({ handle: Handle }), ProjectInfo, { writes: true }),
  'project.forgetRecent': method(z.object({ handle: Handle }), z.array(RecentProjectEntry), { writes: true }),
  'project.status': method(z.object({}), ProjectStatus, { writes: false }),
} as const;
