/**
 * The names under which Groundwork's fields travel in REFI: Variables of Cases (participants)
 * and of TextSources (interviews), and the Sets that carry segments and tag kinds. Export writes
 * them and import reads them back, so a round trip is exact; another tool shows them as ordinary
 * variables and sets.
 */
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '../../../../shared/domain/tag';

export type VariableType = 'Text' | 'DateTime';

export interface VariableSpec {
  key: string;
  name: string;
  type: VariableType;
  of: 'case' | 'source';
}

export const CASE_VARIABLES = {
  realName: { key: 'realName', name: 'Real name', type: 'Text', of: 'case' },
  email: { key: 'email', name: 'E-mail', type: 'Text', of: 'case' },
  role: { key: 'role', name: 'Role', type: 'Text', of: 'case' },
  careerStage: { key: 'careerStage', name: 'Career stage', type: 'Text', of: 'case' },
  behavior: { key: 'behavior', name: 'Behaviour', type: 'Text', of: 'case' },
  consent: { key: 'consent', name: 'Consent', type: 'Text', of: 'case' },
  segment: { key: 'segment', name: 'Segment', type: 'Text', of: 'case' },
  company: { key: 'company', name: 'Company', type: 'Text', of: 'case' },
  industry: { key: 'industry', name: 'Company industry', type: 'Text', of: 'case' },
  employeeRange: { key: 'employeeRange', name: 'Company size', type: 'Text', of: 'case' },
  annualRevenue: { key: 'annualRevenue', name: 'Company revenue', type: 'Text', of: 'case' },
  geography: { key: 'geography', name: 'Company geography', type: 'Text', of: 'case' },
  growthStage: { key: 'growthStage', name: 'Company growth stage', type: 'Text', of: 'case' },
  infrastructure: { key: 'infrastructure', name: 'Company infrastructure', type: 'Text', of: 'case' },
  techMaturity: { key: 'techMaturity', name: 'Company tech maturity', type: 'Text', of: 'case' },
  buyingProcess: { key: 'buyingProcess', name: 'Company buying process', type: 'Text', of: 'case' },
  /** The speaker labels this person speaks under in the transcripts, one per line. */
  speakerLabels: { key: 'speakerLabels', name: 'Speaker labels', type: 'Text', of: 'case' },
} as const satisfies Record<string, VariableSpec>;

export const SOURCE_VARIABLES = {
  date: { key: 'date', name: 'Interview date', type: 'DateTime', of: 'source' },
  method: { key: 'method', name: 'Method', type: 'Text', of: 'source' },
  status: { key: 'status', name: 'Status', type: 'Text', of: 'source' },
  interviewer: { key: 'interviewer', name: 'Interviewer', type: 'Text', of: 'source' },
  interviewerSpeakers: { key: 'interviewerSpeakers', name: 'Interviewer speakers', type: 'Text', of: 'source' },
  otherSpeakers: { key: 'otherSpeakers', name: 'Other speakers', type: 'Text', of: 'source' },
} as const satisfies Record<string, VariableSpec>;

export const ALL_VARIABLES: readonly VariableSpec[] = [
  ...Object.values(CASE_VARIABLES),
  ...Object.values(SOURCE_VARIABLES),
];

export const SEGMENT_SET_PREFIX = 'Segment: ';
export const KIND_SET_PREFIX = 'Tag kind: ';

export function kindFromSetName(name: string): TagKind | null {
  if (!name.startsWith(KIND_SET_PREFIX)) return null;
  const label = name.slice(KIND_SET_PREFIX.length).trim().toLowerCase();
  return TAG_KINDS.find((k) => TAG_KIND_LABELS[k].toLowerCase() === label) ?? null;
}

/** Labels in one Text variable: one per line (a speaker label never holds a line break). */
export function joinLabels(labels: readonly string[]): string {
  return labels.join('\n');
}

export function splitLabels(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** The speaker label Groundwork writes for turns nobody is named for; it reads back as no speaker. */
export const UNKNOWN_LABEL = 'Unknown speaker';

/** `[0:01:02.500]`: a clock the text-transcript reader understands. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const f = total % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`;
}
