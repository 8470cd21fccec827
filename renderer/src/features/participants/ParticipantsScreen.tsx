/**
 * Participants: the people interviewed, by real name with their pseudonym beside it (pseudonym only in
 * presentation mode), with their company and consent. The filter finds them by any of their names.
 */
import { CHOICE_LABELS } from '../../../../shared/domain/framework';
import { BEHAVIOR_LABELS } from '../../../../shared/domain/segmentRule';
import type { Participant } from '../../../../shared/domain/participant';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { count, formatDate } from '../../ui/format';
import { CrmImportAction } from '../crm/CrmImportAction';
import { DetailList } from '../../ui/Inspector';
import { personLabel } from '../names/display';
import { useNames } from '../names/useNames';
import { choiceLabel } from '../records/choices';
import { RecordScreen } from '../records/RecordScreen';
import { CONSENT_TONE } from './consent';
import { ParticipantForm } from './ParticipantForm';

export function ParticipantsScreen() {
  const list = useQuery('participants.list', {});
  const names = useNames();
  const { presenting } = names;
  return (
    <RecordScreen<Participant>
      group="participants"
      title="Participants"
      noun="participant"
      nounPlural="participants"
      icon="participants"
      list={list}
      labelHeader={presenting ? 'Pseudonym' : 'Name (pseudonym)'}
      toolbarActions={<CrmImportAction />}
      rowLabel={(p) => personLabel(p, presenting)}
      searchText={(p) =>
        [
          p.pseudonym,
          ...(presenting ? [] : [p.realName, ...p.aliases, p.email]),
          p.role,
          p.companyName ?? '',
          p.segmentName ?? '',
        ].join(' ')
      }
      columns={[
        { key: 'role', header: 'Role', cell: (p) => names.text(p.role) },
        { key: 'company', header: 'Company', cell: (p) => names.company(p.companyName) },
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
          <p>
            Add the people you interview. You see their real names; each also gets a neutral code (P01, P02…) that
            pseudonymised exports and presentation mode show instead.
          </p>
        ),
        action: 'Add your first participant',
      }}
      inspectorMeta={(p) => <Badge tone={CONSENT_TONE[p.consent]}>{CHOICE_LABELS[p.consent] ?? p.consent}</Badge>}
      details={(p) => (
        <>
          <DetailList
            details={[
              ...(presenting
                ? []
                : [
                    { label: 'Real name', value: p.realName },
                    { label: 'Also known as', value: p.aliases.join(', ') },
                    { label: 'E-mail', value: p.email },
                  ]),
              { label: 'Pseudonym', value: p.pseudonym },
              { label: 'Role', value: names.text(p.role) },
              { label: 'Career stage', value: choiceLabel(p.careerStage) },
              { label: 'Company', value: names.company(p.companyName) },
              { label: 'Segment', value: p.segmentName },
              { label: 'Behaviour', value: p.behavior ? BEHAVIOR_LABELS[p.behavior] : '' },
              { label: 'Consent given on', value: formatDate(p.consentAt) },
              { label: 'Interviews', value: count(p.interviewCount, 'interview') },
            ]}
          />
          {p.notes ? (
            <DetailList
              heading="Notes"
              details={[{ label: 'Notes', value: <span className="prewrap">{names.text(p.notes)}</span> }]}
            />
          ) : null}
        </>
      )}
      form={(participant, onDone) => <ParticipantForm participant={participant} onDone={onDone} />}
    />
  );
}
