/** The reads a REFI-QDA export needs and the writes its import makes: whole tables, in stable order. */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

export function projectMeta(db: Database): Record<string, string> {
  const rows = stmt(db, 'SELECT key, value FROM project_meta').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export interface TagRow {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  kind: string;
  colour: string;
  definition: string;
  examples: string;
  archived: number;
}

export function allTags(db: Database): TagRow[] {
  return stmt(
    db,
    'SELECT id, guid, parent_id, name, kind, colour, definition, examples, archived FROM tags ORDER BY position, id',
  ).all() as TagRow[];
}

export interface ParticipantRow {
  id: number;
  guid: string;
  pseudonym: string;
  real_name: string;
  email: string;
  role: string;
  career_stage: string;
  behavior: string;
  consent: string;
  notes: string;
  segment_id: number | null;
  company_id: number | null;
}

export function allParticipants(db: Database): ParticipantRow[] {
  return stmt(
    db,
    `SELECT id, guid, pseudonym, real_name, email, role, career_stage, behavior, consent, notes, segment_id, company_id
       FROM participants ORDER BY id`,
  ).all() as ParticipantRow[];
}

export interface CompanyRow {
  id: number;
  guid: string;
  name: string;
  industry: string;
  employee_range: string;
  annual_revenue: string;
  geography: string;
  growth_stage: string;
  infrastructure: string;
  tech_maturity: string;
  buying_process: string;
}

export function allCompanies(db: Database): CompanyRow[] {
  return stmt(
    db,
    `SELECT id, guid, name, industry, employee_range, annual_revenue, geography, growth_stage, infrastructure,
            tech_maturity, buying_process FROM companies ORDER BY id`,
  ).all() as CompanyRow[];
}

export interface SegmentRow {
  id: number;
  guid: string;
  name: string;
  description: string;
}

export function allSegments(db: Database): SegmentRow[] {
  return stmt(db, 'SELECT id, guid, name, description FROM segments ORDER BY id').all() as SegmentRow[];
}

export interface InterviewRow {
  id: number;
  guid: string;
  title: string;
  date: number | null;
  method: string;
  status: string;
  interviewer: string;
  summary: string;
  created_at: number;
  updated_at: number;
  transcript_id: number | null;
  transcript_guid: string | null;
}

export function allInterviews(db: Database): InterviewRow[] {
  return stmt(
    db,
    `SELECT i.id, i.guid, i.title, i.date, i.method, i.status, i.interviewer, i.summary, i.created_at, i.updated_at,
            t.id AS transcript_id, t.guid AS transcript_guid
       FROM interviews i LEFT JOIN transcripts t ON t.interview_id = i.id ORDER BY i.id`,
  ).all() as InterviewRow[];
}

export function interviewParticipantPairs(db: Database): { interview_id: number; participant_id: number }[] {
  return stmt(
    db,
    'SELECT interview_id, participant_id FROM interview_participants ORDER BY interview_id, participant_id',
  ).all() as {
    interview_id: number;
    participant_id: number;
  }[];
}

export interface SpeakerRow {
  id: number;
  transcript_id: number;
  label: string;
  role: string;
  participant_id: number | null;
}

export function allSpeakers(db: Database): SpeakerRow[] {
  return stmt(
    db,
    'SELECT id, transcript_id, label, role, participant_id FROM speakers ORDER BY id',
  ).all() as SpeakerRow[];
}

export interface TurnRow {
  id: number;
  transcript_id: number;
  speaker_id: number | null;
  start_ms: number | null;
  end_ms: number | null;
  text: string;
}

/** Every turn, by transcript then order: iterated, so 350,000 turns never sit in one array. */
export function iterateTurns(db: Database): IterableIterator<TurnRow> {
  return stmt(
    db,
    'SELECT id, transcript_id, speaker_id, start_ms, end_ms, text FROM transcript_segments ORDER BY transcript_id, seq',
  ).iterate() as IterableIterator<TurnRow>;
}

export interface QuoteRow {
  id: number;
  guid: string;
  interview_id: number;
  source: 'transcript' | 'note';
  start_segment_id: number | null;
  start_offset: number;
  end_segment_id: number | null;
  end_offset: number;
  exact_text: string;
  anchor_status: 'ok' | 'flagged';
  starred: number;
  comment: string;
  coder_id: number | null;
  created_at: number;
  updated_at: number;
}

export function allQuotes(db: Database): QuoteRow[] {
  return stmt(
    db,
    `SELECT id, guid, interview_id, source, start_segment_id, start_offset, end_segment_id, end_offset, exact_text,
            anchor_status, starred, comment, coder_id, created_at, updated_at FROM quotes ORDER BY interview_id, id`,
  ).all() as QuoteRow[];
}

export interface CodingRow {
  guid: string;
  quote_id: number;
  tag_id: number;
  intensity: number | null;
  stance: string;
  coder_id: number | null;
  created_at: number;
}

export function allCodings(db: Database): CodingRow[] {
  return stmt(
    db,
    'SELECT guid, quote_id, tag_id, intensity, stance, coder_id, created_at FROM codings ORDER BY quote_id, id',
  ).all() as CodingRow[];
}

export interface NoteRow {
  id: number;
  guid: string;
  interview_id: number | null;
  title: string;
  plain_text: string;
  coder_id: number | null;
  created_at: number;
  updated_at: number;
}

export function allNotes(db: Database): NoteRow[] {
  return stmt(
    db,
    'SELECT id, guid, interview_id, title, plain_text, coder_id, created_at, updated_at FROM notes ORDER BY id',
  ).all() as NoteRow[];
}

/** Groundwork features REFI has no element for: counted for the loss report, written as notes. */
export interface PersonaRow {
  guid: string;
  kind: string;
  name: string;
  role: string;
  summary: string;
}

export function allPersonas(db: Database): PersonaRow[] {
  return stmt(db, 'SELECT guid, kind, name, role, summary FROM personas ORDER BY id').all() as PersonaRow[];
}

export function personaAttributes(db: Database): { persona_guid: string; section: string; statement: string }[] {
  return stmt(
    db,
    `SELECT p.guid AS persona_guid, a.section, a.statement FROM attributes a JOIN personas p ON p.id = a.persona_id
      WHERE a.status <> 'rejected' ORDER BY a.persona_id, a.section, a.position, a.id`,
  ).all() as { persona_guid: string; section: string; statement: string }[];
}

export function allJobStatements(
  db: Database,
): { guid: string; situation: string; motivation: string; outcome: string; kind: string }[] {
  return stmt(db, 'SELECT guid, situation, motivation, outcome, kind FROM job_statements ORDER BY id').all() as {
    guid: string;
    situation: string;
    motivation: string;
    outcome: string;
    kind: string;
  }[];
}

export function allIcpStatements(db: Database): { guid: string; section: string; statement: string }[] {
  return stmt(db, 'SELECT guid, section, statement FROM icp_statements ORDER BY section, position, id').all() as {
    guid: string;
    section: string;
    statement: string;
  }[];
}

export function companyScoreCount(db: Database): number {
  return (stmt(db, 'SELECT count(*) AS n FROM company_scores').get() as { n: number }).n;
}

// ---- import: lookups by GUID and the inserts an import makes --------------------------------

/** Rows of `table` whose GUID (braces and case ignored) is one of `keys`: GUID key -> id. */
export function idsByGuid(
  db: Database,
  table: 'tags' | 'participants' | 'interviews' | 'transcripts' | 'quotes' | 'codings' | 'notes' | 'segments',
  keys: string[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (keys.length === 0) return out;
  const sql = {
    tags: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM tags",
    participants: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM participants",
    interviews: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM interviews",
    transcripts: "SELECT interview_id AS id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM transcripts",
    quotes: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM quotes",
    codings: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM codings",
    notes: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM notes",
    segments: "SELECT id, lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM segments",
  }[table];
  const wanted = JSON.stringify(keys);
  for (const r of stmt(db, `SELECT id, k FROM (${sql}) WHERE k IN (SELECT value FROM json_each(?))`).all(wanted) as {
    id: number;
    k: string;
  }[]) {
    out.set(r.k, r.id);
  }
  return out;
}

/** Every GUID key of `table` (braces and case ignored): to keep imported GUIDs unique in one pass. */
export function guidKeys(
  db: Database,
  table: 'tags' | 'participants' | 'interviews' | 'quotes' | 'codings' | 'notes' | 'segments',
): Set<string> {
  const rows = stmt(db, `SELECT lower(replace(replace(guid, '{', ''), '}', '')) AS k FROM ${TABLES[table]}`).all() as {
    k: string;
  }[];
  return new Set(rows.map((r) => r.k));
}

// Table names from a closed list, never from input.
const TABLES = {
  tags: 'tags',
  participants: 'participants',
  interviews: 'interviews',
  quotes: 'quotes',
  codings: 'codings',
  notes: 'notes',
  segments: 'segments',
} as const;

export function tagIdByName(db: Database, parentId: number | null, name: string): number | undefined {
  const r = stmt(
    db,
    'SELECT id FROM tags WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ? COLLATE NOCASE',
  ).get(parentId, name) as { id: number } | undefined;
  return r?.id;
}

export function insertTag(
  db: Database,
  t: {
    guid: string;
    parentId: number | null;
    name: string;
    kind: string;
    colour: string;
    definition: string;
    position: number;
    at: number;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO tags (guid, parent_id, name, kind, colour, definition, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(t.guid, t.parentId, t.name, t.kind, t.colour, t.definition, t.position, t.at, t.at).lastInsertRowid,
  );
}

export function segmentIdByName(db: Database, name: string): number | undefined {
  return (stmt(db, 'SELECT id FROM segments WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined)
    ?.id;
}

export function insertSegmentRow(
  db: Database,
  s: { guid: string; name: string; description: string; at: number },
): number {
  return Number(
    stmt(db, 'INSERT INTO segments (guid, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      s.guid,
      s.name,
      s.description,
      s.at,
      s.at,
    ).lastInsertRowid,
  );
}

export function insertQuoteRow(
  db: Database,
  q: {
    guid: string;
    interviewId: number;
    startTurnId: number;
    startOffset: number;
    endTurnId: number;
    endOffset: number;
    exactText: string;
    prefix: string;
    suffix: string;
    comment: string;
    coderId: number | null;
    at: number;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO quotes (guid, interview_id, source, start_segment_id, start_offset, end_segment_id, end_offset,
         exact_text, prefix, suffix, comment, coder_id, created_at, updated_at)
       VALUES (?, ?, 'transcript', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      q.guid,
      q.interviewId,
      q.startTurnId,
      q.startOffset,
      q.endTurnId,
      q.endOffset,
      q.exactText,
      q.prefix,
      q.suffix,
      q.comment,
      q.coderId,
      q.at,
      q.at,
    ).lastInsertRowid,
  );
}

/** False when the quote already has that tag (the pair is unique). */
export function insertCodingRow(
  db: Database,
  c: { guid: string; quoteId: number; tagId: number; coderId: number | null; at: number },
): boolean {
  return (
    stmt(db, 'INSERT OR IGNORE INTO codings (guid, quote_id, tag_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
      c.guid,
      c.quoteId,
      c.tagId,
      c.coderId,
      c.at,
    ).changes > 0
  );
}

export function insertNoteRow(
  db: Database,
  n: {
    guid: string;
    interviewId: number | null;
    title: string;
    doc: string;
    plainText: string;
    coderId: number | null;
    at: number;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO notes (guid, interview_id, title, doc, plain_text, coder_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(n.guid, n.interviewId, n.title, n.doc, n.plainText, n.coderId, n.at, n.at).lastInsertRowid,
  );
}

export function setInterviewSummary(db: Database, id: number, summary: string): void {
  stmt(db, 'UPDATE interviews SET summary = ? WHERE id = ?').run(summary, id);
}
