/**
 * One CRM row, read through the mapping, as the values Groundwork stores: the real name (full name, or
 * first and last joined), the career stage in the schema's vocabulary, the stack as a list.
 */
import type { CareerStage, CrmField, CrmMapping } from '../../../../shared/domain/crm';

export interface CrmRecord {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  realName: string;
  email: string;
  role: string;
  careerStage: CareerStage;
  notes: string;
  company: string;
  industry: string;
  employeeRange: string;
  annualRevenue: string;
  geography: string;
  currentStack: string[];
  warnings: string[];
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Seniority words CRMs use, by the schema's career stage. Checked as whole phrases, then by leading word. */
const STAGES: [CareerStage, string[]][] = [
  [
    'c_level',
    ['c level', 'c suite', 'cxo', 'cxo level', 'executive', 'founder', 'co founder', 'owner', 'partner', 'president'],
  ],
  ['vp', ['vp', 'vice president', 'svp', 'evp', 'avp', 'senior vice president', 'executive vice president']],
  ['director', ['director', 'senior director', 'head', 'head of', 'head of department']],
  ['manager', ['manager', 'senior manager', 'management', 'team lead', 'lead', 'supervisor']],
  [
    'ic',
    [
      'ic',
      'individual contributor',
      'contributor',
      'individual',
      'entry',
      'entry level',
      'junior',
      'mid',
      'mid level',
      'mid senior',
      'senior',
      'staff',
      'associate',
      'specialist',
      'intern',
      'non manager',
    ],
  ],
];
const STAGE_BY_PHRASE = new Map(STAGES.flatMap(([stage, phrases]) => phrases.map((p) => [p, stage] as const)));
const C_TITLES = /^(chief\b|c[a-z]o$)/;

/** The schema's career stage for a CRM seniority value; null when it is not one we know. */
export function careerStageOf(value: string): CareerStage | null {
  const k = key(value);
  if (!k) return '';
  if (k === 'c level' || k === 'c_level') return 'c_level';
  const exact = STAGE_BY_PHRASE.get(k);
  if (exact) return exact;
  if (C_TITLES.test(k)) return 'c_level';
  const first = k.split(' ')[0]!;
  if (first === 'chief') return 'c_level';
  return STAGE_BY_PHRASE.get(first) ?? STAGE_BY_PHRASE.get(k.split(' ').slice(0, 2).join(' ')) ?? null;
}

/** A stack cell ("Snowflake; dbt | Looker, Slack") as a list: trimmed, distinct (case-insensitive), in order. */
export function stackOf(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of value.split(/[,;|]/)) {
    const tool = part.trim();
    if (tool && !seen.has(tool.toLowerCase())) {
      seen.add(tool.toLowerCase());
      out.push(tool);
    }
  }
  return out;
}

export function columnIndex(headers: readonly string[], mapping: CrmMapping): Partial<Record<CrmField, number>> {
  const out: Partial<Record<CrmField, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [CrmField, string | undefined][]) {
    if (!header) continue;
    const i = headers.indexOf(header);
    if (i >= 0) out[field] = i;
  }
  return out;
}

export function recordOf(cells: readonly string[], row: number, columns: Partial<Record<CrmField, number>>): CrmRecord {
  const get = (f: CrmField) => {
    const i = columns[f];
    return i === undefined ? '' : (cells[i] ?? '').replace(/\s+/g, ' ').trim();
  };
  const warnings: string[] = [];
  const full = get('fullName');
  const realName = full || [get('firstName'), get('lastName')].filter(Boolean).join(' ');
  const stageText = get('careerStage');
  let careerStage = careerStageOf(stageText);
  if (careerStage === null) {
    warnings.push(`Row ${row}: career stage “${stageText}” is not one Groundwork knows; left blank.`);
    careerStage = '';
  }
  const notesIndex = columns.notes;
  return {
    row,
    realName,
    email: get('email'),
    role: get('role'),
    careerStage,
    // Notes keep their line breaks.
    notes: notesIndex === undefined ? '' : (cells[notesIndex] ?? '').trim(),
    company: get('company'),
    industry: get('industry'),
    employeeRange: get('employeeRange'),
    annualRevenue: get('annualRevenue'),
    geography: get('geography'),
    currentStack: stackOf(get('currentStack')),
    warnings,
  };
}
