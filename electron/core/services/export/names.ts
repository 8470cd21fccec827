/**
 * The names a pseudonymised export must hide, read from the project: every participant's real name,
 * aliases, e-mail and company; every company's name and aliases; interviewers, and speakers' labels as
 * the transcript files wrote them (a mapped speaker's label is one more name of that participant).
 */
import type { Database } from 'better-sqlite3';
import { makePseudonymiser, type NameSource, type Pseudonymiser } from '../../../../shared/domain/pseudonymise';
import { jsonArray, stmt } from '../../db/sql';

export function projectNameSource(db: Database): NameSource {
  const rows = stmt(
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
  const labels = stmt(
    db,
    `SELECT DISTINCT label, role, participant_id FROM speakers ORDER BY participant_id IS NULL, participant_id, label`,
  ).all() as { label: string; role: string; participant_id: number | null }[];
  const spokenAs = new Map<number, string[]>();
  const others: { name: string; replacement: string }[] = [];
  for (const l of labels) {
    if (l.participant_id !== null && l.role === 'participant')
      spokenAs.set(l.participant_id, [...(spokenAs.get(l.participant_id) ?? []), l.label]);
    else others.push({ name: l.label, replacement: l.role === 'interviewer' ? 'Interviewer' : 'Other speaker' });
  }
  const interviewers = stmt(db, "SELECT DISTINCT interviewer FROM interviews WHERE interviewer <> ''").all() as {
    interviewer: string;
  }[];
  for (const i of interviewers)
    for (const name of i.interviewer.split(/\s*(?:[,;&/+]|\band\b)\s*/))
      if (name.trim()) others.push({ name: name.trim(), replacement: 'Interviewer' });
  return {
    participants: rows.map((r) => ({
      realName: r.real_name,
      pseudonym: r.pseudonym,
      aliases: [...jsonArray(r.aliases), ...(spokenAs.get(r.id) ?? []).filter((l) => l.trim() && l !== r.real_name)],
      email: r.email,
      companyName: r.company,
    })),
    companies: (stmt(db, 'SELECT name, aliases FROM companies').all() as { name: string; aliases: string }[]).map(
      (c) => ({
        name: c.name,
        aliases: jsonArray(c.aliases),
      }),
    ),
    others,
  };
}

export function projectPseudonymiser(db: Database): Pseudonymiser {
  return makePseudonymiser(projectNameSource(db));
}
