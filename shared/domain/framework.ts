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
