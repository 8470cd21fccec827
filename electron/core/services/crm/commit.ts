/**
 * Applies a CRM plan in one transaction as one undoable step: new companies, filled (or replaced)
 * company fields, new participants with neutral pseudonyms, merged participants. The plan is
 * recomputed here against the project as it is at commit time, so a preview that went stale cannot
 * write over a change made since.
 */
import type { CrmCommitResult, CrmDecision } from '../../../../shared/domain/crm';
import { aliasKeys, personNameKeys, pseudonymKeys, spellings } from '../../../../shared/domain/names';
import { nextPseudonym } from '../../../../shared/domain/pseudonym';
import { AppError } from '../../../../shared/errors';
import type { ProjectContext } from '../../context';
import type { ChangeSet } from '../../history/changeSet';
import { undoable } from '../../history/undo';
import { allPseudonyms } from '../../repos/participants';
import { companyChanges, participantChanges, type CrmPlan, type PlannedRow } from './plan';

type Action = CrmDecision['action'];

/** Each row's action: a `match` merges unless told otherwise, a `possible` needs the researcher's word. */
function actions(plan: CrmPlan, decisions: readonly CrmDecision[]): Map<PlannedRow, Action> {
  const told = new Map(decisions.map((d) => [d.row, d.action]));
  const out = new Map<PlannedRow, Action>();
  const undecided: number[] = [];
  for (const r of plan.rows) {
    const said = told.get(r.record.row);
    switch (r.status) {
      case 'invalid':
      case 'repeat':
        continue;
      case 'match':
        out.set(r, said ?? 'merge');
        break;
      case 'possible':
        if (!said) undecided.push(r.record.row);
        else out.set(r, said);
        break;
      case 'create':
        out.set(r, said === 'skip' ? 'skip' : 'create');
        break;
    }
  }
  if (undecided.length)
    throw new AppError(
      'VALIDATION',
      `Choose Merge, Add as new or Skip for the possible match${undecided.length === 1 ? '' : 'es'} in row${undecided.length === 1 ? '' : 's'} ${undecided.join(', ')}.`,
    );
  return out;
}

/** Neutral codes for `count` new people, skipping any code that is someone's (or some company's) name. */
function pseudonymsFor(ctx: ProjectContext, plan: CrmPlan, newNames: readonly string[], count: number): string[] {
  const nameKeys = new Set<string>();
  for (const p of plan.participants) {
    for (const k of personNameKeys(p.realName)) nameKeys.add(k.key);
    for (const a of p.aliases) for (const k of aliasKeys(a)) nameKeys.add(k.key);
  }
  for (const n of newNames) for (const k of personNameKeys(n)) nameKeys.add(k.key);
  const companyNames = [
    ...plan.existingCompanies.flatMap((c) => [c.name, ...c.aliases]),
    ...[...plan.companies.values()].map((c) => c.name),
  ];
  for (const n of companyNames) for (const ws of spellings(n)) nameKeys.add(ws.join(' '));
  const clashes = (code: string) => [...pseudonymKeys(code)].some((k) => nameKeys.has(k));
  const out: string[] = [];
  let taken: Iterable<string> = allPseudonyms(ctx.db);
  for (let i = 0; i < count; i++) {
    const code = nextPseudonym(taken, clashes);
    out.push(code);
    taken = [code];
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function commitCrmPlan(
  ctx: ProjectContext,
  plan: CrmPlan,
  fileName: string,
  decisions: readonly CrmDecision[],
  replaceDiffering: boolean,
): CrmCommitResult {
  const chosen = actions(plan, decisions);
  const applied = [...chosen].filter(([, a]) => a !== 'skip').map(([r]) => r);
  const creating = applied.filter((r) => chosen.get(r) === 'create');
  const merging = applied.filter((r) => chosen.get(r) === 'merge');
  const folded = plan.rows.filter((r) => r.status === 'repeat').length;
  const skipped = plan.rows.length - applied.length - folded;
  const people = creating.length + merging.length;
  const label = `Import ${plural(people, 'person', 'people')} from ${fileName}`;
  const at = ctx.clock.now();

  const result = undoable(
    ctx,
    { label, action: 'crm-import', entity: 'participant', kinds: ['participant', 'company'] },
    (changes) => {
      const companyIds = applyCompanies(ctx, plan, applied, replaceDiffering, at, changes);
      const codes = pseudonymsFor(
        ctx,
        plan,
        applied.map((r) => r.record.realName),
        creating.length,
      );
      const ids: number[] = [];
      creating.forEach((r, i) => {
        const rec = r.record;
        ids.push(
          changes.insert('participants', {
            guid: ctx.newGuid(),
            pseudonym: codes[i]!,
            real_name: rec.realName,
            aliases: '[]',
            email: rec.email,
            role: rec.role,
            career_stage: rec.careerStage,
            company_id: r.companyKey ? companyIds.ids.get(r.companyKey)! : null,
            segment_id: null,
            behavior: '',
            consent: 'pending',
            consent_at: null,
            notes: rec.notes,
            created_at: at,
            updated_at: at,
          }),
        );
      });
      for (const r of merging) {
        const patch: Record<string, unknown> = {};
        for (const c of participantChanges(plan, r, replaceDiffering)) {
          if (c.kind === 'keep') continue;
          if (c.field === 'companyId') patch.company_id = companyIds.ids.get(r.companyKey!)!;
          else if (c.field === 'realName') patch.real_name = r.record.realName;
          else if (c.field === 'careerStage') patch.career_stage = r.record.careerStage;
          else if (c.field === 'email' || c.field === 'role' || c.field === 'notes') patch[c.field] = r.record[c.field];
        }
        if (Object.keys(patch).length) {
          changes.update('participants', r.participant!.id, { ...patch, updated_at: at });
          ids.push(r.participant!.id);
        }
      }
      return { ids, companies: companyIds };
    },
  );
  ctx.emit('entities.changed', { kind: 'company', ids: [...result.companies.touched] });
  ctx.emit('entities.changed', { kind: 'participant', ids: result.ids });
  ctx.emit('entities.changed', { kind: 'history', ids: [] });
  return {
    created: creating.length,
    merged: merging.length,
    skipped,
    folded,
    companiesCreated: result.companies.created,
    companiesUpdated: result.companies.updated,
    label,
  };
}

/** Creates the companies the applied rows name and fills the existing ones; returns their ids by key. */
function applyCompanies(
  ctx: ProjectContext,
  plan: CrmPlan,
  applied: readonly PlannedRow[],
  replaceDiffering: boolean,
  at: number,
  changes: ChangeSet,
): { ids: Map<string, number>; touched: Set<number>; created: number; updated: number } {
  const ids = new Map<string, number>();
  const touched = new Set<number>();
  let created = 0;
  let updated = 0;
  const wanted = new Set(applied.map((r) => r.companyKey).filter((k): k is string => !!k));
  for (const key of wanted) {
    const c = plan.companies.get(key)!;
    if (!c.existing) {
      const id = changes.insert('companies', {
        guid: ctx.newGuid(),
        name: c.name,
        aliases: '[]',
        industry: c.values.industry,
        employee_range: c.values.employeeRange,
        annual_revenue: c.values.annualRevenue,
        geography: c.values.geography,
        growth_stage: '',
        current_stack: JSON.stringify(c.values.currentStack),
        infrastructure: '',
        tech_maturity: '',
        buying_process: '',
        contract_value: '',
        notes: '',
        created_at: at,
        updated_at: at,
      });
      ids.set(key, id);
      touched.add(id);
      created++;
      continue;
    }
    ids.set(key, c.existing.id);
    const patch: Record<string, unknown> = {};
    for (const ch of companyChanges(c, replaceDiffering)) {
      if (ch.kind === 'keep') continue;
      if (ch.field === 'currentStack') patch.current_stack = JSON.stringify(c.values.currentStack);
      else if (ch.field === 'employeeRange') patch.employee_range = c.values.employeeRange;
      else if (ch.field === 'annualRevenue') patch.annual_revenue = c.values.annualRevenue;
      else if (ch.field === 'industry' || ch.field === 'geography') patch[ch.field] = c.values[ch.field];
    }
    if (Object.keys(patch).length) {
      changes.update('companies', c.existing.id, { ...patch, updated_at: at });
      touched.add(c.existing.id);
      updated++;
    }
  }
  return { ids, touched, created, updated };
}
