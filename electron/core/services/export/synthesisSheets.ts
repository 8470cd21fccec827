/**
 * The synthesis screen as tables, from the same reads the screen makes: the ranking (`rollup`, in its
 * order: participant reach, then intensity, then quotes) and the whole matrix (`evidenceMatrix` with no
 * window). A matrix cell is the screen's number — distinct supporting participants — and contradicting
 * participants follow in brackets when there are any, so a spreadsheet never reads them as support.
 */
import type { Database } from 'better-sqlite3';
import type { EvidenceFilters } from '../../../../shared/domain/synthesis';
import type { TagKind } from '../../../../shared/domain/tag';
import { realNamesById } from '../../repos/quoteExport';
import { evidenceMatrix } from '../synthesis/matrix';
import { rollup } from '../synthesis/rollup';
import { projectPseudonymiser } from './names';
import { isoDay, type NameChoice } from './quoteLibrarySheet';
import type { Cell, Sheet, SheetBook } from './sheets';

export const RANKING_HEADER = [
  'rank',
  'tag',
  'kind',
  'participants',
  'participant_share',
  'quotes',
  'interviews',
  'companies',
  'contradicting_participants',
  'contradicting_quotes',
  'average_intensity',
  'first_seen',
  'last_seen',
];

export function synthesisSheets(
  db: Database,
  filters: EvidenceFilters,
  axis: 'participant' | 'segment',
  kinds: TagKind[],
  names: NameChoice,
): SheetBook {
  const ps = names === 'pseudonym' ? projectPseudonymiser(db) : null;
  const t = (s: string) => (ps ? ps.text(s) : s);
  const ranked = rollup(db, filters).tags.filter((tag) => kinds.length === 0 || kinds.includes(tag.kind));
  const ranking: Sheet = {
    name: 'Ranking',
    header: RANKING_HEADER,
    widths: [6, 36, 14],
    rows: ranked.map((tag, i) => [
      i + 1,
      t(tag.path),
      tag.kind,
      tag.participants,
      Math.round(tag.participantShare * 1000) / 10,
      tag.quotes,
      tag.interviews,
      tag.companies,
      tag.contradictingParticipants,
      tag.contradictingQuotes,
      tag.avgIntensity === null ? '' : Math.round(tag.avgIntensity * 10) / 10,
      isoDay(tag.firstSeen),
      isoDay(tag.lastSeen),
    ]),
  };
  const m = evidenceMatrix(db, filters, axis, kinds, null);
  const real = axis === 'participant' && names === 'real' ? realNamesById(db) : null;
  const label = (c: { id: number | null; label: string }) =>
    real && c.id !== null ? real.get(c.id) || c.label : axis === 'segment' ? t(c.label) : c.label;
  const matrix: Sheet = {
    name: 'Matrix',
    header: ['tag', 'kind', 'participants', ...m.columns.map(label)],
    widths: [36, 14, 12],
    rows: m.rows.map((r) => [
      t(r.path),
      r.kind,
      r.total,
      ...r.counts.map((n, i): Cell => {
        const against = r.contradicting[i] ?? 0;
        return against ? `${n} (${against} contradicting)` : n;
      }),
    ]),
  };
  return [ranking, matrix];
}
