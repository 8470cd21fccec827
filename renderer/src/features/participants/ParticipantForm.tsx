/**
 * Create or edit a participant: who they are (real name, other names, e-mail — all local) and the neutral
 * code (P01…) that stands for them in exports and presentation mode; generated when left empty.
 */
import { CAREER_STAGES, CONSENT_STATES } from '../../../../shared/domain/framework';
import type { Participant, ParticipantInput } from '../../../../shared/domain/participant';
import {
  BEHAVIOR_EXPLANATIONS,
  BEHAVIOR_LABELS,
  BEHAVIORS,
  type Behavior,
} from '../../../../shared/domain/segmentRule';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { FieldGroup, SelectField, TextArea, TextField, useFormId } from '../../ui/Field';
import { dayToEpoch, epochToDay } from '../../ui/format';
import { aliasesFromText, aliasesToText } from '../names/aliases';
import { personTitle } from '../names/display';
import { usePresentationMode } from '../names/presentationMode';
import { choicesOf } from '../records/choices';
import { RecordDialog } from '../records/RecordDialog';
import { useDraft } from '../records/useRecordForm';

export const PARTICIPANT_LABELS: Record<string, string> = {
  pseudonym: 'Pseudonym',
  realName: 'Real name',
  aliases: 'Also known as',
  email: 'E-mail',
  role: 'Role',
  careerStage: 'Career stage',
  companyId: 'Company',
  segmentId: 'Segment',
  behavior: 'Behaviour',
  consent: 'Consent',
  consentAt: 'Consent given on',
  notes: 'Notes',
};

interface Draft {
  pseudonym: string;
  realName: string;
  aliases: string;
  email: string;
  role: string;
  careerStage: string;
  companyId: string;
  segmentId: string;
  behavior: string;
  consent: string;
  consentAt: string;
  notes: string;
}

function toDraft(p: Participant | null): Draft {
  return {
    pseudonym: p?.pseudonym ?? '',
    realName: p?.realName ?? '',
    aliases: aliasesToText(p?.aliases ?? []),
    email: p?.email ?? '',
    role: p?.role ?? '',
    careerStage: p?.careerStage ?? '',
    companyId: p?.companyId ? String(p.companyId) : '',
    segmentId: p?.segmentId ? String(p.segmentId) : '',
    behavior: p?.behavior ?? '',
    consent: p?.consent ?? 'pending',
    consentAt: epochToDay(p?.consentAt ?? null),
    notes: p?.notes ?? '',
  };
}

function toInput(d: Draft): ParticipantInput {
  return {
    pseudonym: d.pseudonym,
    realName: d.realName,
    aliases: aliasesFromText(d.aliases),
    email: d.email,
    role: d.role,
    careerStage: d.careerStage as ParticipantInput['careerStage'],
    companyId: d.companyId ? Number(d.companyId) : null,
    segmentId: d.segmentId ? Number(d.segmentId) : null,
    behavior: d.behavior as Behavior,
    consent: d.consent as ParticipantInput['consent'],
    consentAt: dayToEpoch(d.consentAt),
    notes: d.notes,
  };
}

export function ParticipantForm({
  participant,
  onDone,
}: {
  participant: Participant | null;
  onDone(savedId?: number): void;
}) {
  const formId = useFormId('participant');
  const presenting = usePresentationMode();
  const { draft, set } = useDraft(() => toDraft(participant));
  const companies = useQuery('companies.list', {}, { errors: 'toast' });
  const segments = useQuery('segments.list', {}, { errors: 'toast' });
  const create = useMutation('participants.create');
  const update = useMutation('participants.update');
  const save = participant ? update : create;
  const errors = save.error?.fields ?? {};
  const field = (name: keyof Draft) => ({ formId, name, label: PARTICIPANT_LABELS[name]!, error: errors[name] });

  const companyChoices = [
    { value: '', label: companies.data?.length ? 'No company' : 'No companies yet' },
    ...(companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
  ];

  async function submit() {
    const input = toInput(draft);
    const saved = participant ? await update.run({ id: participant.id, patch: input }) : await create.run(input);
    if (saved) onDone(saved.id);
  }

  return (
    <RecordDialog
      title={participant ? `Edit ${personTitle(participant, presenting)}` : 'New participant'}
      description="You see real names in your own workspace; pseudonymised exports and presentation mode show only the pseudonym."
      formLabel={participant ? 'Edit participant' : 'New participant'}
      formId={formId}
      error={save.error}
      labels={PARTICIPANT_LABELS}
      submitLabel={participant ? 'Save changes' : 'Add participant'}
      pending={save.pending}
      onSubmit={() => void submit()}
      onClose={() => onDone()}
    >
      <FieldGroup legend="Identity">
        <TextField
          {...field('pseudonym')}
          required={!!participant}
          hint={
            participant
              ? 'A code such as P07: unique, and never anyone’s name.'
              : 'Leave empty for the next neutral code (P01, P02, …).'
          }
          value={draft.pseudonym}
          onChange={set('pseudonym')}
        />
        {presenting ? (
          <p className="muted">Presentation mode is on: real names, other names and e-mail are hidden.</p>
        ) : (
          <>
            <TextField
              {...field('realName')}
              hint="Stays on this computer."
              value={draft.realName}
              onChange={set('realName')}
            />
            <TextField
              {...field('aliases')}
              hint="Nicknames or short forms people use, separated by commas. Exports replace these too."
              value={draft.aliases}
              onChange={set('aliases')}
            />
            <TextField
              {...field('email')}
              type="email"
              hint="Exports replace the address and its domain."
              value={draft.email}
              onChange={set('email')}
            />
          </>
        )}
      </FieldGroup>
      <FieldGroup legend="Work">
        <TextField {...field('role')} value={draft.role} onChange={set('role')} placeholder="e.g. Head of Operations" />
        <SelectField
          {...field('careerStage')}
          choices={choicesOf(CAREER_STAGES)}
          value={draft.careerStage}
          onChange={set('careerStage')}
        />
        <SelectField
          {...field('companyId')}
          choices={companyChoices}
          hint={companies.data?.length ? undefined : 'Add companies on the Companies screen.'}
          value={draft.companyId}
          onChange={set('companyId')}
        />
        <SelectField
          {...field('segmentId')}
          choices={[
            { value: '', label: segments.data?.length ? 'No segment' : 'No segments yet' },
            ...(segments.data ?? []).map((s) => ({ value: String(s.id), label: s.name })),
          ]}
          hint="One segment at a time. Define segments by rule on the Segments screen."
          value={draft.segmentId}
          onChange={set('segmentId')}
        />
        <SelectField
          {...field('behavior')}
          choices={BEHAVIORS.map((b) => ({ value: b, label: b ? BEHAVIOR_LABELS[b] : 'Not known' }))}
          hint={
            draft.behavior
              ? BEHAVIOR_EXPLANATIONS[draft.behavior as Exclude<Behavior, ''>]
              : 'How they use the product: power (daily, many features), regular (weekly, core features), at-risk (declining use) or new (onboarding).'
          }
          value={draft.behavior}
          onChange={set('behavior')}
        />
      </FieldGroup>
      <FieldGroup legend="Consent">
        <SelectField
          {...field('consent')}
          choices={choicesOf(CONSENT_STATES)}
          value={draft.consent}
          onChange={set('consent')}
          hint="Declined or withdrawn consent takes this person's quotes out of the evidence."
        />
        <TextField {...field('consentAt')} type="date" value={draft.consentAt} onChange={set('consentAt')} />
      </FieldGroup>
      <TextArea {...field('notes')} value={draft.notes} onChange={set('notes')} />
    </RecordDialog>
  );
}
