/** The coders table: the researchers of a study, named by GUID across copies of the project. */
import type { Database } from 'better-sqlite3';
import type { Coder, CoderCodings, CoderIdentity } from '../../../shared/domain/coder';
import { stmt } from '../db/sql';

interface CoderRow {
  id: number;
  guid: string;
  name: string;
  initials: string;
  colour: string;
  created_at: number;
}

const toCoder = (r: CoderRow): Coder => ({
  id: r.id,
  guid: r.guid,
  name: r.name,
  initials: r.initials,
  colour: r.colour,
  createdAt: r.created_at,
});

export function listCoders(db: Database): Coder[] {
  return (stmt(db, 'SELECT * FROM coders ORDER BY name COLLATE NOCASE, id').all() as CoderRow[]).map(toCoder);
}

/** Codings per coder, from the codings_coder index (coders with none are left out). */
export function codingCountsByCoder(db: Database): CoderCodings[] {
  return stmt(
    db,
    'SELECT coder_id AS coderId, count(*) AS codings FROM codings WHERE coder_id IS NOT NULL GROUP BY coder_id',
  ).all() as CoderCodings[];
}

export function coderById(db: Database, id: number): Coder | null {
  const row = stmt(db, 'SELECT * FROM coders WHERE id = ?').get(id) as CoderRow | undefined;
  return row ? toCoder(row) : null;
}

export function coderByGuid(db: Database, guid: string): Coder | null {
  const row = stmt(db, 'SELECT * FROM coders WHERE guid = ?').get(guid) as CoderRow | undefined;
  return row ? toCoder(row) : null;
}

/** Adds the identity, or brings its name, initials and colour up to date; returns the row id. */
export function upsertCoder(db: Database, identity: CoderIdentity, at: number): number {
  stmt(
    db,
    `INSERT INTO coders (guid, name, initials, colour, created_at) VALUES (@guid, @name, @initials, @colour, @at)
     ON CONFLICT (guid) DO UPDATE SET name = excluded.name, initials = excluded.initials, colour = excluded.colour
     WHERE coders.name IS NOT excluded.name OR coders.initials IS NOT excluded.initials OR coders.colour IS NOT excluded.colour`,
  ).run({ ...identity, at });
  return (stmt(db, 'SELECT id FROM coders WHERE guid = ?').get(identity.guid) as { id: number }).id;
}
