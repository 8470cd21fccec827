/** Participants: the people interviewed, known by pseudonym, with their company and consent. */
import { CHOICE_LABELS } from '../../../../shared/domain/framework';
import { BEHAVIOR_LABELS } from '../../../../shared/domain/segmentRule';
import type { Participant } from '../../../../shared/domain/participant';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { count, formatDate } from '../../ui/format';
import { DetailList } from '../../ui/Inspector';
import { choiceLabel } from '../records/choices';
import { RecordScreen } from '../records/RecordScreen';
import { CONSENT_TONE } from './consent';
import { ParticipantForm } from './ParticipantForm';

export function ParticipantsScreen() {
  const list = useQuery('participants.list', {});
  return (
    <RecordScreen<Participant>
      group="participants"
      title="Participants"
      noun="participant"
      nounPlural="participants"
      icon="participants"
      list={list}
      labelHeader="Pseudonym"
      rowLabel={(p) => p.pseudonym}
      searchText={(p) => [p.pseudonym, p.role, p.companyName ?? '', p.segmentName ?? ''].join(' ')}
      columns={[
        { key: 'role', header: 'Role', cell: (p) => p.role },
        { key: 'company', header: 'Company', cell: (p) => p.companyName ?? '' },
        { key: 'segment', header: 'Segment', cell: (p) => p.segmentName ?? '' },
        {
          key: 'consent',
          header: 'Consent',
          cell: (p) => <Badge tone={CONSENT_TONE[p.consent]}>{CHOICE_LABELS[p.consent] ?? p.consent}</Badge>,
        },
        { key: 'interviews', header: 'Interviews', className: 'numeric', cell: (p) => p.interviewCount },
      ]}
      empty={{
        title: 'No participants yet',
        body: (
          <p>Add the people you interview. Each gets a pseudonym, so transcripts and exports never show a real name.</p>
        ),
        action: 'Add your first participant',
      }}
      inspectorMeta={(p) => <Badge tone={CONSENT_TONE[p.consent]}>{CHOICE_LABELS[p.consent] ?? p.consent}</Badge>}
      details={(p) => (
        <>
          <DetailList
            details={[
              { label: 'Real name', value: p.realName },
              { label: 'Role', value: p.role },
              { label: 'Career stage', value: choiceLabel(p.careerStage) },
              { label: 'Company', value: p.companyName },
              { label: 'Segment', value: p.segmentName },
              { label: 'Behaviour', value: p.behavior ? BEHAVIOR_LABELS[p.behavior] : '' },
              { label: 'Consent given on', value: formatDate(p.consentAt) },
              { label: 'Interviews', value: count(p.interviewCount, 'interview') },
            ]}
          />
          {p.notes ? (
            <DetailList
              heading="Notes"
              details={[{ label: 'Notes', value: <span className="prewrap">{p.notes}</span> }]}
            />
          ) : null}
        </>
      )}
      form={(participant, onDone) => <ParticipantForm participant={participant} onDone={onDone} />}
    />
  );
}
