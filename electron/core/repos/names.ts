/**
 * The names a pseudonymised export must hide, as stored: participants with their company, speakers'
 * labels as the transcript files wrote them, and companies with their aliases.
 * services/export/names.ts turns them into a NameSource.
 */
import type { Database } from 'better-sqlite3';
import { stmt } from '../db/sql';

export function participantNameRows(db: Database): {
  id: number;
  real_name: string;
  pseudonym: string;
  aliases: string;
  email: string;
  company: string | null;
}[] {
  return stmt(
    db,
    `SELECT p.id, p.real_name, p.pseudonym, p.aliases, p.email, c.name AS company
       FROM participants p LEFT JOIN companies c ON c.id = p.company_id ORDER BY p.id`,
  ).all() as {
    id: number;
    real_name: string;
    pseudonym: string;
    aliases: string;
    email: string;
    company: string | null;
  }[];
}

/** Distinct (label, role, participant) of every speaker; mapped participants first, in id order. */
export function speakerLabels(db: Database): { label: string; role: string; participant_id: number | null }[] {
  return stmt(
    db,
    `SELECT DISTINCT label, role, participant_id FROM speakers ORDER BY participant_id IS NULL, participant_id, label`,
  ).all() as { label: string; role: string; participant_id: number | null }[];
}

export function companyNameRows(db: Database): { name: string; aliases: string }[] {
  return stmt(db, 'SELECT name, aliases FROM companies').all() as { name: string; aliases: string }[];
}

/** Id, pseudonym and real name of every participant: what a speaker label is matched against. */
export function participantNamesToMatch(db: Database): { id: number; pseudonym: string; real_name: string }[] {
  return stmt(db, 'SELECT id, pseudonym, real_name FROM participants').all() as {
    id: number;
    pseudonym: string;
    real_name: string;
  }[];
}
