/** The ICP profile's statements (firmographics … disqualifying criteria) and which companies they disqualify. */
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import { stmt } from '../../db/sql';
import { recordOperation } from '../../repos/operations';

export const ICP_SECTIONS = ['firmographics', 'technographics', 'business', 'signal_positive', 'signal_negative', 'disqualifying'] as const;
export type IcpSection = (typeof ICP_SECTIONS)[number];

export interface IcpStatement {
  id: number;
  section: IcpSection;
  field: string;
  statement: string;
  position: number;
  citationCount: number;
}

export function listStatements(ctx: ProjectContext): IcpStatement[] {
  return stmt(
    ctx.db,
    `SELECT s.id, s.section, s.field, s.statement, s.position,
            (SELECT count(*) FROM citations c WHERE c.icp_statement_id = s.id) AS citationCount
       FROM icp_statements s ORDER BY s.section, s.position, s.id`,
  ).all() as IcpStatement[];
}

export function addStatement(ctx: ProjectContext, input: { section: IcpSection; field: string; statement: string }): IcpStatement[] {
  ctx.db.transaction(() => {
    const at = ctx.clock.now();
    const position = (stmt(ctx.db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM icp_statements WHERE section = ?').get(input.section) as { p: number }).p;
    const id = stmt(ctx.db, 'INSERT INTO icp_statements (guid, section, field, statement, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      ctx.newGuid(), input.section, input.field, input.statement, position, at, at,
    ).lastInsertRowid;
    recordOperation(ctx.db, at, { action: 'create', entity: 'icp_statement', entityId: Number(id), payload: input });
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [] });
  return listStatements(ctx);
}

export function updateStatement(ctx: ProjectContext, id: number, patch: { statement?: string; field?: string }): IcpStatement[] {
  ctx.db.transaction(() => {
    const before = listStatements(ctx).find((s) => s.id === id);
    if (!before) throw new AppError('NOT_FOUND', 'That statement no longer exists.');
    const at = ctx.clock.now();
    stmt(ctx.db, 'UPDATE icp_statements SET statement = ?, field = ?, updated_at = ? WHERE id = ?').run(patch.statement ?? before.statement, patch.field ?? before.field, at, id);
    recordOperation(ctx.db, at, { action: 'update', entity: 'icp_statement', entityId: id, payload: { before, patch } });
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [] });
  return listStatements(ctx);
}

export function deleteStatement(ctx: ProjectContext, id: number): IcpStatement[] {
  ctx.db.transaction(() => {
    const before = listStatements(ctx).find((s) => s.id === id);
    if (!before) throw new AppError('NOT_FOUND', 'That statement no longer exists.');
    stmt(ctx.db, 'DELETE FROM icp_statements WHERE id = ?').run(id);
    recordOperation(ctx.db, ctx.clock.now(), { action: 'delete', entity: 'icp_statement', entityId: id, payload: { before } });
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [] });
  return listStatements(ctx);
}

/** Marks a company as meeting (or no longer meeting) a disqualifying criterion; it overrides its score. */
export function setDisqualified(ctx: ProjectContext, companyId: number, statementId: number, on: boolean): void {
  ctx.db.transaction(() => {
    const s = stmt(ctx.db, 'SELECT section FROM icp_statements WHERE id = ?').get(statementId) as { section: string } | undefined;
    if (!s) throw new AppError('NOT_FOUND', 'That criterion no longer exists.');
    if (s.section !== 'disqualifying') throw new AppError('VALIDATION', 'Only disqualifying criteria can disqualify a company.');
    if (!stmt(ctx.db, 'SELECT 1 FROM companies WHERE id = ?').get(companyId)) throw new AppError('NOT_FOUND', 'That company no longer exists.');
    if (on) stmt(ctx.db, 'INSERT OR IGNORE INTO company_disqualifiers (company_id, statement_id) VALUES (?, ?)').run(companyId, statementId);
    else stmt(ctx.db, 'DELETE FROM company_disqualifiers WHERE company_id = ? AND statement_id = ?').run(companyId, statementId);
    recordOperation(ctx.db, ctx.clock.now(), { action: on ? 'disqualify' : 'requalify', entity: 'company', entityId: companyId, payload: { statementId } });
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [companyId] });
}
