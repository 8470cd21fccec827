/** The codebook as a tree: children under their parent in position order; archived ones optional. */
import type { Tag } from '../../../../shared/domain/tag';

export interface TagRow {
  tag: Tag;
  depth: number;
  hasChildren: boolean;
}

export function tagRows(tags: readonly Tag[], showArchived: boolean): TagRow[] {
  const visible = tags.filter((t) => showArchived || !t.archived);
  const ids = new Set(visible.map((t) => t.id));
  const children = new Map<number | null, Tag[]>();
  for (const t of visible) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(t);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const out: TagRow[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const tag of children.get(parent) ?? []) {
      out.push({ tag, depth, hasChildren: (children.get(tag.id)?.length ?? 0) > 0 });
      walk(tag.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A tag and everything under it (a tag cannot move under itself). */
export function subtreeIds(tags: readonly Tag[], rootId: number): Set<number> {
  const out = new Set<number>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tags) {
      if (t.parentId !== null && out.has(t.parentId) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * The codebook's counts, the same evidence the roll-up counts: supporting quotes and participants,
 * then counter-evidence and codings that do not count (the interviewer's words, unmapped speakers).
 */
export function countsLabel(
  tag: Pick<Tag, 'quoteCount' | 'participantCount' | 'contradictingCount' | 'notCountedCount'>,
): string {
  const q = `${tag.quoteCount} ${tag.quoteCount === 1 ? 'quote' : 'quotes'}`;
  const p = `${tag.participantCount} ${tag.participantCount === 1 ? 'participant' : 'participants'}`;
  const against = tag.contradictingCount
    ? ` · ${tag.contradictingCount} ${tag.contradictingCount === 1 ? 'contradicts' : 'contradict'}`
    : '';
  const uncounted = tag.notCountedCount ? ` · ${tag.notCountedCount} not counted` : '';
  return `${q} · ${p}${against}${uncounted}`;
}
