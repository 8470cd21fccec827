/**
 * Segments on a planted 12-interview study: rule validation in words, preview (who matches, who
 * would move), apply and undo, manual membership, and the side-by-side comparison whose numbers
 * follow the synthesis evidence rules (the interviewer's echoes never count; withdrawn consent drops out).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { openProjectDb } from '../../electron/core/db/open';
import type { RuleCondition } from '../../shared/domain/segmentRule';
import { makeCore, tempDir, type TestCore, WireFailure } from '../support/core';
import { buildPlantedStudy, type PlantedStudy } from '../support/plantedStudy';

let t: TestCore;
let study: PlantedStudy;
const person = (n: number) => study.participants.find((p) => p.realName === `Person ${n}`)!;

beforeAll(async () => {
  t = await makeCore();
  study = await buildPlantedStudy(t);
  const carrier = await t.call('companies.create', {
    name: 'Carrier Co',
    industry: 'Logistics & freight',
    employeeRange: '51-200',
    growthStage: 'growth',
  });
  const bank = await t.call('companies.create', {
    name: 'Bank Corp',
    industry: 'Financial services',
    employeeRange: '1000+',
    growthStage: 'enterprise',
  });
  for (let n = 1; n <= 12; n++) {
    const behavior = n <= 3 ? 'power' : n === 7 || n === 8 ? 'at_risk' : 'regular';
    await t.call('participants.update', {
      id: person(n).id,
      patch: { companyId: n <= 6 ? carrier.id : bank.id, behavior },
    });
  }
}, 120_000);
afterAll(() => t.close());

const segments = () => t.call('segments.list');
const segment = async (id: number) => (await segments()).find((s) => s.id === id)!;
const cond = (attribute: string, operator: string, values: string[]) =>
  ({ attribute, operator, values }) as RuleCondition;
const LOGISTICS_POWER = { all: [cond('industry', 'contains', ['logistics']), cond('behavior', 'in', ['power'])] };

async function failure(method: string, input: unknown): Promise<WireFailure> {
  const e = await t.untyped(method, input).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(WireFailure);
  return e as WireFailure;
}

describe('rule validation', () => {
  it('says which condition is wrong and how to fix it', async () => {
    const empty = await failure('segments.preview', { rule: { all: [cond('careerStage', 'in', [])] } });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.message).toContain('Career stage: choose at least one value.');
    expect(empty.fields).toHaveProperty(['rule.all.0.values']);

    const op = await failure('segments.preview', { rule: { all: [cond('behavior', 'contains', ['power'])] } });
    expect(op.message).toContain('Behaviour can only be matched with "is one of".');

    const unknown = await failure('segments.preview', { rule: { all: [cond('growthStage', 'in', ['unicorn'])] } });
    expect(unknown.message).toContain('Company growth stage has no value "unicorn".');

    const blank = await failure('segments.preview', { rule: { all: [cond('role', 'contains', ['  '])] } });
    expect(blank.message).toContain('Role: type the words to look for.');

    const attr = await failure('segments.preview', { rule: { all: [cond('shoeSize', 'in', ['42'])] } });
    expect(attr.message).toContain('Choose what the condition looks at.');
  });

  it('refuses to store an invalid rule and to apply an empty one', async () => {
    const bad = await failure('segments.create', { name: 'Broken', rule: { all: [cond('consent', 'in', ['maybe'])] } });
    expect(bad.message).toContain('Consent has no value "maybe".');
    expect((await segments()).some((s) => s.name === 'Broken')).toBe(false);

    const empty = await t.call('segments.create', { name: 'No rule yet' });
    expect(empty.rule).toEqual({ all: [] });
    const e = await failure('segments.applyRule', { id: empty.id });
    expect(e.message).toContain(
      '"No rule yet" has no rule yet: add at least one condition, or assign participants by hand.',
    );
    await t.call('segments.delete', { id: empty.id });
  });
});

describe('preview, apply and undo', () => {
  it('previews who matches a company attribute and a behaviour label, and who would move', async () => {
    const s = await t.call('segments.create', {
      name: 'Logistics power users',
      approach: 'behavioral',
      behaviorLabel: 'power',
      rule: LOGISTICS_POWER,
    });
    const p = await t.call('segments.preview', { rule: s.rule, segmentId: s.id });
    expect(p.matches.map((m) => m.participantId).sort()).toEqual([1, 2, 3].map((n) => person(n).id).sort());
    expect(
      p.matches.every(
        (m) => m.companyName === 'Carrier Co' && m.behavior === 'power' && m.currentSegmentName === 'Mid-market',
      ),
    ).toBe(true);
    expect(p.movesFrom).toEqual([{ segmentId: study.segments.midMarket, name: 'Mid-market', count: 3 }]);
    expect(p.alreadyIn).toBe(0);
    expect(p.conditions).toEqual(['Company industry contains “logistics”', 'Behaviour is one of Power user']);
    // Company conditions never match someone without a company; role matching ignores case.
    expect((await t.call('segments.preview', { rule: { all: [cond('role', 'contains', ['HEAD'])] } })).matches).toEqual(
      [],
    );
  });

  it('applies the rule in one undoable step, and undo puts everyone back', async () => {
    const s = (await segments()).find((x) => x.name === 'Logistics power users')!;
    const done = await t.call('segments.applyRule', { id: s.id });
    expect(done).toMatchObject({ added: 0, moved: 3, removed: 0 });
    expect(done.segment).toMatchObject({ participantCount: 3, interviewCount: 3, companyCount: 1 });
    expect((await segment(study.segments.midMarket)).participantCount).toBe(3);
    expect((await t.call('participants.get', { id: person(1).id })).segmentName).toBe('Logistics power users');
    expect((await t.call('segments.preview', { rule: s.rule, segmentId: s.id })).alreadyIn).toBe(3);

    const state = await t.call('history.state');
    expect(state.undoLabel).toBe('Apply the rule of Logistics power users');
    await t.call('history.undo');
    expect((await segment(s.id)).participantCount).toBe(0);
    expect((await segment(study.segments.midMarket)).participantCount).toBe(6);
    await t.call('history.redo');
    expect((await segment(s.id)).participantCount).toBe(3);
    // An edit made since to another field of a moved participant survives the undo.
    await t.call('participants.update', { id: person(1).id, patch: { role: 'Head of logistics' } });
    await t.call('history.undo');
    const after = await t.call('participants.get', { id: person(1).id });
    expect(after.segmentId).toBe(study.segments.midMarket);
    expect(after.role).toBe('Head of logistics');
  });

  it('keeps members the rule does not match unless asked to remove them', async () => {
    const s = (await segments()).find((x) => x.name === 'Logistics power users')!;
    await t.call('segments.assign', { id: s.id, participantIds: [person(12).id] });
    const p = await t.call('segments.preview', { rule: s.rule, segmentId: s.id });
    expect(p.nonMatching).toEqual([{ participantId: person(12).id, pseudonym: person(12).pseudonym }]);
    const kept = await t.call('segments.applyRule', { id: s.id });
    expect(kept).toMatchObject({ removed: 0, segment: { participantCount: 4 } });
    const removed = await t.call('segments.applyRule', { id: s.id, removeNonMatching: true });
    expect(removed).toMatchObject({ removed: 1, segment: { participantCount: 3 } });
    // Person 12 left the Enterprise segment when assigned by hand, and is in no segment now.
    expect((await t.call('participants.get', { id: person(12).id })).segmentId).toBeNull();
    await t.call('history.undo');
    await t.call('history.undo');
    await t.call('history.undo');
    expect((await t.call('participants.get', { id: person(12).id })).segmentId).toBe(study.segments.enterprise);
    expect((await segment(s.id)).participantCount).toBe(0);
  });

  it('assigns and unassigns by hand, undoably, and says when someone is not a member', async () => {
    const s = (await segments()).find((x) => x.name === 'Logistics power users')!;
    await t.call('segments.assign', { id: s.id, participantIds: [person(4).id, person(5).id] });
    expect((await segment(s.id)).participantCount).toBe(2);
    const e = await failure('segments.unassign', { id: s.id, participantIds: [person(9).id] });
    expect(e.message).toContain(`${person(9).pseudonym} is not in Logistics power users.`);
    await t.call('segments.unassign', { id: s.id, participantIds: [person(4).id] });
    expect((await t.call('history.state')).undoLabel).toBe(`Remove ${person(4).pseudonym} from Logistics power users`);
    await t.call('history.undo');
    await t.call('history.undo');
    expect((await segment(s.id)).participantCount).toBe(0);
    expect((await segment(study.segments.midMarket)).participantCount).toBe(6);
  });

  it('edits a rule and a participant behaviour label', async () => {
    const s = (await segments()).find((x) => x.name === 'Logistics power users')!;
    const edited = await t.call('segments.update', {
      id: s.id,
      patch: { rule: { all: [cond('behavior', 'in', ['at_risk'])] } },
    });
    expect(edited.rule.all).toHaveLength(1);
    expect(edited.name).toBe('Logistics power users');
    expect(
      (await t.call('segments.preview', { rule: edited.rule })).matches.map((m) => m.participantId).sort(),
    ).toEqual([person(7).id, person(8).id].sort());
    const bad = await failure('participants.update', { id: person(1).id, patch: { behavior: 'vip' } });
    expect(bad.code).toBe('VALIDATION');
    await t.call('segments.delete', { id: s.id });
  });

  it('undoes a rule edit, and a delete with its members', async () => {
    const mid = await segment(study.segments.midMarket);
    await t.call('segments.update', {
      id: mid.id,
      patch: { name: 'Mid-market finance', rule: { all: [cond('behavior', 'in', ['power'])] } },
    });
    await t.call('history.undo');
    expect(await segment(mid.id)).toMatchObject({ name: 'Mid-market', rule: mid.rule });
    await t.call('segments.delete', { id: mid.id });
    expect((await segments()).some((x) => x.id === mid.id)).toBe(false);
    expect((await t.call('participants.get', { id: person(1).id })).segmentId).toBeNull();
    const state = await t.call('history.state');
    expect(state.undoLabel).toBe('Delete segment Mid-market');
    await t.call('history.undo');
    expect(await segment(mid.id)).toMatchObject({ name: 'Mid-market', participantCount: 6 });
    expect((await t.call('participants.get', { id: person(1).id })).segmentId).toBe(mid.id);
    await t.call('history.redo');
    expect((await segments()).some((x) => x.id === mid.id)).toBe(false);
    await t.call('history.undo');
  });
});

describe('compare', () => {
  const compare = (ids: number[], extra: object = {}) => t.call('segments.compare', { segmentIds: ids, ...extra });

  it('gives each segment its size, top tags by reach with share, and what distinguishes it', async () => {
    const c = await compare([study.segments.midMarket, study.segments.enterprise]);
    expect(c.participantsInScope).toBe(12);
    const [mid, ent] = c.segments;
    expect(mid).toMatchObject({ name: 'Mid-market', members: 6, interviews: 6, companies: 1, participantsInScope: 6 });
    expect(ent).toMatchObject({ name: 'Enterprise', members: 6, interviews: 6, companies: 1, participantsInScope: 6 });

    const row = (
      list: { name: string; participants: number; quotes: number; share: number; elsewhereShare: number }[],
    ) =>
      Object.fromEntries(
        list.map((x) => [
          x.name,
          [x.participants, x.quotes, Math.round(x.share * 100), Math.round(x.elsewhereShare * 100)],
        ]),
      );
    // Planted: Slow exports 1–8, Close books faster 1–7, Manual reconciliation 1–5 and 9, Vendor lock-in 2, 4, 6,
    // Audit anxiety 7–12, Pass audits first time 8–12. One quote each: the interviewer's echoes never count.
    expect(row(mid!.top)).toEqual({
      'Slow exports': [6, 6, 100, 33],
      'Close books faster': [6, 6, 100, 17],
      'Manual reconciliation': [5, 5, 83, 17],
      'Vendor lock-in': [3, 3, 50, 0],
    });
    expect(mid!.top.map((x) => x.name)).toEqual([
      'Slow exports',
      'Close books faster',
      'Manual reconciliation',
      'Vendor lock-in',
    ]);
    expect(ent!.top.map((x) => x.name)).toEqual([
      'Audit anxiety',
      'Pass audits first time',
      'Slow exports',
      'Manual reconciliation',
      'Close books faster',
    ]);
    expect(ent!.distinctive.map((x) => [x.name, Math.round(x.difference * 100)])).toEqual([
      ['Audit anxiety', 100],
      ['Pass audits first time', 83],
    ]);
    expect(mid!.distinctive.map((x) => x.name)).toEqual([
      'Close books faster',
      'Slow exports',
      'Manual reconciliation',
      'Vendor lock-in',
    ]);
    // One participant is not enough to distinguish a segment, however large the difference.
    expect(ent!.top.find((x) => x.name === 'Close books faster')!.distinctive).toBe(false);
  });

  it('uses the synthesis roll-up numbers for each segment', async () => {
    const c = await compare([study.segments.enterprise], { limit: 30 });
    const r = await t.call('synthesis.rollup', { filters: { segmentIds: [study.segments.enterprise] } });
    expect(c.segments[0]!.participantsInScope).toBe(r.participantsInScope);
    expect(c.segments[0]!.top.map((x) => [x.tagId, x.participants, x.quotes])).toEqual(
      r.tags.filter((x) => x.participants > 0).map((x) => [x.tagId, x.participants, x.quotes]),
    );
  });

  it('filters by kind and limits the list', async () => {
    const c = await compare([study.segments.midMarket], { kinds: ['goal'], limit: 1 });
    expect(c.segments[0]!.top.map((x) => x.name)).toEqual(['Close books faster']);
  });

  it('leaves out a participant who withdrew consent', async () => {
    await t.call('participants.update', { id: person(1).id, patch: { consent: 'withdrawn' } });
    try {
      const mid = (await compare([study.segments.midMarket])).segments[0]!;
      expect(mid.members).toBe(6);
      expect(mid.participantsInScope).toBe(5);
      expect(mid.top.find((x) => x.name === 'Slow exports')).toMatchObject({ participants: 5, quotes: 5, share: 1 });
    } finally {
      await t.call('participants.update', { id: person(1).id, patch: { consent: 'written' } });
    }
  });

  it('needs at least one segment', async () => {
    expect((await failure('segments.compare', { segmentIds: [] })).message).toContain(
      'Choose at least one segment to compare.',
    );
  });
});

describe('migration 0003 participant behaviour', () => {
  it('adds an empty behaviour to existing participants and refuses unknown labels', async () => {
    const file = path.join(tempDir(), 'v2.groundwork');
    (await openProjectDb(file, { create: true })).close();
    fs.rmSync(file);
    const v2 = new Database(file);
    v2.pragma('journal_mode = WAL');
    v2.pragma(`application_id = ${0x47574b31}`);
    await migrate(v2, file, () => 1, MIGRATIONS.slice(0, 2));
    v2.exec("INSERT INTO participants (id, guid, pseudonym, created_at, updated_at) VALUES (1, 'p', 'Robin', 0, 0)");
    await migrate(v2, file, () => 2, MIGRATIONS.slice(0, 3));
    expect(v2.pragma('user_version', { simple: true })).toBe(3);
    expect(v2.prepare('SELECT behavior FROM participants WHERE id = 1').get()).toEqual({ behavior: '' });
    v2.prepare("UPDATE participants SET behavior = 'at_risk' WHERE id = 1").run();
    expect(() => v2.prepare("UPDATE participants SET behavior = 'vip' WHERE id = 1").run()).toThrow(/CHECK constraint/);
    v2.close();
  });
});
