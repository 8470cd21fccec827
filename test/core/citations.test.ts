/**
 * The one cited-claim model, driven the same way for all four claims that cite quotes (persona
 * attributes, job statements, ICP statements, company scores) through the contract on a real SQLite
 * file: cite, cite again, flip, uncite, undo, redo, a missing quote, deleting the quote and deleting
 * the claim. After every step, what the core returns for the claim is checked against that claim's
 * own rows in `citations`, so a citation that lands on the wrong owner, or a list that mixes owners,
 * fails here. No statement on `citations` in those calls may scan a growing table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Citation, CitationStance, ClaimKind } from '../../shared/domain/citation';
import type { Quote } from '../../shared/domain/quote';
import { makeCore, type TestCore } from '../support/core';
import { growingScans, recording } from '../support/queryPlans';
import { importTurns } from '../support/study';

let t: TestCore;
let quotes: Quote[];

beforeEach(async () => {
  t = await makeCore();
  const tr = await importTurns(
    t,
    'Call with Ana',
    [
      { speaker: 'Maya', text: 'How do you close the month?' },
      { speaker: 'Ana', text: 'Month end takes us four days of spreadsheets.' },
      { speaker: 'Maya', text: 'Would a tool help?' },
      { speaker: 'Ana', text: 'Honestly the spreadsheets work fine for us.' },
      { speaker: 'Maya', text: 'Who checks the numbers?' },
      { speaker: 'Ana', text: 'Our auditor asks for the trail every quarter.' },
    ],
    Date.UTC(2026, 1, 3),
  );
  // Consecutive turns of one speaker are one turn, hence a question between every two answers.
  quotes = [];
  for (const turn of tr.turns.filter((x) => !x.text.endsWith('?'))) {
    const end = { turnId: turn.id, offset: turn.text.length };
    quotes.push(
      await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end,
        tagIds: [],
      }),
    );
  }
});
afterEach(() => t.close());

/** How the test reaches one claim: made, cited, read and deleted only through the contract. */
interface ClaimHandle {
  /** The claim's row id, the one its citations name. */
  id: number;
  cite(quoteId: number, polarity?: CitationStance): Promise<Citation[]>;
  uncite(quoteId: number): Promise<Citation[]>;
  read(): Promise<Citation[]>;
  /** Deletes the claim (for a score: clears the cell). */
  remove(): Promise<void>;
}

interface ClaimCase {
  kind: ClaimKind;
  /** The owner column as the schema names it, written out here rather than taken from the code under test. */
  column: 'attribute_id' | 'job_id' | 'icp_statement_id' | 'company_score_id';
  /** The operation log's entity for cite and uncite steps, as each owner logged them before there was one service. */
  entity: string;
  notCited: string;
  /** Makes a claim of this kind; `n` tells two claims of the same kind apart. */
  make(n: number): Promise<ClaimHandle>;
}

const CASES: ClaimCase[] = [
  {
    kind: 'attribute',
    column: 'attribute_id',
    entity: 'attribute',
    notCited: 'That quote is not cited here.',
    async make(n) {
      const persona = await t.call('personas.create', { name: `Controller ${n}` });
      const added = await t.call('attributes.add', {
        personaId: persona.id,
        section: 'goals',
        statement: `Close faster ${n}`,
        detail: {},
      });
      const id = added.attributes.at(-1)!.id;
      const mine = (p: { attributes: { id: number; citations: Citation[] }[] }) =>
        p.attributes.find((a) => a.id === id)!.citations;
      return {
        id,
        cite: async (quoteId, polarity) =>
          mine(await t.call('citations.add', { attributeId: id, quoteId, ...(polarity ? { polarity } : {}) })),
        uncite: async (quoteId) => mine(await t.call('citations.remove', { attributeId: id, quoteId })),
        read: async () => mine(await t.call('personas.get', { id: persona.id })),
        remove: async () => void (await t.call('attributes.delete', { id })),
      };
    },
  },
  {
    kind: 'job',
    column: 'job_id',
    entity: 'job',
    notCited: 'That quote is not cited for this job.',
    async make(n) {
      const job = await t.call('jobs.create', {
        situation: `the month ends (${n})`,
        motivation: 'close the books',
        outcome: 'report on time',
      });
      return {
        id: job.id,
        cite: async (quoteId, polarity) =>
          (await t.call('jobs.cite', { jobId: job.id, quoteId, ...(polarity ? { polarity } : {}) })).citations,
        uncite: async (quoteId) => (await t.call('jobs.uncite', { jobId: job.id, quoteId })).citations,
        read: async () => (await t.call('jobs.get', { id: job.id })).citations,
        remove: async () => void (await t.call('jobs.delete', { id: job.id })),
      };
    },
  },
  {
    kind: 'icpStatement',
    column: 'icp_statement_id',
    entity: 'icp_statement',
    notCited: 'That quote is not cited for this statement.',
    async make(n) {
      const list = await t.call('icp.statements.add', {
        section: 'business',
        field: 'pain',
        statement: `Month end hurts ${n}`,
      });
      const id = list.at(-1)!.id;
      const mine = (l: { id: number; citations: Citation[] }[]) => l.find((s) => s.id === id)!.citations;
      return {
        id,
        cite: async (quoteId, polarity) =>
          mine(await t.call('icp.statements.cite', { statementId: id, quoteId, ...(polarity ? { polarity } : {}) })),
        uncite: async (quoteId) => mine(await t.call('icp.statements.uncite', { statementId: id, quoteId })),
        read: async () => mine(await t.call('icp.statements.list')),
        remove: async () => void (await t.call('icp.statements.delete', { id })),
      };
    },
  },
  {
    kind: 'companyScore',
    column: 'company_score_id',
    entity: 'company_score',
    notCited: 'That quote is not cited for this score.',
    async make(n) {
      const company = await t.call('companies.create', { name: `Acme Freight ${n}` });
      const criterion = (await t.call('icp.matrix')).criteria[0]!;
      const cell = { companyId: company.id, criterionId: criterion.id };
      const scored = await t.call('icp.score', { ...cell, score: 4 });
      return {
        id: scored.scoreId!,
        cite: async (quoteId, polarity) =>
          (await t.call('icp.scores.cite', { ...cell, quoteId, ...(polarity ? { polarity } : {}) })).citations,
        uncite: async (quoteId) => (await t.call('icp.scores.uncite', { ...cell, quoteId })).citations,
        read: async () => (await t.call('icp.scores.get', cell)).citations,
        remove: async () => void (await t.call('icp.score', { ...cell, score: null })),
      };
    },
  },
];

const db = () => t.core.session.context().db;

/** The claim's own rows in `citations`, with the words of the quote each names. */
function sourceRows(c: ClaimCase, id: number) {
  return db()
    .prepare(
      `SELECT c.id, c.quote_id AS quoteId, c.polarity, q.exact_text AS exactText
         FROM citations c JOIN quotes q ON q.id = c.quote_id WHERE c.${c.column} = ? ORDER BY c.id`,
    )
    .all(id);
}

/** What the core says the claim cites must be exactly its own rows, in order. */
function expectOwnRows(c: ClaimCase, id: number, cards: Citation[]): void {
  expect(cards.map(({ id, quoteId, polarity, exactText }) => ({ id, quoteId, polarity, exactText }))).toEqual(
    sourceRows(c, id),
  );
}

function lastOperation() {
  return db().prepare('SELECT action, entity, entity_id AS entityId FROM operations ORDER BY id DESC LIMIT 1').get();
}
const operationCount = () => (db().prepare('SELECT count(*) AS n FROM operations').get() as { n: number }).n;

/** A refusal as the wire carries it: the code, and the owner's words behind it. */
const refused = (code: string, message: string) => ({ code, message: `${code}: ${message}` });

describe('one cited-claim model, the same for every claim kind', () => {
  it.each(CASES)('$kind: cite, cite again, flip, uncite, undo and redo, against its own rows', async (c) => {
    const claim = await c.make(1);
    // A second claim of the same kind citing a quote of its own: its citation must never show up on the first.
    const neighbour = await c.make(2);
    await neighbour.cite(quotes[2]!.id);
    const [q0, q1] = [quotes[0]!, quotes[1]!];

    let cards = await claim.cite(q0.id);
    expect(cards).toEqual([expect.objectContaining({ quoteId: q0.id, polarity: 'supports', exactText: q0.exactText })]);
    expectOwnRows(c, claim.id, cards);
    expect(lastOperation()).toEqual({ action: 'cite', entity: c.entity, entityId: claim.id });
    expect((await t.call('history.state')).undoLabel).toBe('Cite supporting quote');

    cards = await claim.cite(q1.id, 'contradicts');
    expect(cards.map((x) => [x.quoteId, x.polarity])).toEqual([
      [q0.id, 'supports'],
      [q1.id, 'contradicts'],
    ]);
    expectOwnRows(c, claim.id, cards);
    expect((await t.call('history.state')).undoLabel).toBe('Cite contradicting quote');

    // Citing the same quote with the same stance again is not an error and is no step at all.
    const steps = operationCount();
    expect(await claim.cite(q0.id)).toEqual(cards);
    expect(operationCount()).toBe(steps);

    // With the other stance it flips the existing citation (same row), as one undoable step.
    const before = cards;
    cards = await claim.cite(q0.id, 'contradicts');
    expect(cards.map((x) => [x.id, x.polarity])).toEqual([
      [before[0]!.id, 'contradicts'],
      [before[1]!.id, 'contradicts'],
    ]);
    expectOwnRows(c, claim.id, cards);
    await t.call('history.undo');
    expect(await claim.read()).toEqual(before);
    await t.call('history.redo');
    expect(await claim.read()).toEqual(cards);
    expectOwnRows(c, claim.id, cards);

    // Uncite, and uncite what is no longer cited: the owner's own words.
    const cited = cards;
    cards = await claim.uncite(q1.id);
    expect(cards.map((x) => x.quoteId)).toEqual([q0.id]);
    expectOwnRows(c, claim.id, cards);
    expect(lastOperation()).toEqual({ action: 'uncite', entity: c.entity, entityId: claim.id });
    expect((await t.call('history.state')).undoLabel).toBe('Remove citation');
    await expect(claim.uncite(q1.id)).rejects.toMatchObject(refused('NOT_FOUND', c.notCited));

    // Undo puts the same citation back (same id, same stance); redo takes it away again.
    expect((await t.call('history.undo')).undone).toBe('Remove citation');
    expect(await claim.read()).toEqual(cited);
    expectOwnRows(c, claim.id, cited);
    await t.call('history.redo');
    expect(await claim.read()).toEqual(cards);
    expectOwnRows(c, claim.id, cards);

    // A quote that does not exist cannot be cited, and nothing is written.
    await expect(claim.cite(999_999)).rejects.toMatchObject(refused('NOT_FOUND', 'That quote no longer exists.'));
    expectOwnRows(c, claim.id, cards);

    expect((await neighbour.read()).map((x) => x.quoteId)).toEqual([quotes[2]!.id]);
    expectOwnRows(c, neighbour.id, await neighbour.read());
  });

  it.each(CASES)('$kind: deleting the cited quote takes its citation; undo brings it back', async (c) => {
    const claim = await c.make(1);
    await claim.cite(quotes[0]!.id);
    const cited = await claim.cite(quotes[1]!.id, 'contradicts');

    await t.call('quotes.delete', { id: quotes[1]!.id });
    const left = await claim.read();
    expect(left.map((x) => x.quoteId)).toEqual([quotes[0]!.id]);
    expectOwnRows(c, claim.id, left);

    await t.call('history.undo');
    expect(await claim.read()).toEqual(cited);
    expectOwnRows(c, claim.id, cited);
    await t.call('history.redo');
    expect(await claim.read()).toEqual(left);
  });

  it.each(CASES)('$kind: deleting the claim takes its citations; undo restores every one', async (c) => {
    const claim = await c.make(1);
    await claim.cite(quotes[0]!.id);
    await claim.cite(quotes[1]!.id, 'contradicts');
    const cited = await claim.cite(quotes[2]!.id);
    const rows = sourceRows(c, claim.id);
    expect(rows).toHaveLength(3);

    await claim.remove();
    expect(sourceRows(c, claim.id)).toEqual([]);

    await t.call('history.undo');
    expect(sourceRows(c, claim.id)).toEqual(rows);
    expect(await claim.read()).toEqual(cited);
    await t.call('history.redo');
    expect(sourceRows(c, claim.id)).toEqual([]);
  });

  it.each(CASES)('$kind: no citation statement of citing, unciting or deleting scans a growing table', async (c) => {
    const claim = await c.make(1);
    const statements = await recording(async () => {
      await claim.cite(quotes[0]!.id);
      await claim.cite(quotes[0]!.id, 'contradicts');
      await claim.cite(quotes[1]!.id);
      await claim.uncite(quotes[1]!.id);
      await claim.read();
      await claim.remove();
      await t.call('history.undo');
    });
    // The owners' own reads are not this model's to judge; every statement that touches citations is.
    const citationSql = statements.filter((r) => /\bcitations\b/.test(r.sql));
    expect(citationSql.length).toBeGreaterThan(3);
    expect(growingScans(db(), citationSql)).toEqual([]);
  });
});
