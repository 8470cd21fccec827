/** Create or edit a company: the firmographics, technographics and buying traits of the ICP template. */
import type { Company, CompanyInput } from '../../../../shared/domain/company';
import { BUYING_PROCESSES, GROWTH_STAGES, INFRASTRUCTURES, TECH_MATURITIES } from '../../../../shared/domain/framework';
import { useMutation } from '../../api/useMutation';
import { FieldGroup, SelectField, TextArea, TextField, useFormId } from '../../ui/Field';
import { aliasesFromText, aliasesToText, proposedCompanyAlias } from '../names/aliases';
import { choicesOf } from '../records/choices';
import { RecordDialog } from '../records/RecordDialog';
import { useDraft } from '../records/useRecordForm';

export const COMPANY_LABELS: Record<string, string> = {
  name: 'Company name',
  aliases: 'Short names',
  industry: 'Industry',
  employeeRange: 'Company size',
  annualRevenue: 'Annual revenue',
  geography: 'Geography',
  growthStage: 'Growth stage',
  currentStack: 'Current tools',
  infrastructure: 'Infrastructure',
  techMaturity: 'Technology adoption',
  buyingProcess: 'Buying process',
  contractValue: 'Expected contract value',
  notes: 'Notes',
};

type Draft = Omit<Required<CompanyInput>, 'currentStack' | 'aliases'> & { currentStack: string; aliases: string };

function toDraft(c: Company | null): Draft {
  return {
    name: c?.name ?? '',
    aliases: aliasesToText(c?.aliases ?? []),
    industry: c?.industry ?? '',
    employeeRange: c?.employeeRange ?? '',
    annualRevenue: c?.annualRevenue ?? '',
    geography: c?.geography ?? '',
    growthStage: c?.growthStage ?? '',
    currentStack: (c?.currentStack ?? []).join(', '),
    infrastructure: c?.infrastructure ?? '',
    techMaturity: c?.techMaturity ?? '',
    buyingProcess: c?.buyingProcess ?? '',
    contractValue: c?.contractValue ?? '',
    notes: c?.notes ?? '',
  };
}

function toInput(d: Draft): CompanyInput {
  const currentStack = d.currentStack
    .split(',')
    .map((tool) => tool.trim())
    .filter(Boolean);
  return { ...d, currentStack, aliases: aliasesFromText(d.aliases) };
}

export function CompanyForm({ company, onDone }: { company: Company | null; onDone(savedId?: number): void }) {
  const formId = useFormId('company');
  const { draft, set } = useDraft(() => toDraft(company));
  const create = useMutation('companies.create');
  const update = useMutation('companies.update');
  const save = company ? update : create;
  const errors = save.error?.fields ?? {};
  const field = (name: keyof Draft) => ({ formId, name, label: COMPANY_LABELS[name]!, error: errors[name] });

  const proposal = proposedCompanyAlias(draft.name, aliasesFromText(draft.aliases));

  async function submit() {
    const input = toInput(draft);
    const saved = company ? await update.run({ id: company.id, patch: input }) : await create.run(input);
    if (saved) onDone(saved.id);
  }

  return (
    <RecordDialog
      title={company ? `Edit ${company.name}` : 'New company'}
      description="Firmographics and technographics feed the ICP scoring later; fill in what you know."
      formLabel={company ? 'Edit company' : 'New company'}
      formId={formId}
      error={save.error}
      labels={COMPANY_LABELS}
      submitLabel={company ? 'Save changes' : 'Add company'}
      pending={save.pending}
      onSubmit={() => void submit()}
      onClose={() => onDone()}
    >
      <TextField {...field('name')} required value={draft.name} onChange={set('name')} />
      <TextField
        {...field('aliases')}
        hint="What people call it in interviews, separated by commas. Pseudonymised exports replace these too."
        value={draft.aliases}
        onChange={set('aliases')}
        placeholder="e.g. Acme"
      />
      {proposal ? (
        <p className="field-proposal">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => set('aliases')(aliasesToText([...aliasesFromText(draft.aliases), proposal]))}
          >
            Add “{proposal}” as a short name
          </button>{' '}
          <span className="muted">People often say just the first word.</span>
        </p>
      ) : null}
      <FieldGroup legend="Firmographics">
        <TextField
          {...field('industry')}
          value={draft.industry}
          onChange={set('industry')}
          placeholder="e.g. Logistics software"
        />
        <TextField
          {...field('employeeRange')}
          hint="Employees, e.g. 51–200"
          value={draft.employeeRange}
          onChange={set('employeeRange')}
        />
        <TextField
          {...field('annualRevenue')}
          value={draft.annualRevenue}
          onChange={set('annualRevenue')}
          placeholder="e.g. $10–50M"
        />
        <TextField
          {...field('geography')}
          value={draft.geography}
          onChange={set('geography')}
          placeholder="e.g. Germany, EU"
        />
        <SelectField
          {...field('growthStage')}
          choices={choicesOf(GROWTH_STAGES)}
          value={draft.growthStage}
          onChange={(v) => set('growthStage')(v as Draft['growthStage'])}
        />
      </FieldGroup>
      <FieldGroup legend="Technographics">
        <TextField
          {...field('currentStack')}
          hint="Separate tools with commas."
          value={draft.currentStack}
          onChange={set('currentStack')}
          placeholder="e.g. Salesforce, Jira, Snowflake"
        />
        <SelectField
          {...field('infrastructure')}
          choices={choicesOf(INFRASTRUCTURES)}
          value={draft.infrastructure}
          onChange={(v) => set('infrastructure')(v as Draft['infrastructure'])}
        />
        <SelectField
          {...field('techMaturity')}
          choices={choicesOf(TECH_MATURITIES)}
          value={draft.techMaturity}
          onChange={(v) => set('techMaturity')(v as Draft['techMaturity'])}
        />
      </FieldGroup>
      <FieldGroup legend="Buying">
        <SelectField
          {...field('buyingProcess')}
          choices={choicesOf(BUYING_PROCESSES)}
          value={draft.buyingProcess}
          onChange={(v) => set('buyingProcess')(v as Draft['buyingProcess'])}
        />
        <TextField
          {...field('contractValue')}
          value={draft.contractValue}
          onChange={set('contractValue')}
          placeholder="e.g. $20k per year"
        />
      </FieldGroup>
      <TextArea {...field('notes')} value={draft.notes} onChange={set('notes')} />
    </RecordDialog>
  );
}
