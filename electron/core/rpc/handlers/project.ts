/** project.* methods: files are named by handles or chosen in the host's dialogs, never sent as paths. */
import path from 'node:path';
import { PROJECT_EXTENSION, type RecentProject } from '../../../../shared/domain/project';
import { AppError } from '../../../../shared/errors';
import type { projectMethods } from '../../../../shared/ipc/contract/project';
import { entityCounts } from '../../repos/counts';
import type { HandlerEnv, HandlersOf } from '../types';

const withHandles = (env: HandlerEnv, list: RecentProject[]) =>
  list.map((r) => ({ ...r, handle: env.handles.handleFor(r.path) }));

function known(env: HandlerEnv, handle: string): string {
  const file = env.handles.resolve(handle);
  if (!file) throw new AppError('NOT_FOUND', 'That project is no longer in the list. Open the Projects dialog again.');
  return file;
}

export const projectHandlers: HandlersOf<typeof projectMethods> = {
  'project.info': (_input, env) => env.session.info(),
  'project.counts': (_input, env) => entityCounts(env.project().db),
  'project.recent': (_input, env) => withHandles(env, env.session.recentList()),
  'project.host': (_input, env) => ({
    fileDialogs: env.dialogs !== null,
    projectsFolder: env.dialogs ? null : env.projectsFolder,
  }),
  'project.create': async (input, env) => {
    if (env.dialogs) {
      const chosen = await env.dialogs.chooseProjectToCreate(input.name);
      return chosen ? env.session.create(chosen, input.name, input.withDefaults) : null;
    }
    if (!env.projectsFolder) throw new AppError('VALIDATION', 'This host has no folder for new projects.');
    const file = path.join(env.projectsFolder, `${fileNameFor(input.name)}${PROJECT_EXTENSION}`);
    return env.session.create(file, input.name, input.withDefaults);
  },
  'project.choose': async (_input, env) => {
    if (!env.dialogs) {
      throw new AppError(
        'VALIDATION',
        'In the browser, Groundwork opens the projects listed here. To open another file, start the web host with --project FILE.',
      );
    }
    const chosen = await env.dialogs.chooseProjectToOpen();
    return chosen ? env.session.open(chosen) : null;
  },
  'project.open': (input, env) => env.session.open(known(env, input.handle)),
  'project.forgetRecent': (input, env) => withHandles(env, env.session.forgetRecent(known(env, input.handle))),
  'project.status': (_i, env) => env.session.status(),
};

/** A project name as a file name: no separators, reserved characters or leading dots on any platform. */
export function fileNameFor(name: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  if (!cleaned)
    throw new AppError('VALIDATION', 'Choose a name with at least one letter or digit.', {
      name: 'Use letters or digits.',
    });
  return cleaned;
}
