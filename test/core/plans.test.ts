/**
 * Research plans (issue 17): progress is computed from the project — interviews held by method, with
 * someone in scope, their distinct participants — and checked here against counts made by hand for
 * the study, a persona and a segment; editing the plan is undoable; bad targets change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterviewStatus, ResearchMethod } from '../../shared/domain/framework';
import type { Persona } from '../../shared/domain/persona';
import type { Plan } from '../../shared/domain/plan';
import type { Segment } from '../../shared/ipc/contract/segments';
import { makeCore, WireFailure, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let mid: Segment;
let ops: Persona;
const people: number[] = [];
const day = (d: number) => Date.UTC(2026, 2, d);

beforeEach(async () => {
  t = await makeCore();
  people.length = 0;
  mid = await t.call('segments.create', { name: 'Mid-market' });
  for (let i = 0; i < 5; i++) people.push((await t.call('participants.create', { realName: `Person ${i}` })).id);
  // People 0–2 are in Mid-market; the persona holds the segment plus person 4 by hand.
  await t.call('segments.assign', { id: mid.id, participantIds: people.slice(0, 3) });
  ops = await t.call('personas.create', {
    name: 'Finance operations lead',
    membership: { segmentIds: [mid.id], participantIds: [people[4]!] },
  });
  const interview = (
    title: string,
    method: ResearchMethod,
    status: InterviewStatus,
    ids: number[],
    date: number | null,
  ) => t.call('interviews.create', { title, method, status, participantIds: ids, date });
  await interview('C1', 'customer_interview', 'coded', [people[0]!], day(2));
  await interview('C2', 'customer_interview', 'transcribed', [people[1]!, people[0]!], day(5));
  await interview('C3', 'customer_interview', 'conducted', [people[3]!], day(9));
  await interview('C4', 'customer_interview', 'planned', [people[2]!], day(20));
  await interview('C5', 'customer_interview', 'cancelled', [people[1]!], day(11));
  await interview('C6', 'customer_interview', 'conducted', [], day(12));
  await interview('W1', 'win_loss', 'coded', [people[4]!], day(3));
  await interview('S1', 'sales_interview', 'conducted', [people[3]!], null);
});
afterEach(() => t.close());

const study = { kind: 'study', id: null } as const;
const target = (plan: Plan, method: string) => plan.targets.find((x) => x.method === method)!;

describe('plan progress, counted by hand', () => {
  it('the study counts every held interview of a method, with or without participants', async () => {
    const plan = await t.call('plans.setTarget', {
      scope: study,
      target: { method: 'customer_interview', targetMin: 10, targetMax: 20, budgetWeeks: 4 },
    });
    // Held: C1, C2, C3, C6 (C4 planned, C5 cancelled); participants 0, 1, 3.
    expect(target(plan, 'customer_interview')).toMatchObject({
      done: 4,
      scheduled: 1,
      participants: 3,
      firstDate: day(2),
      lastDate: day(12),
      state: 'below',
      budgetWeeks: 4,
      label: '4 of 10–20 customer interviews in the study',
    });
    // Win/loss and sales interviews happened without being planned.
    expect(plan.unplanned).toEqual([
      { method: 'sales_interview', done: 1 },
      { method: 'win_loss', done: 1 },
    ]);
  });

  it('a segment counts interviews with one of its participants; a persona with one of its members', async () => {
    const seg = await t.call('plans.setTarget', {
      scope: { kind: 'segment', id: mid.id },
      target: { method: 'customer_interview', targetMin: 2, targetMax: 3, budgetWeeks: null },
    });
    // Mid-market = people 0–2: held C1 (0), C2 (0, 1) → 2 interviews, 2 participants; C4 (2) planned.
    expect(target(seg, 'customer_interview')).toMatchObject({
      done: 2,
      scheduled: 1,
      participants: 2,
      state: 'within',
      label: '2 of 2–3 customer interviews for Mid-market',
    });
    expect(seg.unplanned).toEqual([]);

    const persona = await t.call('plans.setTarget', {
      scope: { kind: 'persona', id: ops.id },
      target: { method: 'win_loss', targetMin: 0, targetMax: 0, budgetWeeks: 2 },
    });
    // Members: 0, 1, 2 (segment) and 4: W1 with person 4 is past a maximum of 0.
    expect(target(persona, 'win_loss')).toMatchObject({ done: 1, participants: 1, state: 'above' });
    expect(persona.unplanned).toEqual([{ method: 'customer_interview', done: 2 }]);
    expect(persona.scopeName).toBe('Finance operations lead');
    // The persona's own rule leaves out a member who withdrew consent; so does its plan.
    await t.call('participants.update', { id: people[4]!, patch: { consent: 'withdrawn' } });
    const after = await t.call('plans.get', { scope: { kind: 'persona', id: ops.id } });
    expect(target(after, 'win_loss')).toMatchObject({ done: 0, state: 'within' });
    const members = (await t.call('personas.get', { id: ops.id })).members;
    expect(members.map((m) => m.id)).not.toContain(people[4]);
  });

  it('progress follows the project: a planned interview held moves the count', async () => {
    const scope = { kind: 'segment', id: mid.id } as const;
    await t.call('plans.setTarget', {
      scope,
      target: { method: 'customer_interview', targetMin: 3, targetMax: null, budgetWeeks: null },
    });
    const c4 = (await t.call('interviews.list', {})).find((i) => i.title === 'C4')!;
    await t.call('interviews.update', { id: c4.id, patch: { status: 'conducted' } });
    const plan = await t.call('plans.get', { scope });
    expect(target(plan, 'customer_interview')).toMatchObject({
      done: 3,
      scheduled: 0,
      participants: 3,
      state: 'within',
    });
    expect(target(plan, 'customer_interview').label).toBe('3 of 3 or more customer interviews for Mid-market');
  });

  it('the overview lists the study first, then each persona and segment that has a plan', async () => {
    await t.call('plans.setTarget', {
      scope: { kind: 'persona', id: ops.id },
      target: { method: 'customer_interview', targetMin: 10, targetMax: 20 },
    });
    await t.call('plans.setTarget', {
      scope: { kind: 'segment', id: mid.id },
      target: { method: 'customer_interview', targetMin: 10, targetMax: 20 },
    });
    const all = await t.call('plans.overview', {});
    expect(all.map((p) => p.scopeName)).toEqual(['the study', 'Finance operations lead', 'Mid-market']);
  });
});

describe('editing the plan', () => {
  it('setting a method again changes its target; each edit and removal is one undoable step', async () => {
    await t.call('plans.setTarget', {
      scope: study,
      target: { method: 'customer_interview', targetMin: 10, targetMax: 20, budgetWeeks: 4 },
    });
    const changed = await t.call('plans.setTarget', {
      scope: study,
      target: { method: 'customer_interview', targetMin: 12, targetMax: 15, budgetWeeks: 3 },
    });
    expect(changed.targets).toHaveLength(1);
    expect(changed.targets[0]).toMatchObject({ targetMin: 12, targetMax: 15, budgetWeeks: 3 });

    await t.call('history.undo', {});
    expect((await t.call('plans.get', { scope: study })).targets[0]).toMatchObject({
      targetMin: 10,
      targetMax: 20,
    });

    await t.call('plans.removeTarget', { id: changed.targets[0]!.id });
    expect((await t.call('plans.get', { scope: study })).targets).toEqual([]);
    const undone = await t.call('history.undo', {});
    expect(undone.undone).toMatch(/customer interviews/);
    expect((await t.call('plans.get', { scope: study })).targets[0]).toMatchObject({
      targetMin: 10,
      targetMax: 20,
    });
  });

  it('refuses a maximum below the minimum, a plan for a persona that is gone, and a study plan with an id — and changes nothing', async () => {
    await expect(
      t.call('plans.setTarget', { scope: study, target: { method: 'survey', targetMin: 100, targetMax: 50 } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/maximum must be at least the minimum/),
    });
    await expect(
      t.call('plans.setTarget', { scope: { kind: 'persona', id: 9999 }, target: { method: 'survey', targetMin: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/That persona no longer exists\./) });
    await expect(t.call('plans.get', { scope: { kind: 'study', id: 3 } })).rejects.toBeInstanceOf(WireFailure);
    expect((await t.call('plans.get', { scope: study })).targets).toEqual([]);
  });

  it('deleting a persona deletes its plan with it', async () => {
    await t.call('plans.setTarget', {
      scope: { kind: 'persona', id: ops.id },
      target: { method: 'customer_interview', targetMin: 10 },
    });
    await t.call('personas.delete', { id: ops.id });
    const all = await t.call('plans.overview', {});
    expect(all.map((p) => p.scopeName)).toEqual(['the study']);
  });
});

describe('the plan in the checklist and the saturation view', () => {
  it('"quantitatively sized" and "based on real data" fail below the persona’s planned minimum and say so', async () => {
    const check = async () =>
      Object.fromEntries((await t.call('personas.get', { id: ops.id })).checklist.map((c) => [c.key, c]));
    expect((await check()).quantitatively_sized).toMatchObject({
      passed: true,
      detail: expect.stringMatching(/no research plan$/),
    });

    await t.call('plans.setTarget', {
      scope: { kind: 'persona', id: ops.id },
      target: { method: 'customer_interview', targetMin: 10, targetMax: 20 },
    });
    const below = await check();
    expect(below.quantitatively_sized).toMatchObject({
      passed: false,
      detail: expect.stringContaining(
        'below the planned minimum: 2 of 10–20 customer interviews for Finance operations lead',
      ),
    });
    expect(below.real_data).toMatchObject({
      passed: false,
      detail: expect.stringContaining('below the planned minimum'),
    });

    await t.call('plans.setTarget', {
      scope: { kind: 'persona', id: ops.id },
      target: { method: 'customer_interview', targetMin: 2, targetMax: 20 },
    });
    expect((await check()).quantitatively_sized).toMatchObject({
      passed: true,
      detail: expect.stringContaining('plan met: 2 of 2–20 customer interviews'),
    });
  });

  it('saturation names the interview after which nothing new came, and the plan targets still below their minimum', async () => {
    const pain = await t.call('tags.create', { name: 'Manual reconciliation', kind: 'pain_point' });
    const other = await t.call('tags.create', { name: 'Month-end crunch', kind: 'pain_point' });
    // Five coded interviews: new pain points in the first two, none in the last three.
    const plan = [[pain.id], [other.id], [pain.id], [other.id, pain.id], [pain.id]];
    for (const [k, tagIds] of plan.entries()) {
      const tr = await importTurns(
        t,
        `Coded ${k + 1}`,
        [
          { speaker: 'Maya', text: 'What slows you down?' },
          { speaker: `Guest ${k}`, text: 'Reconciling the export by hand every month.' },
        ],
        day(k + 1),
      );
      const turn = tr.turns[1]!;
      await t.call('interviews.update', { id: tr.interviewId, patch: { status: 'coded' } });
      await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: 20 },
        tagIds,
      });
    }
    const filters = {
      segmentIds: [],
      companyIds: [],
      industries: [],
      methods: [],
      participantIds: [],
      from: null,
      to: null,
    };
    await t.call('plans.setTarget', {
      scope: study,
      target: { method: 'customer_interview', targetMin: 30, targetMax: 40 },
    });
    const s = await t.call('synthesis.saturation', { filters, kind: 'pain_point', window: 3 });
    expect(s.saturated).toBe(true);
    expect(s.message).toBe('Saturated after 2 interviews: no new pain point in the last 3.');
    // Held customer interviews: C1, C2, C3, C6 and the five imported ones.
    expect(s.belowPlan).toEqual(['9 of 30–40 customer interviews in the study']);
    const onlyWinLoss = await t.call('synthesis.saturation', {
      filters: { ...filters, methods: ['win_loss'] },
      kind: 'pain_point',
      window: 3,
    });
    expect(onlyWinLoss.belowPlan).toEqual([]);
  });
});
