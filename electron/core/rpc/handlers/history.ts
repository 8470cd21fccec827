/** history.*: undo and redo. */
import type { historyMethods } from '../../../../shared/ipc/contract/history';
import { isEntityKind } from '../../../../shared/ipc/events';
import { historyState, step } from '../../history/undo';
import type { ProjectContext } from '../../context';
import type { HandlersOf } from '../types';

function afterStep(ctx: ProjectContext, kinds: string[]): void {
  // An undo re-emits the kinds its step recorded when the service did the write (the services stay
  // the only source of "what changed"); a kind no longer in ENTITY_KINDS (an old log) is dropped.
  for (const kind of new Set([...kinds.filter(isEntityKind), 'history' as const])) {
    ctx.emit('entities.changed', { kind, ids: [] });
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
