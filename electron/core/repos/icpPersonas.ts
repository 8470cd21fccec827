/** icp_personas: which personas the ideal customer profile contains (migration 0012). */
import type { Database } from 'better-sqlite3';
import type { IcpPersona } from '../../../shared/domain/icpProfile';
import { stmt } from '../db/sql';

/** The profile's personas, buyers first (the framework names them first), then by name. */
export function icpPersonas(db: Database): IcpPersona[] {
  return stmt(
    db,
    `SELECT p.id, p.kind, p.name, p.role, p.tier
       FROM icp_personas ip JOIN personas p ON p.id = ip.persona_id
      ORDER BY p.kind = 'user', p.name COLLATE NOCASE, p.id`,
  ).all() as IcpPersona[];
}

export function inIcp(db: Database, personaId: number): boolean {
  return stmt(db, 'SELECT 1 FROM icp_personas WHERE persona_id = ?').get(personaId) !== undefined;
}
