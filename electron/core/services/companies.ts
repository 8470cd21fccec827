/** Company use cases. A company that participants belong to cannot be deleted. */
import type { DeleteImpact } from '../../../shared/domain/common';
import type { Company, CompanyInput } from '../../../shared/domain/company';
import { CompanyFields } from '../../../shared/domain/company';
import { AppError } from '../../../shared/errors';
import type { ProjectContext } from '../context';
import { nameClash } from '../../../shared/domain/names';
import * as repo from '../repos/companies';
import { participantNames } from '../repos/participants';
import { recordOperation } from '../repos/operations';
import { pick } from '../../../shared/pick';

type Fields = ReturnType<typeof CompanyFields.parse>;

function mustGet(ctx: ProjectContext, id: number): Company {
  const c = repo.getCompany(ctx.db, id);
  if (!c) throw new AppError('NOT_FOUND', 'That company no longer exists.');
  return c;
}

function checkName(ctx: ProjectContext, name: string, exceptId: number | null, aliases: readonly string[] = []): void {
  const other = repo.findCompanyByName(ctx.db, name);
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `A company called "${name}" already exists.`, {
      name: 'Company names must be unique.',
    });
  }
  // A company's name or alias that is someone's pseudonym would be replaced by "Company A" in exports.
  const clash = nameClash({ companyName: name, aliases }, null, participantNames(ctx.db));
  if (clash) throw new AppError('CONFLICT', clash.message, { [clash.field]: clash.message });
}

/** The columns a company record holds; the return type makes the compiler check none is missing. */
const RECORD_KEYS = [
  'name',
  'aliases',
  'industry',
  'employeeRange',
  'annualRevenue',
  'geography',
  'growthStage',
  'currentStack',
  'infrastructure',
  'techMaturity',
  'buyingProcess',
  'contractValue',
  'notes',
] as const;

function record(c: Fields | Company): repo.CompanyRecord {
  return pick(c, RECORD_KEYS);
}

export function createCompany(ctx: ProjectContext, fields: Fields): Company {
  const id = ctx.db.transaction(() => {
    checkName(ctx, fields.name, null, fields.aliases);
    const at = ctx.clock.now();
    const newId = repo.insertCompany(ctx.db, ctx.newGuid(), at, record(fields));
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'create',
      entity: 'company',
      entityId: newId,
      payload: { after: fields },
    });
    return newId;
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [id] });
  return mustGet(ctx, id);
}

export function updateCompany(ctx: ProjectContext, id: number, patch: Partial<CompanyInput>): Company {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id);
    const merged = CompanyFields.parse({ ...record(before), ...patch });
    checkName(ctx, merged.name, id, merged.aliases);
    const at = ctx.clock.now();
    repo.updateCompany(ctx.db, id, at, record(merged));
    recordOperation(ctx.db, at, {
      coderId: ctx.coderId ?? null,
      action: 'update',
      entity: 'company',
      entityId: id,
      payload: { before: record(before), after: record(merged) },
    });
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [id] });
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  return mustGet(ctx, id);
}

export function companyDeleteImpact(ctx: ProjectContext, id: number): DeleteImpact {
  const company = mustGet(ctx, id);
  const usage = repo.companyUsage(ctx.db, id);
  const n = usage.participants;
  return {
    counts: { participants: n, icpScores: usage.scores },
    blockedBy:
      n > 0
        ? `${company.name} is the company of ${n} participant${n === 1 ? '' : 's'}. Move ${n === 1 ? 'them' : 'them'} to another company first.`
        : null,
  };
}

export function deleteCompany(ctx: ProjectContext, id: number): { deleted: number } {
  ctx.db.transaction(() => {
    const impact = companyDeleteImpact(ctx, id);
    if (impact.blockedBy) throw new AppError('IN_USE', impact.blockedBy);
    const before = mustGet(ctx, id);
    repo.deleteCompany(ctx.db, id);
    recordOperation(ctx.db, ctx.clock.now(), {
      coderId: ctx.coderId ?? null,
      action: 'delete',
      entity: 'company',
      entityId: id,
      payload: { before },
    });
  })();
  ctx.emit('entities.changed', { kind: 'company', ids: [id] });
  return { deleted: id };
}
