/**
 * v6: pseudonyms become neutral codes (issue 11). Until v5 new participants were given human names
 * ("Avery", "Dana K."), which could be — and were — the real name of someone else in the study.
 *
 * Recoded to the next free P-code, in participant order: every pseudonym the old generator could have
 * made (its 40 names, alone or with an initial, and "Participant N"), and any other pseudonym that is
 * anyone's name or alias (or holds one as a word). Pseudonyms the researcher chose that collide with
 * nobody stay. Each change is written to the operation log and to the participant's notes, so reports
 * shared before the upgrade can still be read.
 *
 * Self-contained on purpose: a shipped migration must not change when shared/ code changes later.
 */
import type { Database } from 'better-sqlite3';
import type { Migration } from '../migration';

// prettier-ignore
const OLD_NAMES = new Set(
  [
    'Avery', 'Blake', 'Casey', 'Dana', 'Eden', 'Finley', 'Gray', 'Harper', 'Indigo', 'Jordan',
    'Kai', 'Lane', 'Morgan', 'Noor', 'Oakley', 'Parker', 'Quinn', 'Reese', 'Sage', 'Taylor',
    'Umber', 'Vale', 'Wren', 'Xen', 'Yael', 'Zion', 'Ari', 'Bay', 'Cam', 'Drew',
    'Ellis', 'Frankie', 'Gale', 'Hollis', 'Ira', 'Jules', 'Kit', 'Lee', 'Marlow', 'Nico',
  ].map((n) => n.toLowerCase()),
);

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .trim();
const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

function madeByOldGenerator(pseudonym: string): boolean {
  const p = pseudonym.trim();
  const m = /^(\S+)(?: ([A-Z])\.)?$/.exec(p);
  if (m && OLD_NAMES.has(m[1]!.toLowerCase())) return true;
  return /^Participant \d+$/.test(p);
}

const jsonList = (v: string): string[] => {
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export function recodePseudonyms(db: Database, at: number): { id: number; before: string; after: string }[] {
  const people = db.prepare('SELECT id, pseudonym, real_name, aliases, notes FROM participants ORDER BY id').all() as {
    id: number;
    pseudonym: string;
    real_name: string;
    aliases: string;
    notes: string;
  }[];
  const companies = db.prepare('SELECT name, aliases FROM companies').all() as { name: string; aliases: string }[];
  const names = [
    ...people.flatMap((p) => [p.real_name, ...jsonList(p.aliases)]),
    ...companies.flatMap((c) => [c.name, ...jsonList(c.aliases)]),
  ].filter((n) => n.trim());
  const wholes = new Set(names.map((n) => words(n).join(' ')));
  const parts = new Set(names.flatMap(words).filter((w) => w.length >= 2));
  const collides = (pseudonym: string) => {
    const ws = words(pseudonym);
    return wholes.has(ws.join(' ')) || ws.some((w) => w.length >= 2 && parts.has(w));
  };

  const recode = people.filter((p) => madeByOldGenerator(p.pseudonym) || collides(p.pseudonym));
  const recoded = new Set(recode.map((p) => p.id));
  let next = 0;
  for (const p of people) {
    const m = /^p(\d+)$/i.exec(p.pseudonym.trim());
    if (m && !recoded.has(p.id)) next = Math.max(next, Number(m[1]));
  }
  const kept = new Set(people.filter((p) => !recoded.has(p.id)).map((p) => fold(p.pseudonym)));
  const update = db.prepare('UPDATE participants SET pseudonym = ?, notes = ?, updated_at = ? WHERE id = ?');
  const log = db.prepare(
    "INSERT INTO operations (at, action, entity, entity_id, payload) VALUES (?, 'update', 'participant', ?, ?)",
  );
  const changes: { id: number; before: string; after: string }[] = [];
  // Move every recoded row out of the way first: the unique index must never see two equal pseudonyms.
  for (const p of recode)
    db.prepare('UPDATE participants SET pseudonym = ? WHERE id = ?').run(`#recode-${p.id}#`, p.id);
  for (const p of recode) {
    let code: string;
    do code = `P${String(++next).padStart(2, '0')}`;
    while (kept.has(fold(code)) || collides(code));
    const line = `Pseudonym was “${p.pseudonym}” until pseudonyms became neutral codes.`;
    update.run(code, p.notes.trim() ? `${p.notes.trimEnd()}\n${line}` : line, at, p.id);
    log.run(
      at,
      p.id,
      JSON.stringify({
        before: { pseudonym: p.pseudonym },
        after: { pseudonym: code },
        reason: 'migration 6: neutral pseudonyms',
      }),
    );
    changes.push({ id: p.id, before: p.pseudonym, after: code });
  }
  return changes;
}

export const m0006NeutralPseudonyms: Migration = {
  version: 6,
  name: 'neutral-pseudonyms',
  up(db, at) {
    recodePseudonyms(db, at);
  },
};
