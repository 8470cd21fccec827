/**
 * The preview a researcher reads before merging: counts per kind, every conflict with both versions
 * side by side (the fields that differ, in words, and whose work each is), and what is not merged.
 */
import type { MergeCoderBadge, MergeConflict, MergeKindCounts, MergeSide } from '../../../../shared/domain/merge';
import type { MergeTable } from '../../repos/merge';
import { bothAllowed, conflictId, type Decision, type Plan } from './plan';
import type { SideRow, Snapshot } from './snapshot';
import { TABLES, type TableSpec } from './tables';

/** Said in every preview and report: what a merge never carries. */
export const NOT_MERGED = [
  'Edits and deletions of interviews, participants and companies that both projects have (the colleague’s new ones are brought in).',
  'Transcript corrections: a transcript this project has is kept as it is.',
  'Personas, job statements, the ICP, segments, question bank and guides, research plans and settings.',
];

export function kindCounts(plan: Plan): MergeKindCounts[] {
  return TABLES.map((spec) => {
    const c: MergeKindCounts = {
      kind: spec.kind,
      newTheirs: 0,
      newMine: 0,
      changedTheirs: 0,
      deletedTheirs: 0,
      notMerged: 0,
    };
    for (const d of plan.decisions.get(spec.table)!.values()) {
      if (d.state === 'newTheirs') c.newTheirs++;
      else if (d.state === 'newMine') c.newMine++;
      else if (d.state === 'changedTheirs') c.changedTheirs++;
      else if (d.state === 'deletedByTheirs') c.deletedTheirs++;
      else if (d.state === 'notMerged' && d.theirs) c.notMerged++;
    }
    return c;
  });
}

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function coderBadge(side: Snapshot, row: SideRow | undefined): MergeCoderBadge | null {
  const coderGuid = row?.content['coder_id'];
  if (typeof coderGuid !== 'string') return null;
  const c = side.rows.get('coders')!.get(coderGuid);
  if (!c) return null;
  return {
    guid: c.guid,
    name: String(c.raw['name']),
    initials: String(c.raw['initials']),
    colour: String(c.raw['colour']),
  };
}

function tagName(side: Snapshot, guid: unknown): string {
  return typeof guid === 'string' ? String(side.rows.get('tags')!.get(guid)?.raw['name'] ?? 'a tag') : '';
}

function quoteText(side: Snapshot, guid: unknown): string {
  return typeof guid === 'string' ? clip(String(side.rows.get('quotes')!.get(guid)?.raw['exact_text'] ?? ''), 60) : '';
}

function labelOf(spec: TableSpec, d: Decision, plan: Plan): string {
  const row = (d.mine ?? d.theirs)!;
  const side = d.mine ? plan.mine : plan.theirs;
  switch (spec.table) {
    case 'quotes':
      return `“${clip(String(row.raw['exact_text']))}”`;
    case 'tags':
      return `Tag “${String(row.raw['name'])}”`;
    case 'notes':
      return `Note “${clip(String(row.raw['title'] || row.raw['plain_text'] || 'Untitled'), 60)}”`;
    case 'codings':
      return `“${tagName(side, row.content['tag_id'])}” on “${quoteText(side, row.content['quote_id'])}”`;
    default:
      return `${spec.kind} ${row.guid}`;
  }
}

/** The fields a researcher recognises, per kind (references shown by name). */
function fieldsOf(spec: TableSpec, side: Snapshot, row: SideRow): Record<string, string> {
  const c = row.content;
  switch (spec.table) {
    case 'quotes':
      return {
        Words: String(c['exact_text']),
        Comment: String(c['comment'] ?? ''),
        Starred: c['starred'] ? 'yes' : 'no',
      };
    case 'tags':
      return {
        Name: String(c['name']),
        Kind: String(c['kind']),
        Definition: String(c['definition'] ?? ''),
        Parent: c['parent_id'] ? tagName(side, c['parent_id']) : '(none)',
        Archived: c['archived'] ? 'yes' : 'no',
      };
    case 'notes':
      return { Title: String(c['title'] ?? ''), Text: clip(String(c['plain_text'] ?? ''), 400) };
    case 'codings':
      return {
        Tag: tagName(side, c['tag_id']),
        Stance: String(c['stance']),
        Intensity: c['intensity'] === null || c['intensity'] === undefined ? '(none)' : String(c['intensity']),
      };
    default:
      return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, String(v ?? '')]));
  }
}

/** Only the fields that differ, so the side-by-side shows the disagreement and not the whole row. */
function sides(spec: TableSpec, d: Decision, plan: Plan): { mine: MergeSide; theirs: MergeSide } {
  const m = d.mine ? fieldsOf(spec, plan.mine, d.mine) : null;
  const t = d.theirs ? fieldsOf(spec, plan.theirs, d.theirs) : null;
  let keep = (k: string) => !!k;
  if (m && t) {
    const differing = Object.keys(m).filter((k) => m[k] !== t[k]);
    if (differing.length) keep = (k) => differing.includes(k);
  }
  const only = (f: Record<string, string> | null) =>
    f ? Object.fromEntries(Object.entries(f).filter(([k]) => keep(k))) : null;
  return {
    mine: { fields: only(m), coder: coderBadge(plan.mine, d.mine) },
    theirs: { fields: only(t), coder: coderBadge(plan.theirs, d.theirs) },
  };
}

function choicesOf(spec: TableSpec, d: Decision): MergeConflict['choices'] {
  const kind = spec.kind;
  switch (d.conflict) {
    case 'deletedMine':
      return [
        { choice: 'mine', label: `Keep it deleted` },
        { choice: 'theirs', label: `Restore their changed ${kind}` },
      ];
    case 'deletedTheirs':
      return [
        { choice: 'mine', label: `Keep my changed ${kind}` },
        { choice: 'theirs', label: `Delete it, as they did` },
      ];
    case 'deletedWithDependants':
      return d.deletion === 'deletedByMine'
        ? [
            { choice: 'mine', label: `Keep it deleted (their work in it goes too)` },
            { choice: 'theirs', label: `Restore it with their work` },
          ]
        : [
            { choice: 'mine', label: `Keep it with my work` },
            { choice: 'theirs', label: `Delete it, as they did (my work in it goes too)` },
          ];
    default: {
      const out: MergeConflict['choices'] = [
        { choice: 'mine', label: 'Keep mine' },
        { choice: 'theirs', label: 'Keep theirs' },
      ];
      if (bothAllowed(spec, d)) {
        out.push({
          choice: 'both',
          label: spec.table === 'quotes' ? 'Keep both comments' : 'Keep both notes',
        });
      }
      return out;
    }
  }
}

export function conflictsOf(plan: Plan): MergeConflict[] {
  const out: MergeConflict[] = [];
  for (const spec of TABLES) {
    for (const d of plan.decisions.get(spec.table as MergeTable)!.values()) {
      if (d.state !== 'conflict') continue;
      out.push({
        id: conflictId(spec, d.guid),
        kind: spec.kind,
        conflict: d.conflict!,
        label: labelOf(spec, d, plan),
        ...sides(spec, d, plan),
        choices: choicesOf(spec, d),
        dependants: d.dependants,
      });
    }
  }
  return out;
}
