/**
 * What REFI-QDA does not carry, taken from this project for the rows a .qdpx shares with it
 * (fromQdpx.ts), so that a field the file cannot hold never shows as changed or cleared — and a row
 * of theirs that is kept (their comment, say) keeps this project's star and stance — and its coder
 * when the file does not name one. Applied to
 * the colleague's side as read (references as GUIDs), so references need no translating.
 */
import type { MergeTable } from '../../repos/merge';
import type { Snapshot } from './snapshot';
import { SPEC } from './tables';

const ALWAYS: Partial<Record<MergeTable, string[]>> = {
  tags: ['position', 'pinned_slot', 'archived'],
  quotes: ['starred', 'attributed_participant_id', 'note_id'],
  codings: ['stance', 'intensity'],
  notes: ['guide_item_id'],
};

/** Carried when the file says (a REFI creatingUser), else taken from this project. */
const WHEN_UNSAID: Partial<Record<MergeTable, string[]>> = {
  quotes: ['coder_id'],
  codings: ['coder_id'],
  notes: ['coder_id'],
};

export function takeUncarried(mine: Snapshot, theirs: Snapshot, fromGroundwork: boolean): void {
  const tables: MergeTable[] = ['tags', 'quotes', 'codings', 'notes'];
  for (const table of tables) {
    const spec = SPEC.get(table)!;
    const ours = mine.rows.get(table)!;
    const rows = theirs.rows.get(table)!;
    for (const [guid, t] of rows) {
      const m = ours.get(guid);
      if (!m) continue;
      const content = { ...t.content };
      for (const c of ALWAYS[table] ?? []) content[c] = m.content[c];
      for (const c of WHEN_UNSAID[table] ?? []) if (content[c] === null) content[c] = m.content[c];
      // A tag's kind travels only in Groundwork's own sets; another tool's file makes every code a theme.
      if (table === 'tags' && !fromGroundwork) content['kind'] = m.content['kind'];
      if (table === 'notes') {
        // A note travels as plain text: the same words keep this project's formatting; an interview
        // note without a title travels under a made-up name.
        if (content['plain_text'] === m.content['plain_text']) content['doc'] = m.content['doc'];
        if (!m.content['title'] && /^(Notes: .*|Memo)$/.test(String(content['title'])))
          content['title'] = m.content['title'];
      }
      rows.set(guid, t.withContent(spec, content));
    }
  }
}
