/**
 * The hot queries do not read everything: every statement a call runs is explained with EXPLAIN QUERY
 * PLAN on a real project, and none may SCAN a table that grows with the study where an index can
 * serve. A list that shows every row of a table (the codebook, the interviews list) scans that table
 * and only that one; the tests name those allowances explicitly.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/domain/quote';
import type { Tag } from '../../shared/domain/tag';
import type { Transcript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';
import { growingScans, planOf, recording } from '../support/queryPlans';
import { importTurns } from '../support/study';
import type { Input, Method } from '../../shared/ipc/contract';

let t: TestCore;
let db: Database.Database;
let tr: Transcript;
let tags: Tag[];
let quote: Quote;

beforeEach(async () => {
  t = await makeCore();
  db = t.core.session.context().db;
  tr = await importTurns(t, 'Call with Tom', [
    { speaker: 'Maya', text: 'What slows you down at month end?' },
    { speaker: 'Tom', text: 'Honestly the export takes four hours. Reconciliation is worse.' },
    { speaker: 'Maya', text: 'Why is that?' },
    { speaker: 'Tom', text: 'Because the ERP export drops accents and we fix them by hand.' },
  ]);
  tags = await t.call('tags.list');
  const text = tr.turns[1]!.text;
  quote = await t.call('quotes.create', {
    interviewId: tr.interviewId,
    start: { turnId: tr.turns[1]!.id, offset: 0 },
    end: { turnId: tr.turns[1]!.id, offset: text.indexOf('.') },
    tagIds: [tags[3]!.id],
  });
});
afterEach(() => t.close());

/** Statements `method` runs that scan a growing table (minus `allowed`), explained. */
async function scansOf<M extends Method>(method: M, input: Input<M>, allowed: string[] = []) {
  const statements = await recording(() => t.untyped(method, input));
  expect(statements.length).toBeGreaterThan(0);
  return growingScans(db, statements, allowed);
}

describe('the operation log (undo, redo, history.state)', () => {
  it('applying a tag, undoing, redoing and reading the history state never scan the operation log', async () => {
    expect(await scansOf('codings.apply', { quoteId: quote.id, tagId: tags[5]!.id, intensity: null })).toEqual([]);
    expect(await scansOf('history.state', {})).toEqual([]);
    expect(await scansOf('history.undo', {})).toEqual([]);
    expect(await scansOf('history.state', {})).toEqual([]);
    expect(await scansOf('history.redo', {})).toEqual([]);
    // A new action after an undo discards the redo steps: found through the index too.
    await t.call('history.undo', {});
    expect(await scansOf('codings.apply', { quoteId: quote.id, tagId: tags[6]!.id, intensity: null })).toEqual([]);
    expect((await t.call('history.state', {})).canRedo).toBe(false);
  });
});

describe('the quote library', () => {
  const filters: [string, object, string[]][] = [
    // Counting an unfiltered library counts every quote: SQLite's b-tree count, nothing else.
    ['no filter', {}, ['quotes']],
    ['one tag', { tagIds: [1] }, []],
    ['a tag kind', { tagKinds: ['pain_point'] }, []],
    ['one participant', { participantIds: [1] }, []],
    ['one company', { companyIds: [1] }, []],
    ['one segment', { segmentIds: [1] }, []],
    ['one interview', { interviewIds: [1] }, []],
    ['a method', { methods: ['interview'] }, []],
    ['a date range', { from: 0, to: Date.UTC(2030, 0, 1) }, []],
    ['starred', { starred: true }, []],
    ['needs review', { flagged: true }, []],
    ['supporting evidence', { evidence: 'supporting' }, []],
    ['contradicting evidence for a tag', { evidence: 'contradicting', tagIds: [1] }, []],
    ['not counted', { evidence: 'not_counted' }, []],
    ['words', { text: 'export' }, []],
  ];
  for (const [name, f, allowed] of filters) {
    it(`filters by ${name} through indexes`, async () => {
      expect(await scansOf('quotes.list', { ...f, limit: 40 }, allowed)).toEqual([]);
    });
  }
  for (const sort of ['newest', 'oldest', 'interview', 'most_coded'] as const) {
    it(`reads only the first screenful in "${sort}" order, and later pages skip the count`, async () => {
      expect(await scansOf('quotes.list', { sort, limit: 40 }, ['quotes'])).toEqual([]);
      const later = await recording(() => t.call('quotes.list', { sort, limit: 40, offset: 40, withTotal: false }));
      expect(later.some((r) => /count\(\*\)/.test(r.sql))).toBe(false);
      expect(growingScans(db, later)).toEqual([]);
    });
  }
});

describe('lists and roll-ups', () => {
  // The codebook counts every tag's evidence and codings: one pass over each through a covering index.
  it('tags.list counts from covering indexes of codings and evidence', async () => {
    expect(await scansOf('tags.list', {}, ['tags', 'codings', 'evidence'])).toEqual([]);
  });
  it('interviews.list reads the interviews and their links once, not once per interview', async () => {
    const statements = await recording(() => t.call('interviews.list', {}));
    expect(statements.filter((r) => /interview_participants/.test(r.sql))).toHaveLength(1);
    expect(growingScans(db, statements, ['interviews', 'interview_participants', 'participants'])).toEqual([]);
    // Turns are counted from their numbering: it must agree with counting them.
    const list = await t.call('interviews.list', {});
    const counted = db
      .prepare(
        'SELECT count(*) FROM transcript_segments s JOIN transcripts t ON t.id = s.transcript_id WHERE t.interview_id = ?',
      )
      .pluck();
    for (const i of list) expect(i.segmentCount).toBe(counted.get(i.id));
    expect(list.find((i) => i.id === tr.interviewId)!.segmentCount).toBe(4);
  });
  it('search joins only the tables its filters need, each by key', async () => {
    const only = await recording(() => t.call('search.query', { text: 'export' }));
    expect(only.some((r) => /JOIN/.test(r.sql) && /ORDER BY x\.rank/.test(r.sql))).toBe(false);
    for (const f of [
      {},
      { interviewId: tr.interviewId },
      { participantId: 1 },
      { tagId: tags[3]!.id },
      { from: 0, to: 1e13 },
    ])
      expect(await scansOf('search.query', { text: 'export', ...f })).toEqual([]);
  });
  const filters = {
    segmentIds: [],
    companyIds: [],
    industries: [],
    methods: [],
    participantIds: [],
    from: null,
    to: null,
  };
  it('co-occurrence and saturation walk the evidence indexes in order, and read interviews once', async () => {
    // Unfiltered, each is one pass over an evidence index: the pairs and the first interview of each tag.
    for (const scope of ['quote', 'participant'] as const)
      expect(await scansOf('synthesis.cooccurrence', { filters, scope, limit: 50 }, ['evidence'])).toEqual([]);
    expect(
      await scansOf('synthesis.saturation', { filters, kind: null, window: 3 }, ['interviews', 'evidence']),
    ).toEqual([]);
    expect(
      await scansOf('synthesis.cooccurrence', { filters: { ...filters, participantIds: [1] }, scope: 'quote' }),
    ).toEqual([]);
  });
  it('the matrix counts its rows in one pass and its cells only inside the window', async () => {
    const window = { rowOffset: 0, rowCount: 30, colOffset: 0, colCount: 20 };
    // Every row's totals and every column's label are sent: one pass over the evidence, the labels read.
    const statements = await recording(() => t.call('synthesis.matrix', { filters, axis: 'participant', window }));
    const cells = statements.filter((r) => /rowTags/.test(r.sql));
    expect(cells).toHaveLength(1);
    expect(growingScans(db, cells)).toEqual([]);
    expect(growingScans(db, statements, ['evidence', 'participants', 'tags'])).toEqual([]);
  });
  it('the quotes behind a count are read by tag, a page at a time', async () => {
    expect(await scansOf('synthesis.evidence', { filters, tagId: tags[3]!.id, limit: 25, offset: 0 })).toEqual([]);
  });
});

describe('the roll-up and the evidence page', () => {
  const none = {
    segmentIds: [],
    companyIds: [],
    industries: [],
    methods: [],
    participantIds: [],
    from: null,
    to: null,
  };
  const scopes: [string, object][] = [
    ['no filter', {}],
    ['one participant', { participantIds: [1] }],
    ['one segment', { segmentIds: [1] }],
    ['one company', { companyIds: [1] }],
    ['an industry', { industries: ['Retail'] }],
    ['a method', { methods: ['customer_interview'] }],
    ['a date range', { from: 0, to: Date.UTC(2030, 0, 1) }],
  ];
  /** How each statement that reads the evidence table reaches it: the plan lines naming `e`. */
  const evidenceAccess = (statements: { sql: string; args: unknown[] }[]) =>
    statements
      .filter((r) => /\bFROM evidence e\b/.test(r.sql))
      .map((r) => planOf(db, r).filter((l) => /^(SCAN|SEARCH) e\b/.test(l) || /TEMP B-TREE FOR GROUP BY/.test(l)));

  for (const [name, f] of scopes) {
    // The roll-up is an aggregate of the evidence in scope, so reading it whole is its job; what it may
    // not do is read it through the table, or read all of it and then sort it to group, or scan anything
    // else that grows except the codebook it labels and the one pass counting the participants in scope.
    // A filter that narrows the evidence by key (a participant, a date) may sort the few rows it finds.
    it(`the roll-up with ${name} reads the evidence through its indexes and scans nothing else that grows`, async () => {
      const filters = { ...none, ...f };
      const statements = await recording(() => t.call('synthesis.rollup', { filters }));
      expect(growingScans(db, statements, ['evidence', 'tags', 'interview_participants'])).toEqual([]);
      const access = evidenceAccess(statements);
      expect(access.length).toBeGreaterThanOrEqual(2);
      for (const lines of access) {
        const reads = lines.filter((l) => !/TEMP B-TREE/.test(l));
        expect(reads.length, lines.join('; ')).toBeGreaterThan(0);
        for (const line of reads) expect(line).toMatch(/^(SCAN|SEARCH) e USING (COVERING )?INDEX evidence_\w+/);
        if (reads.some((l) => l.startsWith('SCAN')))
          expect(lines, 'a whole pass is in GROUP BY order').not.toContain('USE TEMP B-TREE FOR GROUP BY');
      }
      // The study-wide roll-up (the screen's first paint) counts from the covering indexes alone.
      if (name === 'no filter')
        expect(
          access
            .flat()
            .filter((l) => l.startsWith('SCAN'))
            .sort(),
        ).toEqual(['SCAN e USING COVERING INDEX evidence_kind', 'SCAN e USING COVERING INDEX evidence_tag']);
    });
  }

  const focuses: [string, object][] = [
    ['supporting quotes', {}],
    ['both stances', { stance: null }],
    ['contradicting quotes', { stance: 'contradicts' }],
    ['one participant', { participantId: 1 }],
    ['one segment', { segmentId: 1 }],
    ['participants in no segment', { segmentId: 'none' }],
    ['a later page', { offset: 25 }],
  ];
  for (const [name, focus] of focuses) {
    it(`the evidence page for ${name} is read by tag through indexes under every filter`, async () => {
      for (const [scopeName, f] of scopes) {
        const input = { filters: { ...none, ...f }, tagId: tags[3]!.id, limit: 25, offset: 0, ...focus };
        expect(await scansOf('synthesis.evidence', input), scopeName).toEqual([]);
      }
    });
  }
  it('the evidence page returns the quote it counts (the plans above are of a query that finds rows)', async () => {
    const page = await t.call('synthesis.evidence', { filters: none, tagId: tags[3]!.id, limit: 25, offset: 0 });
    expect(page.total).toBe(1);
    expect(page.items.map((q) => q.id)).toEqual([quote.id]);
  });
});
