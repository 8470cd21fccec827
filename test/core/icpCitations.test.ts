/**
 * ICP statements and company scores citing quotes, through the contract on a real SQLite file: quote
 * cards come back with the citation, a score must exist before it cites, bad ids get clear errors,
 * and every edit is one undoable step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/domain/company';
import type { Quote } from '../../shared/domain/quote';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
let quotes: Quote[];
let acme: Company;

beforeEach(async () => {
  t = await makeCore();
  const tr = await importTurns(
    t,
    'Call with Ana',
    [
      { speaker: 'Maya', text: 'How do you handle month end?' },
      { speaker: 'Ana', text: 'We have budget set aside for this, signed off in March.' },
      { speaker: 'Maya', text: 'And is anyone asking for change?' },
      { speaker: 'Ana', text: 'Honestly nobody here has asked for a new tool.' },
    ],
    Date.UTC(2026, 1, 3),
  );
  quotes = [];
  for (const turn of tr.turns.filter((x) => x.text.startsWith('We') || x.text.startsWith('Honestly'))) {
    quotes.push(
      await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: 0 },
        end: { turnId: turn.id, offset: turn.text.length },
        tagIds: [],
      }),
    );
  }
  acme = await t.call('companies.create', { name: 'Acme Freight' });
});
afterEach(() => t.close());

const criterion = async (name: string) => (await t.call('icp.matrix')).criteria.find((c) => c.name === name)!;
const undo = () => t.call('history.undo');
const redo = () => t.call('history.redo');

describe('ICP statements citing quotes', () => {
  it('lists each statement with its cited quote cards, supports and contradicts', async () => {
    let list = await t.call('icp.statements.add', {
      section: 'business',
      field: 'budget_authority',
      statement: 'Finance owns a set-aside budget',
    });
    const s = list[0]!;
    expect(s).toMatchObject({ section: 'business', field: 'budget_authority', citationCount: 0, citations: [] });
    list = await t.call('icp.statements.cite', { statementId: s.id, quoteId: quotes[0]!.id });
    list = await t.call('icp.statements.cite', { statementId: s.id, quoteId: quotes[1]!.id, polarity: 'contradicts' });
    const cited = list.find((x) => x.id === s.id)!;
    expect(cited.citationCount).toBe(2);
    expect(cited.citations).toEqual([
      expect.objectContaining({
        quoteId: quotes[0]!.id,
        polarity: 'supports',
        exactText: 'We have budget set aside for this, signed off in March.',
        participantPseudonym: expect.any(String),
        interviewTitle: 'Call with Ana',
        interviewDate: Date.UTC(2026, 1, 3),
        startMs: null, // a plain-text transcript has no timings
      }),
      expect.objectContaining({ quoteId: quotes[1]!.id, polarity: 'contradicts' }),
    ]);
    // Citing the same quote again flips its polarity rather than duplicating it.
    list = await t.call('icp.statements.cite', { statementId: s.id, quoteId: quotes[1]!.id, polarity: 'supports' });
    expect(list[0]!.citations.map((c) => c.polarity)).toEqual(['supports', 'supports']);
    list = await t.call('icp.statements.uncite', { statementId: s.id, quoteId: quotes[0]!.id });
    expect(list[0]!.citations.map((c) => c.quoteId)).toEqual([quotes[1]!.id]);
  });

  it('adds with quotes at once, and undoes and redoes add, edit, cite and delete', async () => {
    const [s] = await t.call('icp.statements.add', {
      section: 'firmographics',
      field: 'industry',
      statement: 'Freight forwarders',
      quoteIds: [quotes[0]!.id],
    });
    expect(s!.citationCount).toBe(1);
    await t.call('icp.statements.update', { id: s!.id, statement: 'Freight forwarders and 3PLs' });
    await t.call('icp.statements.cite', { statementId: s!.id, quoteId: quotes[1]!.id });
    await t.call('icp.statements.delete', { id: s!.id });
    expect(await t.call('icp.statements.list')).toEqual([]);

    expect((await undo()).undone).toBe('Delete ICP statement');
    let [back] = await t.call('icp.statements.list');
    expect(back).toMatchObject({ id: s!.id, statement: 'Freight forwarders and 3PLs', citationCount: 2 });
    expect((await undo()).undone).toBe('Cite supporting quote');
    expect((await undo()).undone).toBe('Edit ICP statement');
    [back] = await t.call('icp.statements.list');
    expect(back).toMatchObject({ statement: 'Freight forwarders', citationCount: 1 });
    expect((await undo()).undone).toBe('Add ICP statement');
    expect(await t.call('icp.statements.list')).toEqual([]);
    await redo();
    await redo();
    [back] = await t.call('icp.statements.list');
    expect(back).toMatchObject({ statement: 'Freight forwarders and 3PLs', citationCount: 1 });
  });

  it('refuses unknown ids and empty statements with clear messages, changing nothing', async () => {
    await expect(t.call('icp.statements.cite', { statementId: 999, quoteId: quotes[0]!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('That statement no longer exists.'),
    });
    const [s] = await t.call('icp.statements.add', {
      section: 'signal_positive',
      statement: 'Hiring a freight analyst',
    });
    await expect(t.call('icp.statements.cite', { statementId: s!.id, quoteId: 999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('That quote no longer exists.'),
    });
    await expect(t.call('icp.statements.uncite', { statementId: s!.id, quoteId: quotes[0]!.id })).rejects.toMatchObject(
      { code: 'NOT_FOUND', message: expect.stringContaining('That quote is not cited for this statement.') },
    );
    await expect(t.call('icp.statements.update', { id: s!.id, statement: '   ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Write the statement.'),
    });
    await expect(t.call('icp.statements.delete', { id: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(t.untyped('icp.statements.add', { section: 'nonsense', statement: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect((await t.call('icp.statements.list'))[0]).toMatchObject({
      statement: 'Hiring a freight analyst',
      citationCount: 0,
    });
  });

  it('ticks a disqualifier as an undoable step; deleting the statement un-ticks, and undo ticks again', async () => {
    const [dq] = await t.call('icp.statements.add', { section: 'disqualifying', statement: 'Builds it in-house' });
    const row = async () => (await t.call('icp.matrix')).rows[0]!;
    await t.call('icp.disqualify', { companyId: acme.id, statementId: dq!.id, on: true });
    expect(await row()).toMatchObject({
      disqualifierIds: [dq!.id],
      result: { tier: 'disqualified', disqualifiedBy: ['Builds it in-house'] },
    });
    await t.call('icp.statements.delete', { id: dq!.id });
    expect(await row()).toMatchObject({ disqualifierIds: [], result: { tier: null } });
    await expect(t.call('icp.disqualify', { companyId: acme.id, statementId: dq!.id, on: true })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    expect((await undo()).undone).toBe('Delete ICP statement');
    expect(await row()).toMatchObject({ disqualifierIds: [dq!.id], result: { tier: 'disqualified' } });
    expect((await undo()).undone).toBe('Disqualify Acme Freight');
    expect(await row()).toMatchObject({ disqualifierIds: [] });
    await redo();
    expect(await row()).toMatchObject({ disqualifierIds: [dq!.id] });
    await t.call('icp.disqualify', { companyId: acme.id, statementId: dq!.id, on: false });
    expect((await undo()).undone).toBe('Requalify Acme Freight');
  });
});

describe('company scores citing quotes', () => {
  it('asks for a score before a cell can cite, then returns the cell with its quote cards', async () => {
    const budget = await criterion('Budget');
    await expect(
      t.call('icp.scores.cite', { companyId: acme.id, criterionId: budget.id, quoteId: quotes[0]!.id }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Score Acme Freight on Budget first; then cite the quotes behind that score.'),
    });
    let cell = await t.call('icp.score', {
      companyId: acme.id,
      criterionId: budget.id,
      score: 5,
      note: 'Signed off in March',
    });
    expect(cell).toMatchObject({
      companyName: 'Acme Freight',
      criterionName: 'Budget',
      score: 5,
      note: 'Signed off in March',
      citations: [],
    });
    cell = await t.call('icp.scores.cite', { companyId: acme.id, criterionId: budget.id, quoteId: quotes[0]!.id });
    expect(cell.citations).toEqual([
      expect.objectContaining({
        quoteId: quotes[0]!.id,
        polarity: 'supports',
        exactText: quotes[0]!.exactText,
        interviewTitle: 'Call with Ana',
      }),
    ]);
    // Changing the score keeps the note when none is given.
    cell = await t.call('icp.score', { companyId: acme.id, criterionId: budget.id, score: 4 });
    expect(cell).toMatchObject({ score: 4, note: 'Signed off in March' });
    const row = (await t.call('icp.matrix')).rows[0]!;
    expect(row.cells[budget.id]).toEqual({ score: 4, note: 'Signed off in March', citationCount: 1 });
    expect(row.scores[budget.id]).toBe(4);
    expect(await t.call('icp.scores.get', { companyId: acme.id, criterionId: budget.id })).toEqual(cell);
  });

  it('undoes a score, its citation and clearing it (which takes its citations along)', async () => {
    const pain = await criterion('Pain intensity');
    const cellOf = () => t.call('icp.scores.get', { companyId: acme.id, criterionId: pain.id });
    await t.call('icp.score', { companyId: acme.id, criterionId: pain.id, score: 3 });
    await t.call('icp.score', { companyId: acme.id, criterionId: pain.id, score: 1, note: 'Not looking' });
    await t.call('icp.scores.cite', {
      companyId: acme.id,
      criterionId: pain.id,
      quoteId: quotes[1]!.id,
      polarity: 'supports',
    });
    await t.call('icp.score', { companyId: acme.id, criterionId: pain.id, score: null });
    expect(await cellOf()).toMatchObject({ scoreId: null, score: null, note: '', citations: [] });

    expect((await undo()).undone).toBe('Clear Pain intensity score');
    expect(await cellOf()).toMatchObject({
      score: 1,
      note: 'Not looking',
      citations: [expect.objectContaining({ quoteId: quotes[1]!.id })],
    });
    expect((await undo()).undone).toBe('Cite supporting quote');
    expect((await undo()).undone).toBe('Score Acme Freight: Pain intensity 1');
    expect(await cellOf()).toMatchObject({ score: 3, note: '' });
    await undo();
    expect(await cellOf()).toMatchObject({ score: null });
    await redo();
    expect(await cellOf()).toMatchObject({ score: 3 });
  });

  it('refuses unknown companies, criteria and quotes, and scores outside 1–5', async () => {
    const budget = await criterion('Budget');
    await expect(t.call('icp.score', { companyId: 999, criterionId: budget.id, score: 3 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('That company no longer exists.'),
    });
    await expect(t.call('icp.score', { companyId: acme.id, criterionId: 999, score: 3 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('That criterion no longer exists.'),
    });
    await expect(t.call('icp.score', { companyId: acme.id, criterionId: budget.id, score: 0 })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Scores run from 1 (poor) to 5 (ideal).'),
    });
    await expect(t.call('icp.scores.get', { companyId: 999, criterionId: budget.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await t.call('icp.score', { companyId: acme.id, criterionId: budget.id, score: 3 });
    await expect(
      t.call('icp.scores.cite', { companyId: acme.id, criterionId: budget.id, quoteId: 999 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('That quote no longer exists.') });
    await expect(
      t.call('icp.scores.uncite', { companyId: acme.id, criterionId: budget.id, quoteId: quotes[0]!.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('That quote is not cited for this score.'),
    });
    await expect(t.call('icp.criteria.create', { name: 'budget', weight: 0 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('A criterion called “budget” already exists.'),
    });
    expect((await t.call('icp.scores.get', { companyId: acme.id, criterionId: budget.id })).citations).toEqual([]);
  });
});

describe('the profile for export', () => {
  it('returns every template section with cited statements, the scored matrix and each cell’s citations', async () => {
    const budget = await criterion('Budget');
    await t.call('icp.statements.add', {
      section: 'technographics',
      field: 'current_stack',
      statement: 'Runs a TMS plus spreadsheets',
      quoteIds: [quotes[1]!.id],
    });
    await t.call('icp.score', { companyId: acme.id, criterionId: budget.id, score: 5 });
    await t.call('icp.scores.cite', { companyId: acme.id, criterionId: budget.id, quoteId: quotes[0]!.id });
    const p = await t.call('icp.profile');
    expect(p.sections.map((s) => s.label)).toEqual([
      'Firmographics',
      'Technographics',
      'Business characteristics',
      'Positive signals',
      'Negative signals',
      'Disqualifying criteria',
    ]);
    expect(p.sections[1]!.statements[0]).toMatchObject({
      statement: 'Runs a TMS plus spreadsheets',
      citations: [expect.objectContaining({ exactText: quotes[1]!.exactText })],
    });
    expect(p.matrix.rows[0]!.cells[budget.id]).toMatchObject({ score: 5, citationCount: 1 });
    expect(p.scoreCitations[acme.id]![budget.id]).toEqual([expect.objectContaining({ quoteId: quotes[0]!.id })]);
  });
});
