/**
 * Vocabulary from the persona framework (shared/persona-framework.txt in the steering repo):
 * research methods, company firmographic choices and the like. Labels are ours.
 */

export const RESEARCH_METHODS = [
  'customer_interview',
  'sales_interview',
  'cs_interview',
  'win_loss',
  'survey',
  'observation',
] as const;
export type ResearchMethod = (typeof RESEARCH_METHODS)[number];

export const RESEARCH_METHOD_LABELS: Record<ResearchMethod, string> = {
  customer_interview: 'Customer interview',
  sales_interview: 'Sales team interview',
  cs_interview: 'Customer success interview',
  win_loss: 'Win/loss analysis',
  survey: 'Survey follow-up',
  observation: 'On-site observation',
};

export const INTERVIEW_STATUSES = ['planned', 'conducted', 'transcribed', 'coded', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  planned: 'Planned',
  conducted: 'Conducted',
  transcribed: 'Transcribed',
  coded: 'Coded',
  cancelled: 'Cancelled',
};

export const GROWTH_STAGES = ['', 'startup', 'growth', 'enterprise'] as const;
export const INFRASTRUCTURES = ['', 'cloud', 'on_prem', 'hybrid'] as const;
export const TECH_MATURITIES = ['', 'early_adopter', 'mainstream', 'laggard'] as const;
export const BUYING_PROCESSES = ['', 'simple', 'committee', 'procurement'] as const;
export const CAREER_STAGES = ['', 'ic', 'manager', 'director', 'vp', 'c_level'] as const;
export const CONSENT_STATES = ['pending', 'verbal', 'written', 'declined', 'withdrawn'] as const;

export const CHOICE_LABELS: Record<string, string> = {
  '': 'Not set',
  startup: 'Startup',
  growth: 'Growth',
  enterprise: 'Enterprise',
  cloud: 'Cloud',
  on_prem: 'On-premises',
  hybrid: 'Hybrid',
  early_adopter: 'Early adopter',
  mainstream: 'Mainstream',
  laggard: 'Laggard',
  simple: 'Simple (one decision maker)',
  committee: 'Buying committee',
  procurement: 'Formal procurement',
  ic: 'Individual contributor',
  manager: 'Manager',
  director: 'Director',
  vp: 'VP',
  c_level: 'C-level',
  pending: 'Not yet asked',
  verbal: 'Verbal consent',
  written: 'Written consent',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/**
 * Where evidence comes from: an interview, or a document of the framework's secondary-methods table
 * (plus the open-text answers of a survey and win/loss notes, which researchers import as documents
 * too). The framework rates how actionable each secondary source is; interviews are primary research.
 */
export const SECONDARY_SOURCE_KINDS = [
  'support_tickets',
  'crm_notes',
  'reviews',
  'survey_answers',
  'win_loss_notes',
  'product_analytics',
  'social_media',
  'industry_data',
  'job_postings',
] as const;
export type SecondarySourceKind = (typeof SECONDARY_SOURCE_KINDS)[number];
export const SOURCE_KINDS = ['interview', ...SECONDARY_SOURCE_KINDS] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  interview: 'Interview',
  support_tickets: 'Support tickets',
  crm_notes: 'CRM notes',
  reviews: 'G2/Capterra reviews',
  survey_answers: 'Survey answers',
  win_loss_notes: 'Win/loss notes',
  product_analytics: 'Product analytics',
  social_media: 'Social media',
  industry_data: 'Census / industry data',
  job_postings: 'Job postings',
};

/** The framework's actionability rating per secondary source; null where its table does not rate one. */
export const SOURCE_KIND_ACTIONABILITY: Record<SecondarySourceKind, 'High' | 'Medium' | 'Low-Medium' | null> = {
  support_tickets: 'High',
  crm_notes: 'High',
  product_analytics: 'High',
  reviews: 'Medium',
  social_media: 'Medium',
  job_postings: 'Medium',
  industry_data: 'Low-Medium',
  survey_answers: null,
  win_loss_notes: null,
};
