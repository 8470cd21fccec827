/** Participants table access. */
import type { Database } from 'better-sqlite3';
import type { Participant } from '../../../shared/domain/participant';
import { fold } from '../../../shared/domain/nameFold';
import { jsonArray, stmt } from '../db/sql';

export type ParticipantRecord = Pick<
  Participant,
  'pseudonym' | 'realName' | 'role' | 'careerStage' | 'companyId' | 'segmentId' | 'consent' | 'consentAt' | 'notes'
> & { behavior?: Participant['behavior']; aliases?: string[]; email?: string };

interface Row {
  id: number;
  guid: string;
  pseudonym: string;
  real_name: string;
  aliases: string;
  email: string;
  role: string;
  career_stage: Participant['careerStage'];
  company_id: number | null;
  segment_id: number | null;
  behavior: Participant['behavior'];
  consent: Participant['consent'];
  consent_at: number | null;
  notes: string;
  created_at: number;
  updated_at: number;
  company_name: string | null;
  segment_name: string | null;
  interview_count: number;
}

const SELECT = `SELECT p.*, c.name AS company_name, s.name AS segment_name,
    (SELECT count(*) FROM interview_participants ip WHERE ip.participant_id = p.id) AS interview_count
  FROM participants p
  LEFT JOIN companies c ON c.id = p.company_id
  LEFT JOIN segments s ON s.id = p.segment_id`;

function toParticipant(r: Row): Participant {
  return {
    id: r.id,
    guid: r.guid,
    pseudonym: r.pseudonym,
    realName: r.real_name,
    aliases: jsonArray(r.aliases),
    email: r.email,
    role: r.role,
    careerStage: r.career_stage,
    companyId: r.company_id,
    segmentId: r.segment_id,
    behavior: r.behavior,
    consent: r.consent,
    consentAt: r.consent_at,
    notes: r.notes,
    companyName: r.company_name,
    segmentName: r.segment_name,
    interviewCount: r.interview_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function params(p: ParticipantRecord) {
  return {
    pseudonym: p.pseudonym,
    real_name: p.realName,
    aliases: JSON.stringify(p.aliases ?? []),
    email: p.email ?? '',
    role: p.role,
    career_stage: p.careerStage,
    company_id: p.companyId,
    segment_id: p.segmentId,
    behavior: p.behavior ?? '',
    consent: p.consent,
    consent_at: p.consentAt,
    notes: p.notes,
  };
}

export function listParticipants(db: Database): Participant[] {
  return (stmt(db, `${SELECT} ORDER BY p.pseudonym COLLATE NOCASE`).all() as Row[]).map(toParticipant);
}

export function getParticipant(db: Database, id: number): Participant | undefined {
  const row = stmt(db, `${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  return row && toParticipant(row);
}

/** Whether another participant has this pseudonym, compared folded (case, accents, apostrophes). */
export function pseudonymTaken(db: Database, pseudonym: string, exceptId: number | null): boolean {
  const wanted = fold(pseudonym.trim());
  const rows = stmt(db, 'SELECT id, pseudonym FROM participants WHERE id IS NOT ?').all(exceptId) as {
    id: number;
    pseudonym: string;
  }[];
  return rows.some((r) => fold(r.pseudonym.trim()) === wanted);
}

/** Everyone's names, aliases and pseudonym: what the clash rules (shared/domain/names.ts) compare. */
export function participantNames(
  db: Database,
): { id: number; realName: string; aliases: string[]; pseudonym: string }[] {
  return (
    stmt(db, 'SELECT id, real_name, aliases, pseudonym FROM participants ORDER BY id').all() as {
      id: number;
      real_name: string;
      aliases: string;
      pseudonym: string;
    }[]
  ).map((r) => ({ id: r.id, realName: r.real_name, aliases: jsonArray(r.aliases), pseudonym: r.pseudonym }));
}

export function allPseudonyms(db: Database): Set<string> {
  const rows = stmt(db, 'SELECT lower(pseudonym) AS p FROM participants').all() as { p: string }[];
  return new Set(rows.map((r) => r.p));
}

export function insertParticipant(db: Database, guid: string, at: number, p: ParticipantRecord): number {
  const info = stmt(
    db,
    `INSERT INTO participants (guid, pseudonym, real_name, aliases, email, role, career_stage, company_id, segment_id, behavior, consent,
       consent_at, notes, created_at, updated_at)
     VALUES (@guid, @pseudonym, @real_name, @aliases, @email, @role, @career_stage, @company_id, @segment_id, @behavior, @consent,
       @consent_at, @notes, @at, @at)`,
  ).run({ ...params(p), guid, at });
  return Number(info.lastInsertRowid);
}

export function updateParticipant(db: Database, id: number, at: number, p: ParticipantRecord): void {
  stmt(
    db,
    `UPDATE participants SET pseudonym = @pseudonym, real_name = @real_name, aliases = @aliases, email = @email, role = @role,
       career_stage = @career_stage, company_id = @company_id, segment_id = @segment_id, behavior = @behavior, consent = @consent,
       consent_at = @consent_at, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(p), id, at });
}

export function deleteParticipant(db: Database, id: number): void {
  stmt(db, 'DELETE FROM participants WHERE id = ?').run(id);
}

export function participantUsage(db: Database, id: number): { interviews: number; speakers: number; personas: number } {
  return stmt(
    db,
    `SELECT (SELECT count(*) FROM interview_participants WHERE participant_id = ?) AS interviews,
            (SELECT count(*) FROM speakers WHERE participant_id = ?) AS speakers,
            (SELECT count(*) FROM persona_members WHERE participant_id = ?) AS personas`,
  ).get(id, id, id) as { interviews: number; speakers: number; personas: number };
}

export function segmentExists(db: Database, id: number): boolean {
  return !!stmt(db, 'SELECT 1 FROM segments WHERE id = ?').get(id);
}

export function participantExists(db: Database, id: number): boolean {
  return !!stmt(db, 'SELECT 1 FROM participants WHERE id = ?').get(id);
}

/** Participants whose consent lets their words count (not declined, not withdrawn). */
export function consentingParticipantCount(db: Database): number {
  return (
    stmt(db, "SELECT count(*) AS n FROM participants WHERE consent NOT IN ('declined', 'withdrawn')").get() as {
      n: number;
    }
  ).n;
}
