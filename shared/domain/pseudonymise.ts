/**
 * Pseudonymised exports: every name the project knows — participants' real names and their parts,
 * aliases and e-mail addresses, interviewers and other speakers, companies and their aliases, the
 * domains of participants' e-mail — is replaced, in one pass over the text as written.
 *
 * Matching folds case, diacritics (NFC and NFD alike), apostrophes (’ and ') and hyphen forms, and
 * works on whole words: the text is cut into words once, and at each word the longest known name that
 * starts there wins, so "Tom Okafor" is replaced before "Tom" and "Li" never matches inside "Lisbon".
 * An honorific before a name goes with it ("Dr. Smith" → "P03"). A word belonging to two different
 * people becomes "[name]". Pseudonyms and company labels already in the text are left as they are, and
 * since every match is found on the original text and replaced once, nothing is ever rewritten twice.
 */
import { fold, foldedWords, foldWithMap } from './nameFold';
import { aliasKeys, isPersonLabel, personNameKeys, spellings, type NameKey } from './names';

export interface NameSource {
  participants: readonly {
    realName: string;
    pseudonym: string;
    aliases?: readonly string[];
    email?: string;
    /** The participant's company, so their e-mail domain becomes that company's label. */
    companyName?: string | null;
  }[];
  companies: readonly { name: string; aliases?: readonly string[] }[];
  /** People who are not participants (interviewers, other speakers) and what they become. */
  others?: readonly { name: string; replacement: string }[];
}

export interface Pseudonymiser {
  text(value: string): string;
  company(name: string | null): string | null;
}

/** The label a company gets in a pseudonymised export: Company A, B, … Z, AA, AB … by name order. */
export function companyAlias(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Company ${label}`;
}

export const AMBIGUOUS_NAME = '[name]';
export const UNKNOWN_EMAIL = '[e-mail]';
export const UNKNOWN_DOMAIN = '[domain]';

/** "Dr", "Mrs", "Prof"… (folded): an honorific before a name is part of what is replaced. */
const HONORIFICS = new Set(
  'dr mr mrs ms mx miss mister prof professor sir dame lady lord madam madame mme mlle m herr frau fr hr sr sra srta senor senora senorita dott dottssa ing doc'.split(
    ' ',
  ),
);

/** Legal forms dropped to get the name people say: "Acme Freight Group Ltd" → "Acme Freight". */
const LEGAL_FORMS = new Set(
  'inc incorporated ltd limited llc llp plc corp corporation co company group holdings gmbh ag sa sas sarl bv nv oy ab as asa spa srl kk pty pte lp'.split(
    ' ',
  ),
);

/** Mail providers: their domains say nothing about who someone is. */
const FREE_MAIL = new Set(
  'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de gmx.net web.de mail.com yandex.com zoho.com fastmail.com hey.com'.split(
    ' ',
  ),
);

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A range of the folded text and what replaces it (null: keep it as written). */
interface Span {
  from: number;
  to: number;
  replacement: string | null;
}

/** A name key and what it becomes; `keep` marks text that is already a pseudonym or label. */
interface Entry {
  words: string[];
  /** Folded separators between the words with spaces removed ('' for a space, '-', "'", '&'). */
  seps: string[];
  replacement: string;
  person: boolean;
  keep: boolean;
}

/** Separators that may stand between the words of a name in running text. */
function sepMatches(textSep: string, nameSep: string): boolean {
  if (textSep.length > 5) return false;
  const bare = textSep.replace(/\s+/g, '');
  return bare === '' || bare === '-' || bare === "'" || bare === nameSep;
}

function nameSeps(name: string): string[] {
  const f = fold(name);
  const out: string[] = [];
  for (const m of f.matchAll(/[\p{L}\p{N}]+([^\p{L}\p{N}]+)(?=[\p{L}\p{N}])/gu)) out.push(m[1]!.replace(/\s+/g, ''));
  return out;
}

export function makePseudonymiser(src: NameSource): Pseudonymiser {
  const byKey = new Map<string, Entry>();
  const add = (k: { key: string; words: string[] }, replacement: string, person: boolean, seps: string[] = []) => {
    const prior = byKey.get(k.key);
    if (prior && !prior.keep) {
      // One word, two people (two "Lee"s): neither pseudonym would be right.
      if (prior.replacement !== replacement) byKey.set(k.key, { ...prior, replacement: AMBIGUOUS_NAME });
      return;
    }
    const wordSeps = seps.length === k.words.length - 1 ? seps : k.words.slice(1).map(() => '');
    byKey.set(k.key, { words: k.words, seps: wordSeps, replacement, person, keep: false });
  };

  const companyLabels = new Map<string, string>();
  [...src.companies]
    .filter((c) => c.name.trim())
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach((c, i) => {
      const label = companyAlias(i);
      companyLabels.set(fold(c.name.trim()), label);
      const forms = new Set([c.name.trim(), ...(c.aliases ?? []).map((a) => a.trim()).filter(Boolean)]);
      const ws = c.name.trim().split(/\s+/);
      const bare = (w: string) => fold(w).replace(/[^\p{L}\p{N}]/gu, '');
      while (ws.length > 1 && LEGAL_FORMS.has(bare(ws.at(-1)!))) {
        ws.pop();
        while (ws.length > 1 && !bare(ws.at(-1)!)) ws.pop(); // "Lee & Co" → "Lee"
        forms.add(ws.join(' ').replace(/[,\s]+$/, ''));
      }
      for (const form of forms)
        for (const k of spellingKeys(form))
          if (k.words.length > 1 || k.words[0]!.length >= 2) add(k, label, false, nameSeps(form));
    });
  const companyLabel = (name: string | null | undefined) => (name ? companyLabels.get(fold(name.trim())) : undefined);

  const emails = new Map<string, string>();
  const domains = new Map<string, string>();
  for (const p of src.participants) {
    const real = p.realName.trim();
    for (const k of personNameKeys(real))
      add(k, p.pseudonym, true, k.role === 'full name' ? nameSeps(real) : nameSeps(k.text));
    for (const alias of p.aliases ?? []) for (const k of aliasKeys(alias)) add(k, p.pseudonym, true, nameSeps(alias));
    const email = fold((p.email ?? '').trim());
    if (email.includes('@')) {
      emails.set(email, `[e-mail of ${p.pseudonym}]`);
      const domain = email.slice(email.lastIndexOf('@') + 1);
      if (domain && !FREE_MAIL.has(domain)) {
        const replacement = companyLabel(p.companyName) ?? UNKNOWN_DOMAIN;
        const prior = domains.get(domain);
        domains.set(domain, prior && prior !== replacement ? UNKNOWN_DOMAIN : replacement);
        // The domain's own name said aloud ("acmefreight"), when it is not just a common word.
        const label = domain.split('.').at(-2);
        if (label && label.length >= 4) add({ key: label, words: [label] }, replacement, false);
      }
    }
  }
  for (const o of src.others ?? []) {
    if (!isPersonLabel(o.name)) continue;
    for (const k of personNameKeys(o.name)) add(k, o.replacement, true, nameSeps(k.text));
  }
  // Text that is already pseudonymous stays as it is (a quote that mentions "P03" or "Company A").
  const protect = (label: string) => {
    for (const ws of spellings(label)) {
      const key = ws.join(' ');
      if (!byKey.has(key))
        byKey.set(key, { words: ws, seps: nameSeps(label), replacement: label, person: false, keep: true });
    }
  };
  for (const p of src.participants) protect(p.pseudonym);
  for (const label of companyLabels.values()) protect(label);

  // Candidates by first word, longest first.
  const byFirst = new Map<string, Entry[]>();
  for (const e of byKey.values()) {
    const list = byFirst.get(e.words[0]!) ?? [];
    list.push(e);
    byFirst.set(e.words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const domainRe = domains.size
    ? new RegExp(
        `(?<![\\p{L}\\p{N}.@-])(?:[\\p{L}\\p{N}-]+\\.)*(?:${[...domains.keys()]
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|')})(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`,
        'gu',
      )
    : null;

  function text(value: string): string {
    if (!value) return value;
    const { folded, start, end } = foldWithMap(value);
    // E-mail addresses and domains first: their words are not names to match one by one.
    const spans: Span[] = [];
    for (const m of folded.matchAll(EMAIL_RE)) {
      const address = m[0].replace(/[.-]+$/, '');
      spans.push({ from: m.index, to: m.index + address.length, replacement: emails.get(address) ?? UNKNOWN_EMAIL });
    }
    if (domainRe)
      for (const m of folded.matchAll(domainRe)) {
        const to = m.index + m[0].length;
        if (spans.some((f) => m.index < f.to && to > f.from)) continue;
        const domain = [...domains.keys()].find((d) => m[0] === d || m[0].endsWith(`.${d}`))!;
        spans.push({ from: m.index, to, replacement: domains.get(domain)! });
      }
    spans.sort((a, b) => a.from - b.from);
    const names: Span[] = [];
    const ws = foldedWords(folded);
    let r = 0;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      while (r < spans.length && spans[r]!.to <= w.at) r++;
      if (r < spans.length && spans[r]!.from < w.end) continue; // inside an e-mail address or domain
      const limit = r < spans.length ? spans[r]!.from : folded.length;
      let hit = matchAt(ws, i, folded, limit);
      if (
        !hit &&
        HONORIFICS.has(w.word) &&
        i + 1 < ws.length &&
        /^\.?\s{1,3}$/.test(folded.slice(w.end, ws[i + 1]!.at))
      ) {
        const next = matchAt(ws, i + 1, folded, limit);
        if (next?.entry.person) hit = next;
      }
      if (!hit) continue;
      names.push({ from: w.at, to: ws[hit.last]!.end, replacement: hit.entry.keep ? null : hit.entry.replacement });
      i = hit.last;
    }
    const all = [...spans, ...names].sort((a, b) => a.from - b.from);
    if (!all.length) return value;
    let out = '';
    let at = 0;
    for (const f of all) {
      const origFrom = start[f.from]!;
      const origTo = end[f.to - 1]!;
      out += value.slice(at, origFrom) + (f.replacement ?? value.slice(origFrom, origTo));
      at = origTo;
    }
    return out + value.slice(at);
  }

  function matchAt(ws: { word: string; at: number; end: number }[], i: number, folded: string, limit: number) {
    const list = byFirst.get(ws[i]!.word);
    if (!list) return null;
    for (const entry of list) {
      const n = entry.words.length;
      if (i + n > ws.length || ws[i + n - 1]!.end > limit) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok =
          ws[i + k]!.word === entry.words[k] &&
          sepMatches(folded.slice(ws[i + k - 1]!.end, ws[i + k]!.at), entry.seps[k - 1] ?? '');
      }
      if (ok) return { entry, last: i + n - 1 };
    }
    return null;
  }

  return {
    text,
    company: (name) => (name === null ? null : (companyLabel(name) ?? text(name))),
  };
}

/** The keys of a company name (whole, never split into words). */
function spellingKeys(name: string): Pick<NameKey, 'key' | 'words'>[] {
  return spellings(name).map((ws) => ({ key: ws.join(' '), words: ws }));
}
