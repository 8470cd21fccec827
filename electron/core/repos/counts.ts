/** Row counts of every entity, for `cli info` and the status bar. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

/** Entity name -> table. A fixed list: table names are never taken from input. */
const TABLES = {
  participants: 'participants',
  companies: 'companies',
  segments: 'segments',
  interviews: 'interviews',
  transcripts: 'transcripts',
  transcriptSegments: 'transcript_segments',
  notes: 'notes',
  questions: 'questions',
  guides: 'guides',
  tags: 'tags',
  quotes: 'quotes',
  codings: 'codings',
  personas: 'personas',
  attributes: 'attributes',
  citations: 'citations',
  jobStatements: 'job_statements',
  icpStatements: 'icp_statements',
  icpCriteria: 'icp_criteria',
  companyScores: 'company_scores',
  operations: 'operations',
} as const;

export function entityCounts(db: Database): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [entity, table] of Object.entries(TABLES)) {
    out[entity] = (stmt(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return out;
}
