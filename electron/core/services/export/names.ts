/**
 * The names a pseudonymised export must hide, read from the project: every participant's real name,
 * aliases, e-mail and company; every company's name and aliases; interviewers, and speakers' labels as
 * the transcript files wrote them (a mapped speaker's label is one more name of that participant).
 */
import type { Database } from 'better-sqlite3';
import { makePseudonymiser, type NameSource, type Pseudonymiser } from '../../../../shared/domain/pseudonymise';
import { jsonArray } from '../../db/sql';
import { interviewerNames } from '../../repos/interviews';
import { companyNameRows, participantNameRows, speakerLabels } from '../../repos/names';

export function projectNameSource(db: Database): NameSource {
  const rows = participantNameRows(db);
  const labels = speakerLabels(db);
  const spokenAs = new Map<number, string[]>();
  const others: { name: string; replacement: string }[] = [];
  for (const l of labels) {
    if (l.participant_id !== null && l.role === 'participant')
      spokenAs.set(l.participant_id, [...(spokenAs.get(l.participant_id) ?? []), l.label]);
    else others.push({ name: l.label, replacement: l.role === 'interviewer' ? 'Interviewer' : 'Other speaker' });
  }
  for (const interviewer of interviewerNames(db))
    for (const name of interviewer.split(/\s*(?:[,;&/+]|\band\b)\s*/))
      if (name.trim()) others.push({ name: name.trim(), replacement: 'Interviewer' });
  return {
    participants: rows.map((r) => ({
      realName: r.real_name,
      pseudonym: r.pseudonym,
      aliases: [...jsonArray(r.aliases), ...(spokenAs.get(r.id) ?? []).filter((l) => l.trim() && l !== r.real_name)],
      email: r.email,
      companyName: r.company,
    })),
    companies: companyNameRows(db).map((c) => ({
      name: c.name,
      aliases: jsonArray(c.aliases),
    })),
    others,
  };
}

export function projectPseudonymiser(db: Database): Pseudonymiser {
  return makePseudonymiser(projectNameSource(db));
}
