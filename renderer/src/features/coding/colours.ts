/** Colours for tags on highlights and chips: the tag's colour behind dark text (≥ 7:1, see shared/domain/tag.ts). */
import type { Quote } from '../../../../shared/domain/quote';
import type { Tag } from '../../../../shared/domain/tag';

/** An untagged quote: a quiet yellow, so a fresh highlight is visible before it is coded. */
export const UNTAGGED_COLOUR = '#fff3bf';
export const HIGHLIGHT_TEXT = '#1f1f1d';

export function quoteColour(quote: Pick<Quote, 'codings'>, tags: ReadonlyMap<number, Tag>): string {
  for (const coding of quote.codings) {
    const tag = tags.get(coding.tagId);
    if (tag) return tag.colour;
  }
  return UNTAGGED_COLOUR;
}

export function tagNames(quote: Pick<Quote, 'codings'>, tags: ReadonlyMap<number, Tag>): string[] {
  return quote.codings.map((c) => tags.get(c.tagId)?.name).filter((n): n is string => Boolean(n));
}
