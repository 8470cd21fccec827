/**
 * The ICP profile's statements (firmographics … disqualifying criteria), the quotes they cite, and which
 * companies a disqualifying statement rules out. Every edit here is an undoable step.
 */
import type { IcpSection, IcpStatement } from '../../../../shared/domain/icpProfile';
import { AppError } from '../../../../shared/errors';
import type { CitationStance } from '../../../../shared/domain/citation';
import type { ProjectContext } from '../../context';
import { undoable } from '../../history/undo';
import * as repo from '../../repos/icp';
import { disqualifiedCompanyIds } from '../../repos/icpDisqualifiers';
import * as claimCitations from '../citations/cite';
import { citationsByClaim } from '../citations/list';

export type { IcpSection, IcpStatement };

function changed(ctx: ProjectContext, kind: 'icpStatement' | 'company' = 'icpStatement'): void {
  ctx.emit('entities.changed', { kind, ids: [] });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
}

function mustStatement(ctx: ProjectContext, id: number): repo.StatementRow {
  const s = repo.statementRow(ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND', 'That statement no longer exists.');
  return s;
}

export function listStatements(ctx: ProjectContext): IcpStatement[] {
  const rows = repo.statementRows(ctx.db);
  const citations = citationsByClaim(
    ctx,
    'icpStatement',
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const mine = citations.get(r.id) ?? [];
    return { ...r, section: r.section as IcpSection, citationCount: mine.length, citations: mine };
  });
}

export function addStatement(
  ctx: ProjectContext,
  input: { section: IcpSection; field: string; statement: string; quoteIds?: number[] },
): IcpStatement[] {
  undoable(
    ctx,
    { label: 'Add ICP statement', action: 'create', entity: 'icp_statement', kinds: ['icpStatement'] },
    (c) => {
      const at = ctx.clock.now();
      const id = c.insert('icp_statements', {
        guid: ctx.newGuid(),
        section: input.section,
        field: input.field,
        statement: input.statement,
        position: repo.nextStatementPosition(ctx.db, input.section),
        created_at: at,
        updated_at: at,
      });
      for (const quoteId of input.quoteIds ?? [])
        claimCitations.addCitation(ctx, c, { kind: 'icpStatement', id }, quoteId, 'supports');
    },
  );
  changed(ctx);
  return listStatements(ctx);
}

export function updateStatement(
  ctx: ProjectContext,
  id: number,
  patch: { statement?: string; field?: string },
): IcpStatement[] {
  mustStatement(ctx, id);
  undoable(
    ctx,
    { label: 'Edit ICP statement', action: 'update', entity: 'icp_statement', entityId: id, kinds: ['icpStatement'] },
    (c) => {
      c.update('icp_statements', id, {
        ...(patch.statement !== undefined ? { statement: patch.statement } : {}),
        ...(patch.field !== undefined ? { field: patch.field } : {}),
        updated_at: ctx.clock.now(),
      });
    },
  );
  changed(ctx);
  return listStatements(ctx);
}

/** Deletes a statement, its citations and its ticks against companies, as one undoable step. */
export function deleteStatement(ctx: ProjectContext, id: number): IcpStatement[] {
  mustStatement(ctx, id);
  undoable(
    ctx,
    { label: 'Delete ICP statement', action: 'delete', entity: 'icp_statement', entityId: id, kinds: ['icpStatement'] },
    (c) => {
      claimCitations.dropCitations(ctx, c, { kind: 'icpStatement', id });
      for (const companyId of disqualifiedCompanyIds(ctx.db, id))
        c.unlink('company_disqualifiers', { company_id: companyId, statement_id: id });
      c.delete('icp_statements', id);
    },
  );
  changed(ctx);
  return listStatements(ctx);
}

export function citeStatement(
  ctx: ProjectContext,
  statementId: number,
  quoteId: number,
  polarity: CitationStance,
): IcpStatement[] {
  mustStatement(ctx, statementId);
  claimCitations.cite(ctx, { kind: 'icpStatement', id: statementId }, quoteId, polarity);
  changed(ctx);
  return listStatements(ctx);
}

export function unciteStatement(ctx: ProjectContext, statementId: number, quoteId: number): IcpStatement[] {
  mustStatement(ctx, statementId);
  claimCitations.uncite(ctx, { kind: 'icpStatement', id: statementId }, quoteId);
  changed(ctx);
  return listStatements(ctx);
}

/** Marks a company as meeting (or no longer meeting) a disqualifying criterion; it overrides its score. Undoable. */
export function setDisqualified(ctx: ProjectContext, companyId: number, statementId: number, on: boolean): void {
  const s = repo.statementRow(ctx.db, statementId);
  if (!s) throw new AppError('NOT_FOUND', 'That disqualifying criterion no longer exists.');
  if (s.section !== 'disqualifying')
    throw new AppError('VALIDATION', 'Only disqualifying criteria can disqualify a company.');
  const company = repo.companyName(ctx.db, companyId);
  if (company === undefined) throw new AppError('NOT_FOUND', 'That company no longer exists.');
  const label = on ? `Disqualify ${company}` : `Requalify ${company}`;
  undoable(
    ctx,
    { label, action: on ? 'disqualify' : 'requalify', entity: 'company', entityId: companyId, kinds: ['company'] },
    (c) => {
      const key = { company_id: companyId, statement_id: statementId };
      if (on) c.link('company_disqualifiers', key);
      else c.unlink('company_disqualifiers', key);
    },
  );
  changed(ctx, 'company');
}
