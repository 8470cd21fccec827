/**
 * Pseudonymised exports: real participant and company names are replaced consistently, also inside
 * quote text. Full names, then given and family names on their own (3+ letters), longest first,
 * matched case-insensitively at word boundaries.
 */

export interface NameSource {
  participants: readonly { realName: string; pseudonym: string }[];
  companies: readonly { name: string }[];
}

export interface Pseudonymiser {
  text(value: string): string;
  company(name: string | null): string | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function companyAlias(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Company ${label}`;
}

export function makePseudonymiser(src: NameSource): Pseudonymiser {
  const pairs: [string, string][] = [];
  const companyNames = new Map<string, string>();
  [...src.companies]
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach((c, i) => {
      const alias = companyAlias(i);
      companyNames.set(c.name.toLowerCase(), alias);
      if (c.name.trim()) pairs.push([c.name.trim(), alias]);
    });
  for (const p of src.participants) {
    const real = p.realName.trim();
    if (!real) continue;
    pairs.push([real, p.pseudonym]);
    for (const part of real.split(/[\s,]+/)) if (part.length >= 3) pairs.push([part, p.pseudonym]);
  }
  // Longest first, so "Tom Okafor" is replaced before "Tom".
  pairs.sort((a, b) => b[0].length - a[0].length);
  const seen = new Set<string>();
  const unique = pairs.filter(([k]) => !seen.has(k.toLowerCase()) && seen.add(k.toLowerCase()));
  const re = unique.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${unique.map(([k]) => escapeRe(k)).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const lookup = new Map(unique.map(([k, v]) => [k.toLowerCase(), v]));
  return {
    text: (value) => (re ? value.replace(re, (m) => lookup.get(m.toLowerCase()) ?? m) : value),
    company: (name) => (name === null ? null : (companyNames.get(name.toLowerCase()) ?? name)),
  };
}
