/**
 * What a CRM import would do, row by row, against the project as it is now: match a participant by
 * e-mail, offer a possible match by name, create, fold an in-file repeat into its earlier row, or
 * refuse the row with a reason. Merges are listed field by field (blank fields filled, differing
 * ones kept unless replaced). Pure reads: the preview shows it, the commit recomputes and applies it.
 */
import type { CrmCompanyPlan, CrmFieldChange, CrmMapping, CrmPreview, CrmRowPlan } from '../../../../shared/domain/crm';
import type { Company } from '../../../../shared/domain/company';
import { CompanyFields } from '../../../../shared/domain/company';
import { CHOICE_LABELS } from '../../../../shared/domain/framework';
import { nameClash, personNameKeys, pseudonymKeys, spellings, type PersonNames } from '../../../../shared/domain/names';
import type { Participant } from '../../../../shared/domain/participant';
import { ParticipantFields } from '../../../../shared/domain/participant';
import type { ProjectContext } from '../../context';
import { listCompanies } from '../../repos/companies';
import { listParticipants } from '../../repos/participants';
import { columnIndex, recordOf, type CrmRecord } from './normalise';
import type { CrmTable } from './readTable';

export type RowStatus = CrmRowPlan['status'];

export interface PlannedRow {
  record: CrmRecord;
  status: RowStatus;
  participant: Participant | null;
  repeatOf: number | null;
  reason: string | null;
  /** Folded company name, or null when the row names none. */
  companyKey: string | null;
  /** Rows folded into this one. */
  repeats: number[];
}

export interface PlannedCompany {
  key: string;
  name: string;
  existing: Company | null;
  rows: number[];
  values: CompanyValues;
}

export interface CompanyValues {
  industry: string;
  employeeRange: string;
  annualRevenue: string;
  geography: string;
  currentStack: string[];
}

export interface CrmPlan {
  rows: PlannedRow[];
  companies: Map<string, PlannedCompany>;
  participants: Participant[];
  existingCompanies: Company[];
}

/** The key two spellings of a name share ("Anne-Marie O’Neil" ~ "anne marie o neil"). */
export const nameKey = (name: string): string => spellings(name)[0]?.join(' ') ?? '';
const emailKey = (email: string) => email.trim().toLowerCase();
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const PERSON_FIELDS = ['realName', 'email', 'role', 'careerStage', 'notes'] as const;
const PERSON_LABELS: Record<(typeof PERSON_FIELDS)[number] | 'company', string> = {
  realName: 'Name',
  email: 'E-mail',
  role: 'Role',
  careerStage: 'Career stage',
  notes: 'Notes',
  company: 'Company',
};
const COMPANY_FIELDS = ['industry', 'employeeRange', 'annualRevenue', 'geography', 'currentStack'] as const;
const COMPANY_LABELS: Record<(typeof COMPANY_FIELDS)[number], string> = {
  industry: 'Industry',
  employeeRange: 'Company size',
  annualRevenue: 'Annual revenue',
  geography: 'Region',
  currentStack: 'Tech stack',
};

/** People indexed by the keys their pseudonym collides on, so the clash rule is checked in batch. */
function pseudonymIndex(people: readonly PersonNames[]): Map<string, PersonNames[]> {
  const out = new Map<string, PersonNames[]>();
  for (const p of people)
    for (const k of pseudonymKeys(p.pseudonym)) {
      const list = out.get(k);
      if (list) list.push(p);
      else out.set(k, [p]);
    }
  return out;
}

function clashOf(
  index: Map<string, PersonNames[]>,
  candidateKeys: string[],
  names: Parameters<typeof nameClash>[0],
): string | null {
  const hits = new Set(candidateKeys.flatMap((k) => index.get(k) ?? []));
  return hits.size ? (nameClash(names, null, [...hits])?.message ?? null) : null;
}

export function planCrm(ctx: ProjectContext, table: CrmTable, mapping: CrmMapping): CrmPlan {
  const columns = columnIndex(table.headers, mapping);
  const participants = listParticipants(ctx.db);
  const existingCompanies = listCompanies(ctx.db);
  const byEmail = new Map<string, Participant>();
  const byName = new Map<string, Participant>();
  for (const p of participants) {
    if (p.email) byEmail.set(emailKey(p.email), p);
    for (const n of [p.realName, ...p.aliases]) {
      const k = nameKey(n);
      if (k && !byName.has(k)) byName.set(k, p);
    }
  }
  const companyByKey = new Map<string, Company>();
  for (const c of existingCompanies)
    for (const n of [c.name, ...c.aliases]) {
      const k = nameKey(n);
      if (k && !companyByKey.has(k)) companyByKey.set(k, c);
    }
  const clashes = pseudonymIndex(participants);
  // An existing company is one entry however the file spells it (name or alias); a new one per folded name.
  const companyKeyOf = (name: string): string | null => {
    const k = nameKey(name);
    if (!k) return null;
    const existing = companyByKey.get(k);
    return existing ? `id:${existing.id}` : `new:${k}`;
  };

  const rows: PlannedRow[] = [];
  const firstByEmail = new Map<string, PlannedRow>();
  table.rows.forEach((cells, i) => {
    const record = recordOf(cells, i + 2, columns);
    const planned: PlannedRow = {
      record,
      status: 'create',
      participant: null,
      repeatOf: null,
      reason: null,
      companyKey: record.company ? companyKeyOf(record.company) : null,
      repeats: [],
    };
    rows.push(planned);
    const n = record.row;
    const invalid = (reason: string) => {
      planned.status = 'invalid';
      planned.reason = `Row ${n}: ${reason}`;
      planned.companyKey = null;
    };
    if (!record.realName && !record.email) return invalid('it has neither a name nor an e-mail address.');
    const checked = ParticipantFields.safeParse({
      realName: record.realName,
      email: record.email,
      role: record.role,
      careerStage: record.careerStage,
      notes: record.notes,
    });
    if (!checked.success) return invalid(checked.error.issues[0]?.message ?? 'a value cannot be stored.');
    const earlier = record.email ? firstByEmail.get(emailKey(record.email)) : undefined;
    if (earlier) {
      planned.status = 'repeat';
      planned.repeatOf = earlier.record.row;
      planned.companyKey = null;
      earlier.repeats.push(n);
      foldInto(earlier, record, companyKeyOf);
      return;
    }
    const clash = clashOf(
      clashes,
      personNameKeys(record.realName).map((k) => k.key),
      { realName: record.realName },
    );
    if (clash) return invalid(clash);
    if (record.company) {
      const companyClash = clashOf(
        clashes,
        spellings(record.company).map((ws) => ws.join(' ')),
        { companyName: record.company },
      );
      if (companyClash) return invalid(companyClash);
      if (!CompanyFields.shape.name.safeParse(record.company).success)
        return invalid(`the company name “${record.company.slice(0, 40)}…” is too long.`);
    }
    if (record.email) firstByEmail.set(emailKey(record.email), planned);
    const byMail = record.email ? byEmail.get(emailKey(record.email)) : undefined;
    if (byMail) {
      planned.status = 'match';
      planned.participant = byMail;
      return;
    }
    const byN = record.realName ? byName.get(nameKey(record.realName)) : undefined;
    if (byN) {
      planned.status = 'possible';
      planned.participant = byN;
    }
  });

  const companies = new Map<string, PlannedCompany>();
  for (const r of rows) {
    if (!r.companyKey) continue;
    let c = companies.get(r.companyKey);
    if (!c) {
      const existing = existingCompanies.find((e) => `id:${e.id}` === r.companyKey) ?? null;
      c = {
        key: r.companyKey,
        name: existing?.name ?? r.record.company,
        existing,
        rows: [],
        values: { industry: '', employeeRange: '', annualRevenue: '', geography: '', currentStack: [] },
      };
      companies.set(r.companyKey, c);
    }
    c.rows.push(r.record.row);
    // The first row that gives a value gives it.
    for (const f of COMPANY_FIELDS) {
      if (f === 'currentStack') {
        if (!c.values.currentStack.length) c.values.currentStack = r.record.currentStack;
      } else if (!c.values[f]) c.values[f] = r.record[f];
    }
  }
  return { rows, companies, participants, existingCompanies };
}

/** A repeat's values fill what its earlier row left blank. */
function foldInto(target: PlannedRow, repeat: CrmRecord, companyKeyOf: (name: string) => string | null): void {
  const t = target.record;
  for (const f of [
    'realName',
    'role',
    'notes',
    'company',
    'industry',
    'employeeRange',
    'annualRevenue',
    'geography',
  ] as const)
    if (!t[f]) t[f] = repeat[f];
  if (!t.careerStage) t.careerStage = repeat.careerStage;
  if (!t.currentStack.length) t.currentStack = repeat.currentStack;
  if (!target.companyKey && t.company) target.companyKey = companyKeyOf(t.company);
  t.warnings.push(...repeat.warnings);
}

const display = (field: string, value: string) =>
  field === 'careerStage' ? (value ? (CHOICE_LABELS[value] ?? value) : '') : value;

function change(
  field: string,
  label: string,
  before: string,
  after: string,
  replaceDiffering: boolean,
): CrmFieldChange | null {
  if (!after.trim() || same(before, after)) return null;
  const kind = !before.trim() ? 'fill' : replaceDiffering ? 'replace' : 'keep';
  return { field, label, before: display(field, before), after: display(field, after), kind };
}

/** What merging `row` into its participant changes, field by field. */
export function participantChanges(plan: CrmPlan, row: PlannedRow, replaceDiffering: boolean): CrmFieldChange[] {
  const p = row.participant;
  if (!p) return [];
  const r = row.record;
  const out: CrmFieldChange[] = [];
  for (const f of PERSON_FIELDS) {
    const before = p[f];
    const after = r[f];
    if (f === 'realName' && nameKey(before) === nameKey(after)) continue;
    const c = change(f, PERSON_LABELS[f], before, after, replaceDiffering);
    if (c) out.push(c);
  }
  if (row.companyKey) {
    const target = plan.companies.get(row.companyKey)!;
    const current = p.companyId === null ? null : plan.existingCompanies.find((c) => c.id === p.companyId);
    if (!current || current.id !== target.existing?.id) {
      const c = change('companyId', PERSON_LABELS.company, current?.name ?? '', target.name, replaceDiffering);
      if (c) out.push(c);
    }
  }
  return out;
}

export function companyChanges(company: PlannedCompany, replaceDiffering: boolean): CrmFieldChange[] {
  const e = company.existing;
  if (!e) return [];
  const out: CrmFieldChange[] = [];
  for (const f of COMPANY_FIELDS) {
    const before = f === 'currentStack' ? e.currentStack.join(', ') : e[f];
    const after = f === 'currentStack' ? company.values.currentStack.join(', ') : company.values[f];
    const c = change(f, COMPANY_LABELS[f], before, after, replaceDiffering);
    if (c) out.push(c);
  }
  return out;
}

const labelOf = (p: Participant) => (p.realName ? `${p.realName} (${p.pseudonym})` : p.pseudonym);

export function previewOf(stagingId: string, fileName: string, plan: CrmPlan, replaceDiffering = false): CrmPreview {
  const counts = { rows: plan.rows.length, match: 0, possible: 0, create: 0, repeat: 0, invalid: 0 };
  const rows: CrmRowPlan[] = plan.rows.map((r) => {
    counts[r.status]++;
    return {
      row: r.record.row,
      status: r.status,
      name: r.record.realName,
      email: r.record.email,
      companyName: r.companyKey ? plan.companies.get(r.companyKey)!.name : r.record.company,
      participant: r.participant ? { id: r.participant.id, label: labelOf(r.participant) } : null,
      changes: participantChanges(plan, r, replaceDiffering),
      repeatOf: r.repeatOf,
      reason: r.reason,
      warnings: r.record.warnings,
    };
  });
  const companies: CrmCompanyPlan[] = [...plan.companies.values()].map((c) => ({
    name: c.name,
    status: c.existing ? 'match' : 'create',
    companyId: c.existing?.id ?? null,
    rows: c.rows,
    changes: companyChanges(c, replaceDiffering),
  }));
  return {
    stagingId,
    fileName,
    counts: {
      ...counts,
      newCompanies: companies.filter((c) => c.status === 'create').length,
      matchedCompanies: companies.filter((c) => c.status === 'match').length,
    },
    rows,
    companies,
  };
}
