/**
 * Company scores per criterion, with an optional note and cited quotes. A score is an evidence-backed
 * claim, so setting, clearing and citing are undoable steps. A cell must be scored before it cites.
 */
import type { ScoreDetail } from '../../../../shared/domain/icpProfile';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/icp';
import { insertOwnedCitation, type Polarity } from './citations';

function changed(ctx: ProjectContext, companyId: number): void {
  ctx.emit('entities.changed', { kind: 'icpScore', ids: [companyId] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

function names(
  ctx: ProjectContext,
  companyId: number,
  criterionId: number,
): { companyName: string; criterionName: string } {
  const companyName = repo.companyName(ctx.db, companyId);
  if (companyName === undefined) throw new AppError('NOT_FOUND', 'That company no longer exists.');
  const criterionName = repo.criterionName(ctx.db, criterionId);
  if (criterionName === undefined) throw new AppError('NOT_FOUND', 'That criterion no longer exists.');
  return { companyName, criterionName };
}

export function scoreDetail(ctx: ProjectContext, companyId: number, criterionId: number): ScoreDetail {
  const n = names(ctx, companyId, criterionId);
  const row = repo.scoreRow(ctx.db, companyId, criterionId);
  const citations = row ? repo.citationsOfScores(ctx.db, [row.id]).map(({ ownerId: _owner, ...c }) => c) : [];
  return {
    companyId,
    criterionId,
    ...n,
    scoreId: row?.id ?? null,
    score: row?.score ?? null,
    note: row?.note ?? '',
    citations,
  };
}

/**
 * Sets a cell's score (1–5) and, when given, its note; null clears the cell with its note and citations.
 * The note is kept when left out.
 */
export function setScore(
  ctx: ProjectContext,
  companyId: number,
  criterionId: number,
  score: number | null,
  note?: string,
): ScoreDetail {
  const n = names(ctx, companyId, criterionId);
  const label =
    score === null ? `Clear ${n.criterionName} score` : `Score ${n.companyName}: ${n.criterionName} ${score}`;
  undoable(ctx, { label, action: 'score', entity: 'company', entityId: companyId, kinds: ['icpScore'] }, (c) => {
    const existing = repo.scoreRow(ctx.db, companyId, criterionId);
    const at = ctx.clock.now();
    if (score === null) {
      if (!existing) return;
      for (const cid of repo.citationIdsOfScore(ctx.db, existing.id)) c.delete('citations', cid);
      c.delete('company_scores', existing.id);
    } else if (existing) {
      if (existing.score === score && (note === undefined || note === existing.note)) return;
      c.update('company_scores', existing.id, { score, ...(note !== undefined ? { note } : {}), updated_at: at });
    } else {
      c.insert('company_scores', {
        company_id: companyId,
        criterion_id: criterionId,
        score,
        note: note ?? '',
        updated_at: at,
      });
    }
  });
  changed(ctx, companyId);
  return scoreDetail(ctx, companyId, criterionId);
}

function mustScored(ctx: ProjectContext, companyId: number, criterionId: number): repo.ScoreRow {
  const n = names(ctx, companyId, criterionId);
  const row = repo.scoreRow(ctx.db, companyId, criterionId);
  if (!row)
    throw new AppError(
      'VALIDATION',
      `Score ${n.companyName} on ${n.criterionName} first; then cite the quotes behind that score.`,
    );
  return row;
}

export function citeScore(
  ctx: ProjectContext,
  companyId: number,
  criterionId: number,
  quoteId: number,
  polarity: Polarity,
): ScoreDetail {
  const row = mustScored(ctx, companyId, criterionId);
  const label = polarity === 'supports' ? 'Cite supporting quote' : 'Cite contradicting quote';
  undoable(ctx, { label, action: 'cite', entity: 'company_score', entityId: row.id, kinds: ['icpScore'] }, (c) =>
    insertOwnedCitation(ctx, c, { company_score_id: row.id }, quoteId, polarity),
  );
  changed(ctx, companyId);
  return scoreDetail(ctx, companyId, criterionId);
}

export function unciteScore(ctx: ProjectContext, companyId: number, criterionId: number, quoteId: number): ScoreDetail {
  const row = mustScored(ctx, companyId, criterionId);
  const existing = repo.scoreCitation(ctx.db, row.id, quoteId);
  if (!existing) throw new AppError('NOT_FOUND', 'That quote is not cited for this score.');
  undoable(
    ctx,
    { label: 'Remove citation', action: 'uncite', entity: 'company_score', entityId: row.id, kinds: ['icpScore'] },
    (c) => c.delete('citations', existing.id),
  );
  changed(ctx, companyId);
  return scoreDetail(ctx, companyId, criterionId);
}
