/** Aliases as the forms edit them (one line, commas between), and the short name proposed for a company. */
import { fold } from '../../../../shared/domain/nameFold';

export function aliasesFromText(text: string): string[] {
  return text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

export function aliasesToText(aliases: readonly string[]): string {
  return aliases.join(', ');
}

/** Words that are not a short name on their own ("The Home Depot" is not "The"). */
const NOT_SHORT_NAMES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'el', 'los', 'der', 'die', 'das', 'de', 'het']);

/**
 * The first word of a multi-word company name, which is how people often say it ("Acme" for
 * "Acme Freight Group"), unless it is already an alias or is an article. The researcher decides.
 */
export function proposedCompanyAlias(name: string, aliases: readonly string[]): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = words[0]!.replace(/[,.;:]+$/, '');
  const key = fold(first);
  if (key.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || NOT_SHORT_NAMES.has(key)) return null;
  if (aliases.some((a) => fold(a) === key)) return null;
  return first;
}
