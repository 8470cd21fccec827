/** Companies: the accounts participants work at, with the traits the ICP scores. */
import type { Company } from '../../../../shared/domain/company';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { count } from '../../ui/format';
import { DetailList } from '../../ui/Inspector';
import { choiceLabel } from '../records/choices';
import { RecordScreen } from '../records/RecordScreen';
import { CompanyForm } from './CompanyForm';

export function CompaniesScreen() {
  const list = useQuery('companies.list', {});
  return (
    <RecordScreen<Company>
      group="companies"
      title="Companies"
      noun="company"
      nounPlural="companies"
      icon="companies"
      list={list}
      labelHeader="Name"
      rowLabel={(c) => c.name}
      searchText={(c) => [c.name, c.industry, c.geography, ...c.currentStack].join(' ')}
      columns={[
        { key: 'industry', header: 'Industry', cell: (c) => c.industry },
        { key: 'size', header: 'Size', cell: (c) => c.employeeRange },
        { key: 'stage', header: 'Growth stage', cell: (c) => choiceLabel(c.growthStage) },
        { key: 'people', header: 'Participants', className: 'numeric', cell: (c) => c.participantCount },
      ]}
      empty={{
        title: 'No companies yet',
        body: (
          <p>
            Add the companies your participants work at. Their size, industry and tools are what the ideal customer
            profile scores later.
          </p>
        ),
        action: 'Add your first company',
      }}
      inspectorMeta={(c) =>
        c.participantCount > 0 ? (
          <Badge tone="info">{count(c.participantCount, 'participant')}</Badge>
        ) : (
          <Badge>No participants yet</Badge>
        )
      }
      details={(c) => (
        <>
          <DetailList
            heading="Firmographics"
            details={[
              { label: 'Industry', value: c.industry },
              { label: 'Company size', value: c.employeeRange },
              { label: 'Annual revenue', value: c.annualRevenue },
              { label: 'Geography', value: c.geography },
              { label: 'Growth stage', value: choiceLabel(c.growthStage) },
            ]}
          />
          <DetailList
            heading="Technographics"
            details={[
              {
                label: 'Current tools',
                value: c.currentStack.length ? (
                  <ul className="chip-list">
                    {c.currentStack.map((tool) => (
                      <li key={tool} className="chip">
                        {tool}
                      </li>
                    ))}
                  </ul>
                ) : (
                  ''
                ),
              },
              { label: 'Infrastructure', value: choiceLabel(c.infrastructure) },
              { label: 'Technology adoption', value: choiceLabel(c.techMaturity) },
            ]}
          />
          <DetailList
            heading="Buying"
            details={[
              { label: 'Buying process', value: choiceLabel(c.buyingProcess) },
              { label: 'Expected contract value', value: c.contractValue },
            ]}
          />
          {c.notes ? (
            <DetailList
              heading="Notes"
              details={[{ label: 'Notes', value: <span className="prewrap">{c.notes}</span> }]}
            />
          ) : null}
        </>
      )}
      form={(company, onDone) => <CompanyForm company={company} onDone={onDone} />}
    />
  );
}
