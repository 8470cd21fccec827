/**
 * REFI-QDA users as coders (issue 18): the <User> who made a selection, a coding or a note becomes a
 * coder of the project, so a study two people coded in another QDA tool keeps who coded what, and
 * intercoder agreement can be computed on it here. Users the file lists but who made nothing
 * (interviewers, the file's owner) are not coders.
 *
 * Matching, in order: a coder of this project with the user's GUID (a Groundwork export writes the
 * coder's own GUID, or the name-based stand-in of one not in REFI's form); else a coder already in
 * this project with the same name (one person, two tools); else a new coder with the user's GUID,
 * initials from the name and the first colour no coder here uses. Two users of the file are never
 * folded into one new coder: their GUIDs differ, so they are two people even under one name.
 */
import type { Database } from 'better-sqlite3';
import { CODER_COLOURS, initialsOf } from '../../../../shared/domain/coder';
import { listCoders, upsertCoder } from '../../repos/coders';
import { guidKey, refiGuid } from './guid';
import type { RefiModel } from './parseXml';
import type { ReportBuilder } from './report';

/** A user's GUID (as the file writes it, or null) -> the coder id it became, or null when unknown. */
export type CoderOfUser = (userGuid: string | null) => number | null;

export interface UserCoders {
  coderOf: CoderOfUser;
  /** How many coders were added to the project. */
  added: number;
}

const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export function codersForUsers(db: Database, model: RefiModel, report: ReportBuilder, at: number): UserCoders {
  const referenced = new Set<string>();
  const refer = (g: string | null): void => {
    if (g) referenced.add(guidKey(g));
  };
  for (const s of model.sources)
    for (const sel of s.selections) {
      refer(sel.creatingUser);
      for (const c of sel.codings) refer(c.creatingUser);
    }
  for (const n of model.notes) refer(n.creatingUser);

  const coderOf = new Map<string, number>();
  if (referenced.size === 0) return { coderOf: () => null, added: 0 };

  const here = listCoders(db);
  const byGuid = new Map<string, number>();
  for (const c of here) {
    byGuid.set(guidKey(c.guid), c.id);
    byGuid.set(guidKey(refiGuid(c.guid)), c.id);
  }
  const byName = new Map(here.map((c) => [nameKey(c.name), c.id]));
  const colours = new Set(here.map((c) => c.colour));
  const matched: string[] = [];
  const added: string[] = [];
  let unnamed = 0;
  for (const u of model.users) {
    const key = guidKey(u.guid);
    if (!referenced.has(key) || coderOf.has(key)) continue;
    const name = u.name.trim().replace(/\s+/g, ' ').slice(0, 200) || `Unnamed user ${++unnamed}`;
    let id = byGuid.get(key) ?? byName.get(nameKey(name));
    if (id !== undefined) {
      matched.push(name);
    } else {
      const colour = CODER_COLOURS.find((c) => !colours.has(c)) ?? CODER_COLOURS[colours.size % CODER_COLOURS.length]!;
      colours.add(colour);
      id = upsertCoder(db, { guid: u.guid, name, initials: initialsOf(name).slice(0, 4) || '?', colour }, at);
      byGuid.set(key, id);
      added.push(name);
    }
    coderOf.set(key, id);
  }
  const coders = coderOf.size;
  if (coders) report.carry('coders (the users who made selections, codings or notes)', coders);
  if (matched.length)
    report.adjust(
      `${list(matched)} ${matched.length === 1 ? 'is' : 'are'} already a coder in this project; their work is recorded under ${matched.length === 1 ? 'that coder' : 'those coders'}.`,
    );
  if (added.length) report.adjust(`New coder${added.length === 1 ? '' : 's'} from the file: ${list(added)}.`);
  const unlisted = [...referenced].filter((k) => !coderOf.has(k)).length;
  if (unlisted)
    report.lose(
      'who made some selections, codings or notes',
      'they name a user the file does not list; they are recorded with no coder',
      undefined,
      unlisted,
    );
  return { coderOf: (g) => (g ? (coderOf.get(guidKey(g)) ?? null) : null), added: added.length };
}

function list(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
