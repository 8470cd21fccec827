/** backups.*: the open project's backups. */
import type { backupMethods } from '../../../../shared/ipc/contract/backups';
import type { HandlersOf } from '../types';

export const backupHandlers: HandlersOf<typeof backupMethods> = {
  'backups.list': (_i, env) => env.session.listBackups(),
  'backups.create': (_i, env) => env.session.backupNow(),
  'backups.restore': (i, env) => env.session.restoreBackup(i.id),
};
