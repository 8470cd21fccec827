/** personas, persona_members, attributes and citations access. */
import type { Database } from 'better-sqlite3';
import type { Citation, Membership } from '../../../shared/domain/persona';
import { stmt } from '../db/sql';
import { citationsOf } from './citations';

export interface PersonaRow {
  id: number;
  guid: string;
  kind: 'buyer' | 'user';
  name: string;
  role: string;
  reports_to: string;
  tier: number | null;
  membership: string;
  summary: string;
  last_reviewed_at: number | null;
  archived: number;
  created_at: number;
  updated_at: number;
}

export interface AttributeRow {
  id: number;
  guid: string;
  persona_id: number;
  section: string;
  field: string;
  statement: string;
  detail: string;
  position: number;
  status: 'proposed' | 'accepted' | 'rejected';
  origin: 'manual' | 'draft';
  source_tag_id: number | null;
}

export function personaRows(db: Database): PersonaRow[] {
  return stmt(
    db,
    'SELECT * FROM personas WHERE archived = 0 ORDER BY tier IS NULL, tier, name COLLATE NOCASE',
  ).all() as PersonaRow[];
}

export function personaRow(db: Database, id: number): PersonaRow | undefined {
  return stmt(db, 'SELECT * FROM personas WHERE id = ? AND archived = 0').get(id) as PersonaRow | undefined;
}

export function parseMembership(json: string): Membership {
  try {
    const m = JSON.parse(json) as Partial<Membership>;
    return { segmentIds: m.segmentIds ?? [], participantIds: m.participantIds ?? [] };
  } catch {
    return { segmentIds: [], participantIds: [] };
  }
}

/** Members: the participants chosen by name plus everyone in the chosen segments (consent permitting). */
/**
 * The one membership rule, as SQL: ids of participants in @ids or in a segment of @segs (JSON arrays),
 * leaving out those who declined or withdrew consent. Plans count a persona's interviews with it.
 */
export const MEMBER_IDS = `SELECT id FROM participants
      WHERE consent NOT IN ('declined', 'withdrawn')
        AND (id IN (SELECT value FROM json_each(@ids)) OR segment_id IN (SELECT value FROM json_each(@segs)))`;

export function memberRows(db: Database, m: Membership): { id: number; pseudonym: string }[] {
  return stmt(
    db,
    `SELECT id, pseudonym FROM participants WHERE id IN (${MEMBER_IDS}) ORDER BY pseudonym COLLATE NOCASE`,
  ).all({ ids: JSON.stringify(m.participantIds), segs: JSON.stringify(m.segmentIds) }) as {
    id: number;
    pseudonym: string;
  }[];
}

export function attributeRows(db: Database, personaId: number): AttributeRow[] {
  return stmt(db, 'SELECT * FROM attributes WHERE persona_id = ? ORDER BY position, id').all(
    personaId,
  ) as AttributeRow[];
}

export function attributeRow(db: Database, id: number): AttributeRow | undefined {
  return stmt(db, 'SELECT * FROM attributes WHERE id = ?').get(id) as AttributeRow | undefined;
}

export function citationsOfAttributes(db: Database, attributeIds: number[]): (Citation & { attributeId: number })[] {
  return citationsOf(db, 'attribute_id', attributeIds).map(({ ownerId, ...c }) => ({ ...c, attributeId: ownerId }));
}

export function citationFor(
  db: Database,
  attributeId: number,
  quoteId: number,
): { id: number; polarity: string } | undefined {
  return stmt(db, 'SELECT id, polarity FROM citations WHERE attribute_id = ? AND quote_id = ?').get(
    attributeId,
    quoteId,
  ) as { id: number; polarity: string } | undefined;
}

export function nextAttributePosition(db: Database, personaId: number): number {
  return (
    stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM attributes WHERE persona_id = ?').get(personaId) as {
      p: number;
    }
  ).p;
}

export function readSetting(db: Database, key: string): unknown {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

export function writeSetting(db: Database, key: string, value: unknown): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** A persona's fields as stored (membership as JSON). */
export interface PersonaRecord {
  kind: string;
  name: string;
  role: string;
  reportsTo: string;
  tier: number | null;
  membership: unknown;
  summary: string;
  lastReviewedAt: number | null;
}

export function insertPersona(db: Database, guid: string, f: PersonaRecord, at: number): number {
  return Number(
    stmt(
      db,
      `INSERT INTO personas (guid, kind, name, role, reports_to, tier, membership, summary, last_reviewed_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      guid,
      f.kind,
      f.name,
      f.role,
      f.reportsTo,
      f.tier,
      JSON.stringify(f.membership),
      f.summary,
      f.lastReviewedAt,
      at,
      at,
    ).lastInsertRowid,
  );
}

export function updatePersona(db: Database, id: number, f: PersonaRecord, at: number): void {
  stmt(
    db,
    `UPDATE personas SET kind = ?, name = ?, role = ?, reports_to = ?, tier = ?, membership = ?, summary = ?,
         last_reviewed_at = ?, updated_at = ? WHERE id = ?`,
  ).run(f.kind, f.name, f.role, f.reportsTo, f.tier, JSON.stringify(f.membership), f.summary, f.lastReviewedAt, at, id);
}

export function deletePersona(db: Database, id: number): void {
  stmt(db, 'DELETE FROM personas WHERE id = ?').run(id);
}

/** Tags the persona's attributes were drafted from. */
export function draftedTagIds(db: Database, personaId: number): number[] {
  return (
    stmt(db, 'SELECT source_tag_id FROM attributes WHERE persona_id = ? AND source_tag_id IS NOT NULL').all(
      personaId,
    ) as {
      source_tag_id: number;
    }[]
  ).map((r) => r.source_tag_id);
}
