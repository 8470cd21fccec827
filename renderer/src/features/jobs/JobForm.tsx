/**
 * New job statement / edit one: the three parts of the framework's sentence with a live preview, its
 * kind and job-map stage (each explained), the personas it belongs to, and (when editing) its citations.
 */
import { useId, useState } from 'react';
import {
  JOB_KIND_HINTS,
  JOB_STAGE_HINTS,
  JOB_STAGE_LABELS,
  JOB_STAGES,
  JobFields,
  jobSentence,
  tidyClause,
  type Job,
  type JobKind,
  type JobStage,
} from '../../../../shared/domain/job';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useCall } from '../../api/useCall';
import { CitedQuoteList } from '../citations/CitedQuoteList';
import { FIELD_LABELS, formFields, KIND_CHOICES, STAGE_CHOICES } from './labels';

export interface JobFormProps {
  job?: Job;
  /** Starting values for a new job (e.g. from a stage of a persona's job map). */
  initial?: { personaIds?: number[]; stage?: JobStage | null };
  onClose(): void;
  onSaved(job: Job): void;
}

function toggle(list: number[], id: number, on: boolean): number[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

export function JobForm({ job, initial, onClose, onSaved }: JobFormProps) {
  const formId = useId();
  const call = useCall();
  const personas = useQuery('personas.list', {}, { errors: 'toast' });
  const create = useMutation('jobs.create');
  const update = useMutation('jobs.update');
  const mutation = job ? update : create;
  const [situation, setSituation] = useState(job?.situation ?? '');
  const [motivation, setMotivation] = useState(job?.motivation ?? '');
  const [outcome, setOutcome] = useState(job?.outcome ?? '');
  const [kind, setKind] = useState<JobKind>(job?.kind ?? 'functional');
  const [stage, setStage] = useState<JobStage | null>(job ? job.stage : (initial?.stage ?? null));
  const [personaIds, setPersonaIds] = useState<number[]>(
    job ? job.personas.map((p) => p.id) : (initial?.personaIds ?? []),
  );
  // Checked here with the contract's own schema first, so every part gets its message (a patch's
  // errors arrive folded onto "patch"). The summary keeps what the last save found; a part's own
  // error goes as soon as that part has words in it.
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const typed = { situation, motivation, outcome } as const;
  const summary = Object.fromEntries(
    Object.entries({ ...formFields(mutation.error?.fields), ...invalid }).filter(([k]) => k in FIELD_LABELS),
  );
  const fields = Object.fromEntries(
    Object.entries(summary).filter(
      ([k]) => !(k in typed) || !tidyClause(k as keyof typeof typed, typed[k as keyof typeof typed]),
    ),
  );

  const save = async () => {
    const parts = { situation, motivation, outcome, kind, stage };
    const checked = JobFields.safeParse(parts);
    if (!checked.success) {
      setInvalid(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setInvalid({});
    if (!job) {
      const saved = await create.run({ ...parts, personaIds });
      if (saved) onSaved(saved);
      return;
    }
    const saved = await update.run({ id: job.id, patch: parts });
    if (!saved) return;
    const before = new Set(job.personas.map((p) => p.id));
    let latest: Job | undefined = saved;
    for (const id of personaIds.filter((p) => !before.has(p)))
      latest = (await call('jobs.linkPersona', { jobId: job.id, personaId: id })) ?? latest;
    for (const id of [...before].filter((p) => !personaIds.includes(p)))
      latest = (await call('jobs.unlinkPersona', { jobId: job.id, personaId: id })) ?? latest;
    onSaved(latest);
  };

  return (
    <Dialog
      title={job ? 'Edit job statement' : 'New job statement'}
      description="Say it the way the people you interviewed would: the situation, what they want to do, and what that lets them do. All three parts are needed."
      onClose={onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="dialog-body">
          <ErrorSummary
            formId={formId}
            message={Object.keys(summary).length === 0 && mutation.error ? mutation.error.message : null}
            fields={summary}
            labels={FIELD_LABELS}
          />
          <div className="job-parts">
            <TextField
              formId={formId}
              name="situation"
              label="When"
              value={situation}
              onChange={setSituation}
              placeholder="I'm preparing the monthly board report"
              error={fields.situation}
            />
            <TextField
              formId={formId}
              name="motivation"
              label="I want to"
              value={motivation}
              onChange={setMotivation}
              placeholder="pull the latest numbers from every tool"
              error={fields.motivation}
            />
            <TextField
              formId={formId}
              name="outcome"
              label="so I can"
              value={outcome}
              onChange={setOutcome}
              placeholder="present accurate figures without hours of copying"
              error={fields.outcome}
            />
          </div>
          <div className="job-preview">
            <span className="field-label" id={`${formId}-preview`}>
              Reads as
            </span>
            <p className="job-preview-text" aria-labelledby={`${formId}-preview`}>
              {jobSentence({ situation, motivation, outcome })}
            </p>
          </div>
          <div className="form-grid form-grid-2">
            <SelectField
              formId={formId}
              name="kind"
              label="Kind"
              hint={JOB_KIND_HINTS[kind]}
              value={kind}
              onChange={(v) => setKind(v as JobKind)}
              choices={KIND_CHOICES}
            />
            <SelectField
              formId={formId}
              name="stage"
              label="Job-map stage"
              hint={stage ? JOB_STAGE_HINTS[stage] : 'Leave it off the map until you know where it happens.'}
              value={stage ?? ''}
              onChange={(v) => setStage(v ? (v as JobStage) : null)}
              choices={[{ value: '', label: 'Not on the map yet' }, ...STAGE_CHOICES]}
            />
          </div>
          <details className="job-stage-guide">
            <summary>What the eight stages mean</summary>
            <ol>
              {JOB_STAGES.map((s) => (
                <li key={s}>
                  <strong>{JOB_STAGE_LABELS[s]}</strong> — {JOB_STAGE_HINTS[s]}
                </li>
              ))}
            </ol>
          </details>
          <fieldset className="field-group">
            <legend className="field-group-legend">Personas with this job</legend>
            <div className="check-list">
              {(personas.data ?? []).map((p) => (
                <label key={p.id} className="check">
                  <input
                    type="checkbox"
                    checked={personaIds.includes(p.id)}
                    onChange={(e) => setPersonaIds((ids) => toggle(ids, p.id, e.target.checked))}
                  />
                  <span className="check-label">{p.name}</span>
                  {p.role ? <span className="check-meta">{p.role}</span> : null}
                </label>
              ))}
              {personas.data?.length === 0 ? (
                <p className="muted">No personas yet. You can link this job to one later.</p>
              ) : null}
            </div>
          </fieldset>
          {job && job.citations.length ? (
            <fieldset className="field-group">
              <legend className="field-group-legend">Cited quotes</legend>
              <CitedQuoteList
                citations={job.citations}
                onRemove={(quoteId) => void call('jobs.uncite', { jobId: job.id, quoteId })}
              />
            </fieldset>
          ) : null}
        </div>
        <FormActions submitLabel={job ? 'Save' : 'Add job statement'} pending={mutation.pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
