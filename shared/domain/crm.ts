/**
 * Participants and companies from a CRM export (CSV or XLSX): the fields a column can fill, the
 * column mapping, the staged file's summary, the preview plan and the commit's result.
 */
import { z } from 'zod';
import type { CAREER_STAGES } from './framework';

/** What a column can fill. First and last name are joined into the real name when no full name is mapped. */
export const CRM_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'role',
  'careerStage',
  'company',
  'industry',
  'employeeRange',
  'annualRevenue',
  'geography',
  'currentStack',
  'notes',
] as const;
export type CrmField = (typeof CRM_FIELDS)[number];

export const CRM_FIELD_LABELS: Record<CrmField, string> = {
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail',
  role: 'Role (job title)',
  careerStage: 'Career stage',
  company: 'Company',
  industry: 'Industry',
  employeeRange: 'Company size',
  annualRevenue: 'Annual revenue',
  geography: 'Region',
  currentStack: 'Tech stack',
  notes: 'Notes',
};

/** Field -> the column header it is read from (absent: not imported). */
export const CrmMapping = z
  .object(
    Object.fromEntries(CRM_FIELDS.map((f) => [f, z.string().max(500).optional()])) as Record<
      CrmField,
      z.ZodOptional<z.ZodString>
    >,
  )
  .strict();
export type CrmMapping = z.infer<typeof CrmMapping>;

export const CrmStaged = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  headers: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  /** The first rows, cell by cell in header order, so the mapping table can show sample values. */
  sample: z.array(z.array(z.string())),
  suggested: CrmMapping,
});
export type CrmStaged = z.infer<typeof CrmStaged>;

/** One field of an existing record as the import would leave it. */
export const CrmFieldChange = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
  /** fill: it was blank; replace: it differed and replaceDiffering is on; keep: it differs and stays. */
  kind: z.enum(['fill', 'replace', 'keep']),
});
export type CrmFieldChange = z.infer<typeof CrmFieldChange>;

export const CrmRowPlan = z.object({
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int().positive(),
  status: z.enum(['match', 'possible', 'create', 'repeat', 'invalid']),
  name: z.string(),
  email: z.string(),
  companyName: z.string(),
  /** match / possible: the existing participant. */
  participant: z.object({ id: z.number().int(), label: z.string() }).nullable(),
  /** match / possible: what merging would change. */
  changes: z.array(CrmFieldChange),
  /** repeat: the earlier row this one is folded into. */
  repeatOf: z.number().int().nullable(),
  /** invalid: why, naming the row. */
  reason: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type CrmRowPlan = z.infer<typeof CrmRowPlan>;

export const CrmCompanyPlan = z.object({
  name: z.string(),
  status: z.enum(['match', 'create']),
  companyId: z.number().int().nullable(),
  rows: z.array(z.number().int()),
  changes: z.array(CrmFieldChange),
});
export type CrmCompanyPlan = z.infer<typeof CrmCompanyPlan>;

export const CrmPreview = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  counts: z.object({
    rows: z.number().int(),
    match: z.number().int(),
    possible: z.number().int(),
    create: z.number().int(),
    repeat: z.number().int(),
    invalid: z.number().int(),
    newCompanies: z.number().int(),
    matchedCompanies: z.number().int(),
  }),
  rows: z.array(CrmRowPlan),
  companies: z.array(CrmCompanyPlan),
});
export type CrmPreview = z.infer<typeof CrmPreview>;

export const CrmDecision = z.object({
  row: z.number().int().positive(),
  action: z.enum(['merge', 'create', 'skip']),
});
export type CrmDecision = z.infer<typeof CrmDecision>;

export const CrmCommitResult = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  /** Rows the researcher skipped plus invalid rows. */
  skipped: z.number().int(),
  /** Rows folded into an earlier row with the same e-mail. */
  folded: z.number().int(),
  companiesCreated: z.number().int(),
  companiesUpdated: z.number().int(),
  label: z.string(),
});
export type CrmCommitResult = z.infer<typeof CrmCommitResult>;

/** The schema's career stages, for the normaliser's result type. */
export type CareerStage = (typeof CAREER_STAGES)[number];
