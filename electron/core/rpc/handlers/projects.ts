/** project.* methods. */
import type { projectMethods } from '../../../../shared/ipc/contract/projects';
import { entityCounts } from '../../repos/counts';
import type { HandlersOf } from '../types';

export const projectHandlers: HandlersOf<typeof projectMethods> = {
  'project.info': (_input, env) => env.session.info(),
  'project.counts': (_input, env) => entityCounts(env.project().db),
  'project.recent': (_input, env) => env.session.recentList(),
  'project.create': (input, env) => env.session.create(input.path, input.name, input.withDefaults),
  'project.open': (input, env) => env.session.open(input.path),
  'project.forgetRecent': (input, env) => env.session.forgetRecent(input.path),
};
