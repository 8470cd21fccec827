/**
 * The ideal customer profile as a document (the framework's template: firmographics, technographics,
 * business characteristics, qualifying and disqualifying signals) whose statements cite quotes, and the
 * shapes of scored cells that cite quotes too. Texts are Groundwork's own.
 */
import { z } from 'zod';
import { Id } from './common';
import { Criterion, TIERS } from './icp';
import { Citation, CitationStance } from './citation';
import { PERSONA_KINDS } from './persona';

export const ICP_SECTIONS = [
  'firmographics',
  'technographics',
  'business',
  'signal_positive',
  'signal_negative',
  'disqualifying',
] as const;
export type IcpSection = (typeof ICP_SECTIONS)[number];

export const ICP_SECTION_LABELS: Record<IcpSection, string> = {
  firmographics: 'Firmographics',
  technographics: 'Technographics',
  business: 'Business characteristics',
  signal_positive: 'Positive signals',
  signal_negative: 'Negative signals',
  disqualifying: 'Disqualifying criteria',
};

/** What each section is for, in a sentence (shown under its heading). */
export const ICP_SECTION_HINTS: Record<IcpSection, string> = {
  firmographics: 'Which companies: their industry, size, revenue, where they are and how far along.',
  technographics: 'What they run today and how readily they take up new tools.',
  business: 'How badly they feel the problem, who holds the budget and how they buy.',
  signal_positive:
    'Signs that a company is worth pursuing: a role they are hiring for, a tool they use, a market they enter.',
  signal_negative: 'Signs that a company is a weaker fit: too small, the wrong industry, the problem already solved.',
  disqualifying: 'Reasons to rule a company out whatever its score. Tick them per company on the Scoring tab.',
};

/** The template's named fields per section; sections without fields hold a plain list. */
export const ICP_SECTION_FIELDS: Partial<Record<IcpSection, readonly { key: string; label: string }[]>> = {
  firmographics: [
    { key: 'industry', label: 'Industry' },
    { key: 'company_size', label: 'Company size' },
    { key: 'annual_revenue', label: 'Annual revenue' },
    { key: 'geography', label: 'Geography' },
    { key: 'growth_stage', label: 'Growth stage' },
  ],
  technographics: [
    { key: 'current_stack', label: 'Current stack' },
    { key: 'infrastructure', label: 'Infrastructure' },
    { key: 'maturity', label: 'Adoption maturity' },
  ],
  business: [
    { key: 'pain_intensity', label: 'Pain intensity' },
    { key: 'budget_authority', label: 'Budget authority' },
    { key: 'buying_process', label: 'Buying process' },
    { key: 'contract_value', label: 'Contract value' },
  ],
};

/** The contract's name for a citation's stance (icp.*.cite). */
export const Polarity = CitationStance;

export const IcpStatement = z.object({
  id: Id,
  section: z.enum(ICP_SECTIONS),
  field: z.string(),
  statement: z.string(),
  position: z.number().int(),
  citationCount: z.number().int(),
  citations: z.array(Citation),
});
export type IcpStatement = z.infer<typeof IcpStatement>;

/** One company × criterion cell of the matrix, as the table shows it. */
export const ScoreCell = z.object({ score: z.number().int(), note: z.string(), citationCount: z.number().int() });
export type ScoreCell = z.infer<typeof ScoreCell>;

/** One cell in full: its score (null when not scored), note and cited quotes. */
export const ScoreDetail = z.object({
  companyId: Id,
  companyName: z.string(),
  criterionId: Id,
  criterionName: z.string(),
  scoreId: Id.nullable(),
  score: z.number().int().nullable(),
  note: z.string(),
  citations: z.array(Citation),
});
export type ScoreDetail = z.infer<typeof ScoreDetail>;

export const ScoreResultSchema = z.object({
  score: z.number().nullable(),
  tier: z.enum(TIERS).nullable(),
  scored: z.number().int(),
  missing: z.array(Id),
  disqualifiedBy: z.array(z.string()),
});

export const MatrixRow = z.object({
  companyId: Id,
  companyName: z.string(),
  industry: z.string(),
  /** criterionId -> score (1–5), scored cells only. */
  scores: z.record(z.string(), z.number()),
  /** criterionId -> the scored cell with its note and how many quotes it cites. */
  cells: z.record(z.string(), ScoreCell),
  /** Disqualifying statements ticked for this company. */
  disqualifierIds: z.array(Id),
  result: ScoreResultSchema,
  sensitivity: z.array(z.object({ criterionId: Id, down: z.enum(TIERS).nullable(), up: z.enum(TIERS).nullable() })),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

export const ScoredMatrix = z.object({
  criteria: z.array(Criterion),
  weightProblem: z.string().nullable(),
  rows: z.array(MatrixRow),
});
export type ScoredMatrix = z.infer<typeof ScoredMatrix>;

/**
 * A persona the profile contains (icp_personas, migration 0012). The framework's relationship: a
 * company matching the ICP holds several buyer personas, who may differ from its daily users; the
 * persona's own kind says which of the two it is.
 */
export const IcpPersona = z.object({
  id: Id,
  kind: z.enum(PERSONA_KINDS),
  name: z.string(),
  role: z.string(),
  tier: z.number().int().nullable(),
});
export type IcpPersona = z.infer<typeof IcpPersona>;

/** The whole profile for reading or export: template sections with cited statements, and the matrix with every cell's citations. */
export const IcpProfile = z.object({
  sections: z.array(z.object({ section: z.enum(ICP_SECTIONS), label: z.string(), statements: z.array(IcpStatement) })),
  matrix: ScoredMatrix,
  /** The buyer and user personas the profile contains, buyers first, then by name. */
  personas: z.array(IcpPersona),
  /** companyId -> criterionId -> that cell's citations (cells without citations are left out). */
  scoreCitations: z.record(z.string(), z.record(z.string(), z.array(Citation))),
});
export type IcpProfile = z.infer<typeof IcpProfile>;
