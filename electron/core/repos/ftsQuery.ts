/** Turns what a researcher types into a safe FTS5 query: every word a quoted prefix term, all required. */

export function toMatchQuery(input: string): string {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu) ?? [];
  // Quoting makes FTS5 syntax characters plain text; the trailing * makes each word a prefix.
  return words
    .slice(0, 12)
    .map((w) => `"${w.replace(/"/g, '""')}"*`)
    .join(' ');
}

export { SNIPPET_MARK_START as MARK_START, SNIPPET_MARK_END as MARK_END } from '../../../shared/domain/search';
