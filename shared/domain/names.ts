/**
 * What counts as someone's name, and the rule that keeps pseudonyms apart from names: a pseudonym may
 * not equal (or contain as a word) any given name, family name, other part of a name or alias of anyone
 * in the project, nor a company's name or alias — and no name or alias may equal a pseudonym. Otherwise
 * the same word would mean two people in the app, and a pseudonymised export would either rewrite the
 * pseudonym or print a real name.
 */
import { fold } from './nameFold';

/** Name particles and initials are not names on their own ("van", "de", "J."). */
const PARTICLES = new Set(
  'de da di du do dos das del della der den van von le la las los el al bin ibn ter ten y e st'.split(' '),
);

/** Speaker labels that are not a person's name ("Speaker 2", "Interviewer", "Q"). */
const GENERIC_LABEL_WORDS = new Set(
  [
    'speaker',
    'interviewer',
    'interviewee',
    'participant',
    'moderator',
    'facilitator',
    'host',
    'guest',
    'customer',
    'client',
    'user',
    'unknown',
    'me',
    'you',
    'other',
    'others',
    'researcher',
    'respondent',
    'question',
    'answer',
    'note',
    'notes',
    'q',
    'a',
  ].map(fold),
);

export type NameRole = 'full name' | 'given name' | 'family name' | 'name part' | 'alias' | 'company name';

export interface NameKey {
  /** Folded words joined by one space: the key two spellings share. */
  key: string;
  /** The words as folded, for matching in text. */
  words: string[];
  /** The name as written, for messages. */
  text: string;
  role: NameRole;
}

const words = (foldedText: string): string[] => foldedText.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The spellings one name is matched by: word by word ("o neil", "anne marie") and with its apostrophes
 * and hyphens closed up ("oneil", "annemarie"), as transcripts write both.
 */
export function spellings(name: string): string[][] {
  const f = fold(name.trim());
  const split = words(f);
  if (!split.length) return [];
  const joined = f
    .split(/\s+/)
    .map((chunk) => chunk.replace(/['-]/g, ''))
    .flatMap(words);
  const out = [split];
  if (joined.join(' ') !== split.join(' ')) out.push(joined);
  return out;
}

const isNameWord = (w: string) => w.length >= 2 && !PARTICLES.has(w) && !/^\d+$/.test(w);

function keysOf(name: string, role: NameRole, text = name.trim()): NameKey[] {
  return spellings(name).map((ws) => ({ key: ws.join(' '), words: ws, text, role }));
}

/** Every key a person's real name yields: the full name, then each part (given, family, others). */
export function personNameKeys(realName: string): NameKey[] {
  const name = realName.trim();
  if (!name) return [];
  const out: NameKey[] = keysOf(name, 'full name');
  const chunks = name.split(/[\s,]+/).filter((c) => words(fold(c)).length > 0);
  if (chunks.length > 1 || chunks.some((c) => words(fold(c)).length > 1)) {
    chunks.forEach((chunk, i) => {
      const role: NameRole =
        chunks.length === 1
          ? 'name part'
          : i === 0
            ? 'given name'
            : i === chunks.length - 1
              ? 'family name'
              : 'name part';
      const parts = words(fold(chunk));
      if (parts.length > 1 || isNameWord(parts[0]!)) out.push(...keysOf(chunk, role));
      // Parts of a hyphenated (or apostrophed) name on their own: "Marie" of "Anne-Marie".
      if (parts.length > 1)
        for (const [k, part] of parts.entries()) {
          if (!isNameWord(part)) continue;
          const original = chunk.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)[k] ?? part;
          out.push({ key: part, words: [part], text: original, role: 'name part' });
        }
    });
  }
  return dedupe(out.filter((k) => k.words.length > 1 || isNameWord(k.words[0]!)));
}

/** An alias is matched as a whole (a nickname, a short form); never split. */
export function aliasKeys(alias: string): NameKey[] {
  return keysOf(alias, 'alias').filter((k) => k.words.length > 1 || isNameWord(k.words[0]!));
}

/** Whether a speaker label names a person (not "Speaker 2", "Interviewer", "Q"). */
export function isPersonLabel(label: string): boolean {
  const ws = words(fold(label));
  return ws.some((w) => !GENERIC_LABEL_WORDS.has(w) && !/^\d+$/.test(w) && w.length >= 2);
}

function dedupe(keys: NameKey[]): NameKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => !seen.has(k.key) && !!seen.add(k.key));
}

export interface PersonNames {
  id: number;
  realName: string;
  aliases: readonly string[];
  pseudonym: string;
}

export interface CompanyNames {
  id: number;
  name: string;
  aliases: readonly string[];
}

/** The keys a pseudonym would collide on: the whole pseudonym and each of its words. */
export function pseudonymKeys(pseudonym: string): Set<string> {
  const out = new Set<string>();
  for (const ws of spellings(pseudonym)) {
    out.add(ws.join(' '));
    for (const w of ws) if (w.length >= 2) out.add(w);
  }
  return out;
}

const roleWords: Record<NameRole, string> = {
  'full name': 'the name',
  'given name': 'the given name',
  'family name': 'the family name',
  'name part': 'part of the name',
  alias: 'an alias',
  'company name': 'the name',
};

/** Why `pseudonym` cannot be used for participant `selfId`, as a sentence, or null when it can. */
export function pseudonymClash(
  pseudonym: string,
  selfId: number | null,
  people: readonly PersonNames[],
  companies: readonly CompanyNames[] = [],
): string | null {
  const mine = pseudonymKeys(pseudonym);
  if (!mine.size) return null;
  for (const p of people) {
    const keys = [...personNameKeys(p.realName), ...p.aliases.flatMap(aliasKeys)];
    const hit = keys.find((k) => mine.has(k.key));
    if (!hit) continue;
    const whose = p.id === selfId ? 'of this participant' : `of ${p.realName.trim() || p.pseudonym}`;
    return `“${pseudonym}” cannot be a pseudonym: “${hit.text}” is ${roleWords[hit.role]} ${whose}. Use a code such as P07 instead.`;
  }
  for (const c of companies) {
    const hit = [...keysOf(c.name, 'company name'), ...c.aliases.flatMap(aliasKeys)].find((k) => mine.has(k.key));
    if (hit)
      return `“${pseudonym}” cannot be a pseudonym: “${hit.text}” is ${hit.role === 'alias' ? 'an alias' : 'the name'} of the company ${c.name}. Use a code such as P07 instead.`;
  }
  return null;
}

/**
 * Why a real name or alias cannot be given (to participant `selfId`, or to a company when `selfId` is
 * null and `company` is set), because it equals someone's pseudonym; null when it can.
 */
export function nameClash(
  names: { realName?: string; aliases?: readonly string[]; companyName?: string },
  selfId: number | null,
  people: readonly PersonNames[],
): { field: 'realName' | 'aliases' | 'name'; message: string } | null {
  const candidates: (NameKey & { field: 'realName' | 'aliases' | 'name' })[] = [
    ...(names.realName ? personNameKeys(names.realName).map((k) => ({ ...k, field: 'realName' as const })) : []),
    ...(names.companyName
      ? keysOf(names.companyName, 'company name').map((k) => ({ ...k, field: 'name' as const }))
      : []),
    ...(names.aliases ?? []).flatMap(aliasKeys).map((k) => ({ ...k, field: 'aliases' as const })),
  ];
  for (const p of people) {
    const theirs = pseudonymKeys(p.pseudonym);
    const hit = candidates.find((k) => theirs.has(k.key));
    if (!hit) continue;
    const whose =
      p.id === selfId
        ? 'this participant’s own pseudonym'
        : `the pseudonym of ${p.realName.trim() || 'another participant'}`;
    const what = hit.field === 'aliases' ? `The alias “${hit.text}”` : `“${hit.text}”`;
    return {
      field: hit.field,
      message: `${what} cannot be used: “${p.pseudonym}” is ${whose}. Change that pseudonym first (to a code such as P07).`,
    };
  }
  return null;
}
