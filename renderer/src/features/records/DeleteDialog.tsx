/**
 * Confirms a delete after asking the core what it would remove; when the core says the delete is
 * blocked, explains why and offers no delete button.
 */
import { useEffect, useState } from 'react';
import type { DeleteImpact } from '../../../../shared/domain/common';
import { useApi } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { asApiError, type ApiError } from '../../api/errors';
import { Dialog } from '../../ui/Dialog';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';

export type RecordGroup = 'participants' | 'companies' | 'interviews';

const KIND = { participants: 'participant', companies: 'company', interviews: 'interview' } as const;

/** How each dependent count reads in a sentence, singular and plural. */
const DEPENDENTS: Record<string, [string, string]> = {
  participants: ['participant', 'participants'],
  icpScores: ['ICP score', 'ICP scores'],
  interviews: ['link to an interview', 'links to interviews'],
  transcriptSpeakers: [
    'transcript speaker (the turns stay, unassigned)',
    'transcript speakers (the turns stay, unassigned)',
  ],
  personas: ['persona membership', 'persona memberships'],
  transcriptTurns: ['transcript turn', 'transcript turns'],
  quotes: ['quote', 'quotes'],
  notes: ['note', 'notes'],
  codings: ['coding', 'codings'],
  citations: ['persona citation', 'persona citations'],
};

function describe(key: string, n: number): string {
  const [one, many] = DEPENDENTS[key] ?? [
    key.replace(/([A-Z])/g, ' $1').toLowerCase(),
    `${key.replace(/([A-Z])/g, ' $1').toLowerCase()}`,
  ];
  return count(n, one, many);
}

export interface DeleteDialogProps {
  group: RecordGroup;
  id: number;
  name: string;
  onClose(deleted: boolean): void;
}

export function DeleteDialog({ group, id, name, onClose }: DeleteDialogProps) {
  const { client } = useApi();
  const [impact, setImpact] = useState<DeleteImpact | null>(null);
  const [impactError, setImpactError] = useState<ApiError | null>(null);
  const remove = useMutation(`${group}.delete`);

  useEffect(() => {
    let live = true;
    client.call(`${group}.deleteImpact`, { id }).then(
      (value) => live && setImpact(value),
      (error: unknown) => live && setImpactError(asApiError(error)),
    );
    return () => {
      live = false;
    };
  }, [client, group, id]);

  const dependents = impact ? Object.entries(impact.counts).filter(([, n]) => n > 0) : [];
  const noun = KIND[group];

  return (
    <Dialog title={`Delete ${noun} “${name}”?`} size="small" onClose={() => onClose(false)}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (await remove.run({ id })) onClose(true);
        }}
      >
        <div className="dialog-body" aria-live="polite">
          {impactError ? (
            <ErrorNotice title="Groundwork could not check what this would remove" message={impactError.message} />
          ) : null}
          {!impact && !impactError ? <p className="muted">Checking what else this would remove…</p> : null}
          {impact?.blockedBy ? (
            <div className="notice notice-caution" role="alert">
              <div>
                <p className="notice-title">This {noun} cannot be deleted yet</p>
                <p className="notice-message">{impact.blockedBy}</p>
              </div>
            </div>
          ) : null}
          {impact && !impact.blockedBy ? (
            dependents.length > 0 ? (
              <>
                <p>Deleting it also removes:</p>
                <ul className="impact-list">
                  {dependents.map(([key, n]) => (
                    <li key={key}>{describe(key, n)}</li>
                  ))}
                </ul>
                <p className="muted">This cannot be undone.</p>
              </>
            ) : (
              <p>Nothing else in the project refers to this {noun}. This cannot be undone.</p>
            )
          ) : null}
          {remove.error ? <ErrorNotice title="The delete did not go through" message={remove.error.message} /> : null}
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onClose(false)} data-autofocus>
            {impact?.blockedBy ? 'Close' : 'Cancel'}
          </button>
          {impact && !impact.blockedBy ? (
            <button type="submit" className="btn btn-danger" disabled={remove.pending}>
              {remove.pending ? 'Deleting…' : `Delete ${noun}`}
            </button>
          ) : null}
        </footer>
      </form>
    </Dialog>
  );
}
