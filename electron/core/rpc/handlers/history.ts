/** history.*: undo and redo. */
import type { historyMethods } from '../../../../shared/ipc/contract/history';
import { historyState, step } from '../../history/undo';
import type { ProjectContext } from '../../context';
import type { HandlersOf } from '../types';

function afterStep(ctx: ProjectContext, kinds: string[]): void {
  // An undo can touch anything it recorded; tell every list of those kinds to refetch.
  for (const kind of new Set([...kinds, 'history'])) {
    ctx.emit('entities.changed', { kind: kind as 'tag', ids: [] });
  }
}

export const historyHandlers: HandlersOf<typeof historyMethods> = {
  'history.state': (_i, env) => historyState(env.project()),
  'history.undo': (_i, env) => {
    const ctx = env.project();
    const done = step(ctx, 'undo');
    afterStep(ctx, done.kinds);
    return { ...historyState(ctx), undone: done.label };
  },
  'history.redo': (_i, env) => {
    const ctx = env.project();
    const done = step(ctx, 'redo');
    afterStep(ctx, done.kinds);
    return { ...historyState(ctx), redone: done.label };
  },
};
