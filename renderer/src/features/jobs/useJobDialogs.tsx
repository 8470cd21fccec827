/** The dialogs both job views open: new, edit, cite; and delete with its undo toast. */
import { useState, type ReactNode } from 'react';
import type { Job, JobStage } from '../../../../shared/domain/job';
import { count } from '../../ui/format';
import { showToast } from '../../ui/Toast';
import { useHistory } from '../coding/history';
import { useCall } from '../../api/useCall';
import type { JobActions } from './JobCard';
import { JobCiteDialog } from './JobCiteDialog';
import { JobForm } from './JobForm';

type Open =
  | { kind: 'new'; personaIds?: number[]; stage?: JobStage | null }
  | { kind: 'edit'; id: number }
  | { kind: 'cite'; id: number }
  | null;

export function useJobDialogs(jobs: readonly Job[]): {
  actions: JobActions;
  create(initial?: { personaIds?: number[]; stage?: JobStage | null }): void;
  dialogs: ReactNode;
} {
  const [open, setOpen] = useState<Open>(null);
  const call = useCall();
  const { undo } = useHistory();
  const close = () => setOpen(null);
  // Dialogs show the latest copy of their job, so a removed citation disappears at once.
  const current = open && open.kind !== 'new' ? jobs.find((j) => j.id === open.id) : undefined;

  const actions: JobActions = {
    cite: (job) => setOpen({ kind: 'cite', id: job.id }),
    edit: (job) => setOpen({ kind: 'edit', id: job.id }),
    remove: async (job) => {
      const done = await call('jobs.delete', { id: job.id });
      if (done)
        showToast({
          message: done.citations
            ? `Deleted the job statement and its ${count(done.citations, 'citation')}`
            : 'Deleted the job statement',
          action: { label: 'Undo', run: () => void undo() },
        });
    },
  };

  let dialogs: ReactNode = null;
  if (open?.kind === 'new') {
    dialogs = (
      <JobForm
        initial={{ personaIds: open.personaIds ?? [], stage: open.stage ?? null }}
        onClose={close}
        onSaved={(job) => {
          close();
          showToast({ message: `Added: ${job.sentence}` });
        }}
      />
    );
  } else if (open?.kind === 'edit' && current) {
    dialogs = <JobForm job={current} onClose={close} onSaved={close} />;
  } else if (open?.kind === 'cite' && current) {
    dialogs = <JobCiteDialog job={current} onClose={close} />;
  }
  return { actions, create: (initial) => setOpen({ kind: 'new', ...initial }), dialogs };
}
