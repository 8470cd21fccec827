/** Membership changes with a toast that offers Undo (they are steps in the project's undo history). */
import { useCallback } from 'react';
import { showToast } from '../../ui/Toast';
import { useCall } from '../../api/useCall';

export function useSegmentActions() {
  const call = useCall();
  const undo = useCallback(async () => {
    const done = await call('history.undo', {});
    if (done) showToast({ group: 'history', message: `Undone: ${done.undone}` });
  }, [call]);
  const offerUndo = useCallback(
    (message: string) => showToast({ group: 'history', message, action: { label: 'Undo', run: () => void undo() } }),
    [undo],
  );

  return {
    offerUndo,
    assign: async (id: number, participantIds: number[], message: string) => {
      if (await call('segments.assign', { id, participantIds })) offerUndo(message);
    },
    unassign: async (id: number, participantIds: number[], message: string) => {
      if (await call('segments.unassign', { id, participantIds })) offerUndo(message);
    },
    applyRule: async (id: number, removeNonMatching: boolean) => {
      const done = await call('segments.applyRule', { id, removeNonMatching });
      if (!done) return false;
      const parts = [
        done.added ? `${done.added} added` : '',
        done.moved ? `${done.moved} moved in` : '',
        done.removed ? `${done.removed} removed` : '',
      ].filter(Boolean);
      offerUndo(
        `Rule applied: ${parts.join(', ') || 'no changes'}. ${done.segment.name} has ${done.segment.participantCount}.`,
      );
      return true;
    },
  };
}
