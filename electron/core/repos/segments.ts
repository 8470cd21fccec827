/** Segments table access: rows with their size, and the facts a segment rule is evaluated against. */
import type { Database } from 'better-sqlite3';
import type { Segment } from '../../../shared/ipc/contract/segments';
import type { Behavior, RuleFacts } from '../../../shared/domain/segmentRule';
import { parseStoredRule } from '../../../shared/domain/segmentRule';
import { stmt } from '../db/sql';

interface Row extends Omit<Segment, 'rule'> {
  rule: string;
}

// Size: members; interviews (not cancelled) with a member; distinct companies of members.
const SELECT = `SELECT s.id, s.guid, s.name, s.description, s.approach, s.behavior_label AS behaviorLabel, s.rule,
    (SELECT count(*) FROM participants p WHERE p.segment_id = s.id) AS participantCount,
    (SELECT count(DISTINCT ip.interview_id) FROM interview_participants ip
       JOIN participants p ON p.id = ip.participant_id JOIN interviews i ON i.id = ip.interview_id
      WHERE p.segment_id = s.id AND i.status <> 'cancelled') AS interviewCount,
    (SELECT count(DISTINCT p.company_id) FROM participants p WHERE p.segment_id = s.id) AS companyCount
  FROM segments s`;

const toSegment = (r: Row): Segment => ({ ...r, rule: parseStoredRule(r.rule) });

export function listSegmentRows(db: Database): Segment[] {
  return (stmt(db, `${SELECT} ORDER BY s.name COLLATE NOCASE`).all() as Row[]).map(toSegment);
}

export function getSegmentRow(db: Database, id: number): Segment | undefined {
  const r = stmt(db, `${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  return r && toSegment(r);
}

export function segmentNames(db: Database): Map<number, string> {
  return new Map(
    (stmt(db, 'SELECT id, name FROM segments').all() as { id: number; name: string }[]).map((s) => [s.id, s.name]),
  );
}

export interface ParticipantFacts extends RuleFacts {
  id: number;
  pseudonym: string;
  companyName: string | null;
  segmentId: number | null;
  behavior: Behavior;
}

/** Every participant with their company's attributes (null when they have no company). */
export function participantFacts(db: Database): ParticipantFacts[] {
  return stmt(
    db,
    `SELECT p.id, p.pseudonym, p.role, p.career_stage AS careerStage, p.behavior, p.consent, p.segment_id AS segmentId,
            c.name AS companyName, c.industry, c.employee_range AS employeeRange, c.geography, c.growth_stage AS growthStage,
            c.infrastructure, c.tech_maturity AS techMaturity, c.buying_process AS buyingProcess
       FROM participants p LEFT JOIN companies c ON c.id = p.company_id
      ORDER BY p.pseudonym COLLATE NOCASE`,
  ).all() as ParticipantFacts[];
}

/** The id of the segment with this name, ignoring case. */
export function segmentNamed(db: Database, name: string): { id: number } | undefined {
  return stmt(db, 'SELECT id FROM segments WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
}

export function insertSegment(
  db: Database,
  guid: string,
  f: { name: string; description: string; approach: string; behaviorLabel: string; rule: unknown },
  at: number,
): number {
  return Number(
    stmt(
      db,
      'INSERT INTO segments (guid, name, description, approach, behavior_label, rule, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(guid, f.name, f.description, f.approach, f.behaviorLabel, JSON.stringify(f.rule), at, at).lastInsertRowid,
  );
}

export function segmentMemberIds(db: Database, id: number): number[] {
  return (stmt(db, 'SELECT id FROM participants WHERE segment_id = ? ORDER BY id').all(id) as { id: number }[]).map(
    (r) => r.id,
  );
}
