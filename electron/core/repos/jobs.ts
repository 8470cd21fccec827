/** job_statements, job_personas and job citations access. */
import type { Database } from 'better-sqlite3';
import type { JobKind, JobStage } from '../../../shared/domain/job';
import type { Citation } from '../../../shared/domain/persona';
import { stmt } from '../db/sql';
import { citationsOf } from './citations';

export interface JobRow {
  id: number;
  guid: string;
  situation: string;
  motivation: string;
  outcome: string;
  kind: JobKind;
  stage: JobStage | null;
  created_at: number;
  updated_at: number;
}

export function jobRow(db: Database, id: number): JobRow | undefined {
  return stmt(db, 'SELECT * FROM job_statements WHERE id = ?').get(id) as JobRow | undefined;
}

/** Jobs matching the filters; every filter is a bound parameter and null means "any". */
export function jobRows(
  db: Database,
  f: { personaId: number | null; kind: JobKind | null; stage: JobStage | 'none' | null },
): JobRow[] {
  return stmt(
    db,
    `SELECT j.* FROM job_statements j
      WHERE (@personaId IS NULL OR EXISTS (SELECT 1 FROM job_personas jp WHERE jp.job_id = j.id AND jp.persona_id = @personaId))
        AND (@kind IS NULL OR j.kind = @kind)
        AND (@stage IS NULL OR (@stage = 'none' AND j.stage IS NULL) OR j.stage = @stage)
      ORDER BY j.id`,
  ).all({ personaId: f.personaId, kind: f.kind, stage: f.stage }) as JobRow[];
}

export function personasOfJobs(db: Database, jobIds: number[]): { jobId: number; id: number; name: string }[] {
  return stmt(
    db,
    `SELECT jp.job_id AS jobId, p.id, p.name FROM job_personas jp JOIN personas p ON p.id = jp.persona_id
      WHERE jp.job_id IN (SELECT value FROM json_each(?)) AND p.archived = 0
      ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all(JSON.stringify(jobIds)) as { jobId: number; id: number; name: string }[];
}

export function citationsOfJobs(db: Database, jobIds: number[]): (Citation & { jobId: number })[] {
  return citationsOf(db, 'job_id', jobIds).map(({ ownerId, ...c }) => ({ ...c, jobId: ownerId }));
}

export function jobCitation(
  db: Database,
  jobId: number,
  quoteId: number,
): { id: number; polarity: string } | undefined {
  return stmt(db, 'SELECT id, polarity FROM citations WHERE job_id = ? AND quote_id = ?').get(jobId, quoteId) as
    { id: number; polarity: string } | undefined;
}

export function jobCitationIds(db: Database, jobId: number): number[] {
  return (stmt(db, 'SELECT id FROM citations WHERE job_id = ? ORDER BY id').all(jobId) as { id: number }[]).map(
    (r) => r.id,
  );
}

export function jobPersonaIds(db: Database, jobId: number): number[] {
  return (
    stmt(db, 'SELECT persona_id AS id FROM job_personas WHERE job_id = ? ORDER BY persona_id').all(jobId) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export function personaExists(
  db: Database,
  id: number,
): { id: number; name: string; kind: 'buyer' | 'user' } | undefined {
  return stmt(db, 'SELECT id, name, kind FROM personas WHERE id = ? AND archived = 0').get(id) as
    { id: number; name: string; kind: 'buyer' | 'user' } | undefined;
}
