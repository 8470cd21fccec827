/** Create or edit an interview: when, which research method, who took part, who interviewed, status. */
import {
  INTERVIEW_STATUSES,
  INTERVIEW_STATUS_LABELS,
  RESEARCH_METHODS,
  RESEARCH_METHOD_LABELS,
} from '../../../../shared/domain/framework';
import type { Interview, InterviewInput } from '../../../../shared/domain/interview';
import { useMutation } from '../../api/useMutation';
import { FieldGroup, SelectField, TextArea, TextField, useFormId } from '../../ui/Field';
import { dayToEpoch, epochToDay } from '../../ui/format';
import { choicesOf } from '../records/choices';
import { RecordDialog } from '../records/RecordDialog';
import { useDraft } from '../records/useRecordForm';
import { ParticipantPicker } from './ParticipantPicker';

export const INTERVIEW_LABELS: Record<string, string> = {
  title: 'Title',
  date: 'Date',
  method: 'Method',
  status: 'Status',
  interviewer: 'Interviewer',
  participantIds: 'Participants',
  summary: 'Summary',
};

interface Draft {
  title: string;
  date: string;
  method: string;
  status: string;
  interviewer: string;
  participantIds: number[];
  summary: string;
}

function toDraft(i: Interview | null): Draft {
  return {
    title: i?.title ?? '',
    date: epochToDay(i?.date ?? null),
    method: i?.method ?? 'customer_interview',
    status: i?.status ?? 'planned',
    interviewer: i?.interviewer ?? '',
    participantIds: i?.participants.map((p) => p.id) ?? [],
    summary: i?.summary ?? '',
  };
}

function toInput(d: Draft): InterviewInput {
  return {
    title: d.title,
    date: dayToEpoch(d.date),
    method: d.method as InterviewInput['method'],
    status: d.status as InterviewInput['status'],
    interviewer: d.interviewer,
    participantIds: d.participantIds,
    summary: d.summary,
  };
}

export function InterviewForm({ interview, onDone }: { interview: Interview | null; onDone(savedId?: number): void }) {
  const formId = useFormId('interview');
  const { draft, set } = useDraft(() => toDraft(interview));
  const create = useMutation('interviews.create');
  const update = useMutation('interviews.update');
  const save = interview ? update : create;
  const errors = save.error?.fields ?? {};
  const field = (name: keyof Draft) => ({ formId, name, label: INTERVIEW_LABELS[name]!, error: errors[name] });

  async function submit() {
    const input = toInput(draft);
    const saved = interview ? await update.run({ id: interview.id, patch: input }) : await create.run(input);
    if (saved) onDone(saved.id);
  }

  return (
    <RecordDialog
      title={interview ? `Edit ${interview.title}` : 'New interview'}
      description="Plan it now or record one you have held; transcripts and notes attach to it later."
      formLabel={interview ? 'Edit interview' : 'New interview'}
      formId={formId}
      error={save.error}
      labels={INTERVIEW_LABELS}
      submitLabel={interview ? 'Save changes' : 'Add interview'}
      pending={save.pending}
      onSubmit={() => void submit()}
      onClose={() => onDone()}
    >
      <TextField
        {...field('title')}
        required
        value={draft.title}
        onChange={set('title')}
        placeholder="e.g. Onboarding pains — Acme ops lead"
      />
      <FieldGroup legend="Session">
        <TextField {...field('date')} type="date" value={draft.date} onChange={set('date')} />
        <SelectField
          {...field('method')}
          choices={choicesOf(RESEARCH_METHODS, RESEARCH_METHOD_LABELS)}
          value={draft.method}
          onChange={set('method')}
        />
        <TextField {...field('interviewer')} value={draft.interviewer} onChange={set('interviewer')} />
        <SelectField
          {...field('status')}
          choices={choicesOf(INTERVIEW_STATUSES, INTERVIEW_STATUS_LABELS)}
          value={draft.status}
          onChange={set('status')}
        />
      </FieldGroup>
      <ParticipantPicker
        formId={formId}
        selected={draft.participantIds}
        onChange={set('participantIds')}
        error={errors['participantIds']}
      />
      <TextArea {...field('summary')} value={draft.summary} onChange={set('summary')} />
    </RecordDialog>
  );
}
