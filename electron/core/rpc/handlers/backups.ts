/** project.status and backups.*: the open project's health and its backups. */
import type { backupMethods } from '../../../../shared/ipc/contract/backups';
import type { HandlersOf } from '../types';

export const backupHandlers: HandlersOf<typeof backupMethods> = {
  'project.status': (_i, env) => env.session.status(),
  'backups.list': (_i, env) => env.session.listBackups(),
  'backups.create': (_i, env) => env.session.backupNow(),
  'backups.restore': (i, env) => env.session.restoreBackup(i.id),
};
