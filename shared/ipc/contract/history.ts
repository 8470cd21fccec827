/** Undo and redo over the project's recorded steps. */
import { z } from 'zod';
import { method } from '../method';

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const historyMethods = {
  'history.state': method(z.object({}), HistoryState, { writes: false }),
  'history.undo': method(z.object({}), HistoryState.extend({ undone: z.string() }), { writes: true }),
  'history.redo': method(z.object({}), HistoryState.extend({ redone: z.string() }), { writes: true }),
} as const;
