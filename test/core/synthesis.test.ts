/** Roll-up, ranking, matrix, saturation and persona drafts against a study with planted truth. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../support/core';
import { buildPlantedStudy, PLANTED, type PlantedName, type PlantedStudy } from '../support/plantedStudy';

let t: TestCore;
let study: PlantedStudy;
beforeAll(async () => {
  t = await makeCore();
  study = await buildPlantedStudy(t);
}, 120_000);
afterAll(() => t.close());

const rollup = (filters: object = {}) => t.call('synthesis.rollup', { filters });
const planted = (name: PlantedName) => study.tags[name].id;

describe('roll-up', () => {
  it('counts exactly the planted participants, quotes and interviews per tag; the interviewer never counts', async () => {
    const r = await rollup();
    expect(r.participantsInScope).toBe(12);
    for (const [name, p] of Object.entries(PLANTED)) {
      const row = r.tags.find((x) => x.tagId === planted(name as PlantedName))!;
      expect(row, name).toMatchObject({ participants: p.who.length, quotes: p.who.length, interviews: p.who.length });
      expect(row.participantShare).toBeCloseTo(p.who.length / 12);
      expect(row.avgIntensity).toBe(p.intensity);
      expect(row.representativeQuoteIds.length).toBeGreaterThan(0);
    }
  });

  it('ranks pain points by reach, then intensity', async () => {
    const pains = (await rollup()).tags.filter((x) => x.kind === 'pain_point').map((x) => x.name);
    expect(pains).toEqual(['Slow exports', 'Audit anxiety', 'Manual reconciliation']);
    const goals = (await rollup()).tags.filter((x) => x.kind === 'goal').map((x) => [x.name, x.participants]);
    expect(goals).toEqual([
      ['Close books faster', 7],
      ['Pass audits first time', 5],
    ]);
  });

  it('filters by segment', async () => {
    const r = await rollup({ segmentIds: [study.segments.enterprise] });
    expect(r.participantsInScope).toBe(6);
    const reach = Object.fromEntries(r.tags.map((x) => [x.name, x.participants]));
    expect(reach).toEqual({
      'Audit anxiety': 6,
      'Pass audits first time': 5,
      'Slow exports': 2,
      'Manual reconciliation': 1,
      'Close books faster': 1,
    });
  });

  it('drops a participant who withdrew consent', async () => {
    const p1 = study.participants.find((p) => p.realName === 'Person 1')!;
    await t.call('participants.update', { id: p1.id, patch: { consent: 'withdrawn' } });
    try {
      const slow = (await rollup()).tags.find((x) => x.name === 'Slow exports')!;
      expect(slow.participants).toBe(7);
    } finally {
      await t.call('participants.update', { id: p1.id, patch: { consent: 'written' } });
    }
  });

  it('lists the quotes behind a count', async () => {
    const e = await t.call('synthesis.evidence', { tagId: planted('Vendor lock-in') });
    expect(e.total).toBe(3);
    expect(e.items.every((q) => q.speakerLabel !== 'Maya')).toBe(true);
  });

  it('pages the quotes behind a count in rank order: starred first, then newest', async () => {
    const tagId = planted('Slow exports');
    const all = await t.call('synthesis.evidence', { tagId, limit: 100 });
    expect(all.total).toBe(8);
    const oldest = all.items[all.items.length - 1]!;
    await t.call('quotes.update', { id: oldest.id, patch: { starred: true } });
    const first = await t.call('synthesis.evidence', { tagId, limit: 3 });
    const rest = await t.call('synthesis.evidence', { tagId, limit: 100, offset: 3 });
    expect(first.total).toBe(8);
    expect(first.items[0]).toMatchObject({ id: oldest.id, starred: true });
    expect([...first.items, ...rest.items].map((q) => q.id).sort()).toEqual(all.items.map((q) => q.id).sort());
    expect(new Set([...first.items, ...rest.items].map((q) => q.id)).size).toBe(8);
    await t.call('quotes.update', { id: oldest.id, patch: { starred: false } }); // the study is shared by later tests
  });

  it("narrows to participants in no segment with segmentId 'none'", async () => {
    const tagId = planted('Slow exports');
    const p1 = (await t.call('participants.list')).find((p) => p.realName === 'Person 1')!;
    expect((await t.call('synthesis.evidence', { tagId, segmentId: 'none' })).total).toBe(0);
    await t.call('participants.update', { id: p1.id, patch: { segmentId: null } });
    const none = await t.call('synthesis.evidence', { tagId, segmentId: 'none' });
    expect(none.total).toBe(1);
    expect((await t.call('synthesis.evidence', { tagId, participantId: p1.id })).total).toBe(1);
    await t.call('participants.update', { id: p1.id, patch: { segmentId: p1.segmentId } }); // the study is shared by later tests
  });
});

describe('evidence matrix, co-occurrence and saturation', () => {
  it('gives tag × segment counts', async () => {
    const m = await t.call('synthesis.matrix', { axis: 'segment', kinds: ['pain_point'] });
    expect(m.columns.map((c) => c.label)).toEqual(['Enterprise', 'Mid-market']);
    const slow = m.rows.find((r) => r.path === 'Slow exports')!;
    expect(slow.counts).toEqual([2, 6]);
    expect(m.max).toBe(6);
  });

  it('counts tags that co-occur within participants', async () => {
    const co = await t.call('synthesis.cooccurrence', {
      scope: 'participant',
    });
    const pair = co.pairs.find(
      (p) => [p.a, p.b].sort().join() === [planted('Slow exports'), planted('Close books faster')].sort().join(),
    )!;
    expect(pair.count).toBe(7);
  });

  it('shows new pain points per interview in date order, and the stopping rule', async () => {
    const s = await t.call('synthesis.saturation', { kind: 'pain_point', window: 3 });
    expect(s.points.map((p) => p.newTags)).toEqual([2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(s.saturated).toBe(true);
    expect(s.message).toBe('Saturated after 7 interviews: no new pain point in the last 5.');
  });
});

describe('personas', () => {
  it('drafts a persona for a segment from its most-reached evidence, matching the planted truth', async () => {
    const created = await t.call('personas.create', {
      name: 'Finance Fiona',
      kind: 'buyer',
      role: 'Finance lead',
      membership: { segmentIds: [study.segments.midMarket] },
    });
    expect(created.members).toHaveLength(6);
    const { proposed, persona } = await t.call('personas.draft', {
      id: created.id,
    });
    const bySection = (section: string) =>
      persona.attributes.filter((a) => a.section === section).map((a) => a.statement);
    expect(bySection('pain_points')).toEqual(['Slow exports', 'Manual reconciliation']);
    expect(bySection('goals')).toEqual(['Close books faster']);
    expect(bySection('objections')).toEqual(['Vendor lock-in']);
    expect(proposed).toBe(4);
    expect(persona.attributes.every((a) => a.status === 'proposed' && a.citations.length > 0)).toBe(true);
    // Every drafted attribute's reach, its citations and its confidence say the same number: the
    // members the roll-up counts for its tag (the "Reach 4 of 5, cites 3" bug).
    const members = await rollup({ segmentIds: [study.segments.midMarket] });
    for (const a of persona.attributes) {
      const reach = members.tags.find((x) => x.tagId === a.sourceTagId)!.participants;
      expect(a.detail['reach'], a.statement).toBe(`${reach} of 6 members`);
      expect(new Set(a.citations.map((c) => c.participantId)).size, a.statement).toBe(reach);
      expect(a.confidence.supportingParticipants, a.statement).toBe(reach);
    }
    // Drafting again proposes nothing new.
    expect((await t.call('personas.draft', { id: created.id })).proposed).toBe(0);
  });

  it('confidence follows supporting participants and drops with a contradiction; checklist and export follow', async () => {
    const p = await t.call('personas.create', {
      name: 'Auditor Ana',
      kind: 'buyer',
      membership: { segmentIds: [study.segments.enterprise] },
    });
    const { persona } = await t.call('personas.draft', { id: p.id });
    const audit = persona.attributes.find((a) => a.statement === 'Audit anxiety')!;
    let after = await t.call('attributes.update', { id: audit.id, patch: { status: 'accepted' } });
    const evidence = await t.call('synthesis.evidence', {
      tagId: planted('Audit anxiety'),
    });
    for (const q of evidence.items) after = await t.call('citations.add', { attributeId: audit.id, quoteId: q.id });
    const before = after.attributes.find((a) => a.id === audit.id)!.confidence;
    expect(before).toMatchObject({ supportingParticipants: 6, level: 'high' });
    const contra = (await t.call('synthesis.evidence', { tagId: planted('Slow exports') })).items[0]!;
    after = await t.call('citations.add', {
      attributeId: audit.id,
      quoteId: contra.id,
      polarity: 'contradicts',
    });
    const dropped = after.attributes.find((a) => a.id === audit.id)!.confidence;
    expect(dropped.score).toBeLessThan(before.score);
    expect(dropped.contradictingParticipants).toBe(1);

    expect(after.checklist.find((c) => c.key === 'prioritised')?.passed).toBe(false);
    expect(after.warnings.map((w) => w.key)).toEqual(expect.arrayContaining(['no_priority', 'stale']));
    after = await t.call('personas.update', {
      id: p.id,
      patch: { tier: 1, lastReviewedAt: Date.UTC(2026, 0, 16) },
    });
    expect(after.checklist.find((c) => c.key === 'prioritised')?.passed).toBe(true);
    expect(after.warnings.map((w) => w.key)).not.toContain('no_priority');

    const { markdown } = await t.call('personas.exportMarkdown', { id: p.id });
    expect(markdown).toContain('# Auditor Ana');
    expect(markdown).toMatch(/- Audit anxiety \[1\] \[2\]/);
    expect(markdown).toContain('Every audit season I lose sleep over missing paperwork.');
    expect(markdown).toMatch(/\*\*Contradicts:\*\* “The export from our ERP/);
    const { html } = await t.call('personas.exportHtml', { id: p.id });
    expect(html).toContain('<h1>Auditor Ana</h1>');
    expect(html).toContain('id="c1"');
    expect(html).not.toMatch(/<script/i);
  });

  it('undo removes a citation it added', async () => {
    const p = (await t.call('personas.list'))[0]!;
    const full = await t.call('personas.get', { id: p.id });
    const a = full.attributes[0]!;
    const count = a.citations.length;
    const q = (await t.call('synthesis.evidence', { tagId: planted('Pass audits first time') })).items[0]!;
    await t.call('citations.add', { attributeId: a.id, quoteId: q.id, polarity: 'contradicts' });
    await t.call('history.undo');
    expect((await t.call('personas.get', { id: p.id })).attributes[0]!.citations).toHaveLength(count);
  });
});

describe('the matrix by window', () => {
  it('sends, for any window, exactly that slice of the whole matrix, and every row its totals', async () => {
    for (const axis of ['participant', 'segment'] as const) {
      const whole = await t.call('synthesis.matrix', { axis });
      expect(whole.window).toBeNull();
      const windows = [
        { rowOffset: 0, rowCount: 2, colOffset: 0, colCount: 3 },
        { rowOffset: 1, rowCount: 3, colOffset: 2, colCount: 5 },
        { rowOffset: 4, rowCount: 10, colOffset: 10, colCount: 10 },
        { rowOffset: 0, rowCount: 50, colOffset: 1, colCount: 1 },
      ];
      for (const win of windows) {
        const part = await t.call('synthesis.matrix', { axis, window: win });
        expect(part.columns).toEqual(whole.columns);
        expect(part.max).toBe(whole.max);
        expect(part.rows.map((r) => [r.tagId, r.total, r.totalQuotes, r.totalContradicting])).toEqual(
          whole.rows.map((r) => [r.tagId, r.total, r.totalQuotes, r.totalContradicting]),
        );
        const colFrom = Math.min(win.colOffset, whole.columns.length);
        const colTo = Math.min(whole.columns.length, colFrom + win.colCount);
        whole.rows.forEach((row, i) => {
          const inside = i >= win.rowOffset && i < win.rowOffset + win.rowCount;
          const slice = (xs: number[]) => (inside ? xs.slice(colFrom, colTo) : []);
          expect(part.rows[i]!.counts).toEqual(slice(row.counts));
          expect(part.rows[i]!.quotes).toEqual(slice(row.quotes));
          expect(part.rows[i]!.contradicting).toEqual(slice(row.contradicting));
        });
      }
    }
  });
});
