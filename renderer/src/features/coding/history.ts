/** Undo and redo over the core's persisted operation log, announced in a toast. */
import { useCallback, useMemo } from 'react';
import { showToast } from '../../ui/Toast';
import { useCall } from '../../api/useCall';

export function useHistory(): { undo(): Promise<void>; redo(): Promise<void> } {
  const call = useCall();
  const undo = useCallback(async () => {
    const done = await call('history.undo', {});
    if (done)
      showToast({
        group: 'history',
        message: `Undone: ${done.undone}`,
        action: done.canRedo ? { label: 'Redo', run: () => void redoRef() } : undefined,
      });
  }, [call]);
  const redo = useCallback(async () => {
    const done = await call('history.redo', {});
    if (done) showToast({ group: 'history', message: `Redone: ${done.redone}` });
  }, [call]);
  // The toast's Redo button outlives this render; reach the latest redo through a module slot.
  redoSlot = redo;
  return useMemo(() => ({ undo, redo }), [undo, redo]);
}

let redoSlot: (() => Promise<void>) | null = null;
function redoRef(): Promise<void> {
  return redoSlot ? redoSlot() : Promise.resolve();
}
