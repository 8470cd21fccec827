/** Fuzzy tag matching for the picker and the palette (fuse.js over name, path and definition). */
import Fuse from 'fuse.js';
import type { Tag } from '../../../../shared/domain/tag';

export function tagFuse(tags: readonly Tag[]): Fuse<Tag> {
  return new Fuse([...tags], {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'path', weight: 1.5 },
      { name: 'definition', weight: 0.5 },
    ],
    threshold: 0.38,
    ignoreLocation: true,
  });
}

/** Tags for a query: all (pinned first, then by path) when it is empty, else ranked matches. */
export function matchTags(fuse: Fuse<Tag>, tags: readonly Tag[], query: string, limit = 40): Tag[] {
  const q = query.trim();
  if (!q) {
    return [...tags]
      .sort((a, b) => (a.pinnedSlot ?? 99) - (b.pinnedSlot ?? 99) || a.path.localeCompare(b.path))
      .slice(0, limit);
  }
  return fuse.search(q, { limit }).map((r) => r.item);
}
