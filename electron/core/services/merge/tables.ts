/**
 * What a merge reads and writes, table by table, in the order parents come before children. Each
 * table says how it merges:
 * - `merge`: the coding work — edits, additions and deletions of either side, three-way against the base.
 * - `bring`: what coding depends on (participants, companies, interviews): the colleague's new rows come
 *   over whole; their edits and deletions of rows this project has are not merged (counted as such).
 * - `follow`: parts of a row brought over (a transcript with its interview, turns and speakers with
 *   their transcript, an interview's participant links): inserted with their owner, never compared.
 * - `coder`: coders come over by GUID; this project's own entry for a person is kept.
 */
import type { MergeKind } from '../../../../shared/domain/merge';
import type { MergeTable, LooseTable } from '../../repos/merge';

export type MergeMode = 'merge' | 'bring' | 'follow' | 'coder';

export interface ForeignKey {
  column: string;
  table: MergeTable;
  /** drop: the row cannot exist without its parent; null: the reference is cleared. */
  missing: 'drop' | 'null';
}

export interface TableSpec {
  table: MergeTable;
  kind: MergeKind;
  mode: MergeMode;
  fks: ForeignKey[];
  /** References to tables a merge does not carry: kept when this project has the same GUID, else cleared. */
  loose: { column: string; table: LooseTable }[];
  /** Kept up by triggers (or counters): never compared, never written. */
  derived: string[];
  /** Written with the row but not compared: touching a row without changing it is not a change. */
  uncompared: string[];
  /** The GUID is made up from the row's owners (speakers, links have none of their own): never written. */
  syntheticGuid?: boolean;
  /** For `follow`: the foreign key whose parent brings the row. */
  owner?: string;
}

const coder = (column = 'coder_id'): ForeignKey => ({ column, table: 'coders', missing: 'null' });

const times = ['created_at', 'updated_at'];

export const TABLES: readonly TableSpec[] = [
  { table: 'coders', kind: 'coder', mode: 'coder', fks: [], loose: [], derived: [], uncompared: ['created_at'] },
  { table: 'companies', kind: 'company', mode: 'bring', fks: [], loose: [], derived: [], uncompared: times },
  {
    table: 'participants',
    kind: 'participant',
    mode: 'bring',
    fks: [{ column: 'company_id', table: 'companies', missing: 'null' }],
    loose: [{ column: 'segment_id', table: 'segments' }],
    derived: [],
    uncompared: times,
  },
  {
    table: 'interviews',
    kind: 'interview',
    mode: 'bring',
    fks: [],
    loose: [{ column: 'guide_id', table: 'guides' }],
    derived: [],
    uncompared: times,
  },
  {
    table: 'interview_participants',
    kind: 'interviewParticipant',
    mode: 'follow',
    fks: [
      { column: 'interview_id', table: 'interviews', missing: 'drop' },
      { column: 'participant_id', table: 'participants', missing: 'drop' },
    ],
    loose: [],
    derived: [],
    uncompared: [],
    syntheticGuid: true,
    owner: 'interview_id',
  },
  {
    table: 'transcripts',
    kind: 'transcript',
    mode: 'follow',
    fks: [{ column: 'interview_id', table: 'interviews', missing: 'drop' }],
    loose: [],
    derived: [],
    uncompared: ['imported_at'],
    owner: 'interview_id',
  },
  {
    table: 'speakers',
    kind: 'speaker',
    mode: 'follow',
    fks: [
      { column: 'transcript_id', table: 'transcripts', missing: 'drop' },
      { column: 'participant_id', table: 'participants', missing: 'null' },
    ],
    loose: [],
    derived: [],
    uncompared: [],
    syntheticGuid: true,
    owner: 'transcript_id',
  },
  {
    table: 'transcript_segments',
    kind: 'turn',
    mode: 'follow',
    fks: [
      { column: 'transcript_id', table: 'transcripts', missing: 'drop' },
      { column: 'speaker_id', table: 'speakers', missing: 'null' },
    ],
    loose: [],
    derived: [],
    uncompared: [],
    owner: 'transcript_id',
  },
  {
    table: 'tags',
    kind: 'tag',
    mode: 'merge',
    fks: [{ column: 'parent_id', table: 'tags', missing: 'drop' }],
    loose: [],
    derived: [],
    uncompared: times,
  },
  {
    table: 'notes',
    kind: 'note',
    mode: 'merge',
    fks: [{ column: 'interview_id', table: 'interviews', missing: 'drop' }, coder()],
    loose: [{ column: 'guide_item_id', table: 'guide_items' }],
    derived: [],
    // The revision counts saves; two copies saving the same words are not in conflict.
    uncompared: [...times, 'revision'],
  },
  {
    table: 'quotes',
    kind: 'quote',
    mode: 'merge',
    fks: [
      { column: 'interview_id', table: 'interviews', missing: 'drop' },
      { column: 'start_segment_id', table: 'transcript_segments', missing: 'null' },
      { column: 'end_segment_id', table: 'transcript_segments', missing: 'null' },
      { column: 'note_id', table: 'notes', missing: 'drop' },
      { column: 'attributed_participant_id', table: 'participants', missing: 'null' },
      coder(),
    ],
    loose: [],
    // Whose words and how many codings: triggers derive them from the turn and the codings.
    derived: ['speaker_id', 'participant_id', 'coding_count'],
    uncompared: times,
  },
  {
    table: 'codings',
    kind: 'coding',
    mode: 'merge',
    fks: [
      { column: 'quote_id', table: 'quotes', missing: 'drop' },
      { column: 'tag_id', table: 'tags', missing: 'drop' },
      coder(),
    ],
    loose: [],
    derived: [],
    uncompared: ['created_at'],
  },
];

export const SPEC: ReadonlyMap<MergeTable, TableSpec> = new Map(TABLES.map((t) => [t.table, t]));

/** Tables whose fingerprints the base keeps (follow tables are never compared). */
export const BASED_TABLES = TABLES.filter((t) => t.mode !== 'follow').map((t) => t.table);
