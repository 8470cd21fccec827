/**
 * The answer-keyed study, end to end: ten interviews in six formats imported through the real import
 * path, coded through the contract, and every read that counts evidence — codebook, roll-up, matrix
 * (both axes, every cell), segment compare, evidence pages, quote library, persona draft, evidence
 * CSV — checked against the hand-counted key, tag by tag and participant by participant.
 */
import Papa from 'papaparse';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../support/core';
import { buildKeyedStudy, KEY, type KeyedStudy } from '../support/keyedStudy';

let t: TestCore;
let study: KeyedStudy;
beforeAll(async () => {
  t = await makeCore();
  study = await buildKeyedStudy(t);
}, 60_000);
afterAll(() => t.close());

const tagNames = Object.keys(KEY.expected.tags);
const nameOf = (participantId: number | null) =>
  [...study.participants.values()].find((p) => p.id === participantId)?.realName ?? null;

/** The key's codings of one participant for one tag and stance, counted from the coding list itself. */
function keyedQuotes(tag: string, who: string, stance: 'supports' | 'contradicts'): number {
  return KEY.codings.filter((c) => {
    if (c.tag !== tag || c.stance !== stance) return false;
    if (c.note !== undefined) return (c.attribute ?? firstParticipantOf(c.file)) === who;
    return c.speaker === who;
  }).length;
}
function firstParticipantOf(file: string): string | undefined {
  const named = Object.values(KEY.interviews.find((i) => i.file === file)!.speakers).filter((x) => x !== null);
  return named.length === 1 ? named[0]! : undefined;
}

describe('the key is consistent with itself', () => {
  it('every tag’s totals equal its codings, person by person', () => {
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const people = KEY.participants.map((p) => p.name);
      const supporters = people.filter((p) => keyedQuotes(tag, p, 'supports') > 0);
      const against = people.filter((p) => keyedQuotes(tag, p, 'contradicts') > 0);
      expect(supporters.sort(), tag).toEqual([...e.supporters].sort());
      expect(against.sort(), tag).toEqual([...e.contradictors].sort());
      expect(
        people.reduce((n, p) => n + keyedQuotes(tag, p, 'supports'), 0),
        tag,
      ).toBe(e.quotes);
      expect(
        people.reduce((n, p) => n + keyedQuotes(tag, p, 'contradicts'), 0),
        tag,
      ).toBe(e.contradictingQuotes);
    }
  });
});

describe('import', () => {
  it('every interview has the key’s turns, and every speaker is mapped as the key says', () => {
    for (const iv of KEY.interviews) {
      const tr = study.transcripts.get(iv.file)!;
      expect(tr.turns.length, iv.file).toBe(iv.turns);
      for (const s of tr.speakers) {
        if (s.label === KEY.interviewer) expect(s.role, iv.file).toBe('interviewer');
        else expect(nameOf(s.participantId), `${iv.file}: ${s.label}`).toBe(iv.speakers[s.label] ?? null);
      }
    }
  });

  it('every quote holds exactly the words the key quotes, said by the person the key names', () => {
    KEY.codings.forEach((c, i) => {
      const q = study.quotes[i]!;
      expect(q.exactText).toBe(c.text ?? c.note);
      const who = c.note !== undefined ? (c.attribute ?? firstParticipantOf(c.file)) : c.speaker;
      const expected = who && study.participants.has(who) ? study.participants.get(who)!.id : null;
      expect(q.participantId, `${c.file}: ${q.exactText}`).toBe(expected);
    });
  });
});

describe('times', () => {
  it('a quote’s time is where its words are said, not where its turn starts — in quotes, citations and the CSV', async () => {
    const timed = KEY.codings.map((c, i) => ({ c, q: study.quotes[i]! })).filter(({ c }) => c.atMs !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(7);
    const { csv } = await t.call('exports.evidenceCsv', { pseudonymise: false });
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const job = await t.call('jobs.create', {
      situation: 'timing',
      motivation: 'cite every timed quote',
      outcome: 'check their times',
      quoteIds: timed.map(({ q }) => q.id),
    });
    const cited = await t.call('jobs.get', {
      id: job.id,
    });
    for (const { c, q } of timed) {
      const at = `${c.file}: ${c.text}`;
      expect((await t.call('quotes.get', { id: q.id })).startMs, at).toBe(c.atMs);
      expect(cited.citations.find((x) => x.quoteId === q.id)!.startMs, at).toBe(c.atMs);
      const mm = Math.floor(c.atMs! / 60000);
      const ss = Math.floor((c.atMs! % 60000) / 1000);
      const row = rows.find((r) => r.quote === c.text)!;
      expect(row.timestamp, at).toMatch(new RegExp(`^(0?0:)?0?${mm}:${String(ss).padStart(2, '0')}$`));
    }
    await t.call('jobs.delete', { id: job.id });
  });
});

describe('every read that counts agrees with the key', () => {
  it('codebook counts', async () => {
    const list = await t.call('tags.list');
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const row = list.find((x) => x.name === tag)!;
      expect(
        {
          quotes: row.quoteCount,
          participants: row.participantCount,
          contradicting: row.contradictingCount,
          notCounted: row.notCountedCount,
          codings: row.codingCount,
        },
        tag,
      ).toEqual({
        quotes: e.quotes,
        participants: e.participants,
        contradicting: e.contradictingParticipants,
        notCounted: e.notCounted,
        codings: e.quotes + e.contradictingQuotes + e.notCounted,
      });
    }
  });

  it('the roll-up', async () => {
    const rollup = await t.call('synthesis.rollup', { filters: {} });
    expect(rollup.participantsInScope).toBe(KEY.expected.participantsInScope);
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const row = rollup.tags.find((x) => x.name === tag)!;
      expect(
        {
          quotes: row.quotes,
          participants: row.participants,
          cq: row.contradictingQuotes,
          cp: row.contradictingParticipants,
        },
        tag,
      ).toEqual({
        quotes: e.quotes,
        participants: e.participants,
        cq: e.contradictingQuotes,
        cp: e.contradictingParticipants,
      });
      expect(row.participantShare, tag).toBeCloseTo(e.participants / KEY.expected.participantsInScope, 10);
    }
  });

  it('the matrix by participant, cell by cell', async () => {
    const m = await t.call('synthesis.matrix', { axis: 'participant' });
    const pseudonymToName = new Map([...study.participants.values()].map((p) => [p.pseudonym, p.realName]));
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const row = m.rows.find((r) => r.path === tag)!;
      expect({ total: row.total, quotes: row.totalQuotes, against: row.totalContradicting }, tag).toEqual({
        total: e.participants,
        quotes: e.quotes,
        against: e.contradictingParticipants,
      });
      m.columns.forEach((col, i) => {
        const who = pseudonymToName.get(col.label)!;
        const at = `${tag} × ${who}`;
        expect(who, col.label).toBeDefined();
        expect(row.counts[i], at).toBe(e.supporters.includes(who) ? 1 : 0);
        expect(row.quotes[i], at).toBe(keyedQuotes(tag, who, 'supports'));
        expect(row.contradicting[i], at).toBe(e.contradictors.includes(who) ? 1 : 0);
      });
    }
  });

  it('the matrix by segment, cell by cell, counts people (quotes second)', async () => {
    const m = await t.call('synthesis.matrix', { axis: 'segment' });
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const row = m.rows.find((r) => r.path === tag)!;
      expect(row.total, tag).toBe(e.participants);
      for (const [segment, want] of Object.entries(e.bySegment)) {
        const i = m.columns.findIndex((c) => c.label === segment);
        const got =
          i < 0
            ? { participants: 0, quotes: 0, contradicting: 0 }
            : {
                participants: row.counts[i],
                quotes: row.quotes[i],
                contradicting: row.contradicting[i],
              };
        expect(got, `${tag} × ${segment}`).toEqual(want);
      }
    }
  });

  it('segment compare', async () => {
    const cmp = await t.call('segments.compare', {
      segmentIds: [...study.segments.values()],
      limit: 30,
    });
    for (const seg of cmp.segments) {
      expect(seg.participantsInScope, seg.name).toBe(6);
      for (const tag of tagNames) {
        const want = KEY.expected.tags[tag]!.bySegment[seg.name]!;
        const got = seg.top.find((x) => x.name === tag);
        const at = `${tag} in ${seg.name}`;
        if (want.participants === 0) {
          expect(got, at).toBeUndefined();
          continue;
        }
        expect({ p: got!.participants, q: got!.quotes, c: got!.contradictingParticipants }, at).toEqual({
          p: want.participants,
          q: want.quotes,
          c: want.contradicting,
        });
        expect(got!.share, at).toBeCloseTo(want.participants / 6, 10);
      }
    }
  });

  it('evidence pages and the quote library list exactly the counted quotes, each said by a supporter', async () => {
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const tagId = study.tags.get(tag)!.id;
      const page = await t.call('synthesis.evidence', { tagId, limit: 500 });
      expect(page.total, tag).toBe(e.quotes);
      for (const q of page.items) expect(e.supporters, `${tag}: ${q.exactText}`).toContain(nameOf(q.participantId));
      const against = await t.call('synthesis.evidence', {
        tagId,
        stance: 'contradicts',
        limit: 500,
      });
      expect(against.total, tag).toBe(e.contradictingQuotes);
      for (const q of against.items)
        expect(e.contradictors, `${tag}: ${q.exactText}`).toContain(nameOf(q.participantId));

      const library = async (evidence: 'any' | 'supporting' | 'contradicting' | 'not_counted') =>
        (await t.call('quotes.list', { tagIds: [tagId], evidence })).total;
      expect(
        {
          supporting: await library('supporting'),
          contradicting: await library('contradicting'),
          notCounted: await library('not_counted'),
          any: await library('any'),
        },
        tag,
      ).toEqual({
        supporting: e.quotes,
        contradicting: e.contradictingQuotes,
        notCounted: e.notCounted,
        any: e.quotes + e.contradictingQuotes + e.notCounted,
      });
    }
  });

  it('a persona draft of a segment: reach, citations and confidence are the same people', async () => {
    const want = KEY.expected.persona;
    const persona = await t.call('personas.create', {
      name: want.name,
      kind: 'buyer',
      membership: { segmentIds: [study.segments.get(want.segment)!] },
    });
    const drafted = (await t.call('personas.draft', { id: persona.id })).persona;
    const byTag = new Map(drafted.attributes.map((a) => [a.sourceTagId, a]));
    let checked = 0;
    for (const tag of tagNames) {
      const reach = want.reach[tag]!;
      const a = byTag.get(study.tags.get(tag)!.id);
      if (reach === 0) {
        expect(a, tag).toBeUndefined();
        continue;
      }
      if (!a) continue; // the template proposes a few tags per section; the ones it proposes must be right
      checked++;
      const against = want.contradicted[tag]!;
      expect(a.detail.reach, tag).toBe(`${reach} of ${want.members} members`);
      if (against > 0) expect(a.detail.contradicted, tag).toBe(`${against} of ${want.members} members`);
      const supporting = a.citations.filter((c) => c.polarity === 'supports');
      const contradicting = a.citations.filter((c) => c.polarity === 'contradicts');
      expect(supporting.length, tag).toBe(reach);
      expect(contradicting.length, tag).toBe(against);
      expect(a.confidence, tag).toMatchObject({ supportingParticipants: reach, contradictingParticipants: against });
      for (const c of a.citations) expect(c.countsAsEvidence, `${tag}: ${c.quoteId}`).toBe(true);
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('job and persona citations say whether the cited words count, and only counting ones score', async () => {
    const byText = (text: string) => study.quotes[KEY.codings.findIndex((c) => c.text === text)]!;
    const jose = byText('The export out of our ERP takes most of a night');
    const leading = byText('So the export is slow for you too, right?');
    const guest = byText('Our export takes all night too');
    const job = await t.call('jobs.create', {
      situation: 'the month closes',
      motivation: 'get the ledger out of the ERP fast',
      outcome: 'start reconciling the same morning',
      quoteIds: [jose.id, leading.id, guest.id],
    });
    const got = await t.call('jobs.get', {
      id: job.id,
    });
    expect(Object.fromEntries(got.citations.map((c) => [c.quoteId, c.countsAsEvidence]))).toEqual({
      [jose.id]: true,
      [leading.id]: false,
      [guest.id]: false,
    });

    // A persona attribute backed by the interviewer's and an unmapped voice's words alone is an assumption.
    const persona = await t.call('personas.create', { name: 'Night-shift Nils', kind: 'buyer' });
    const withAttr = await t.call('attributes.add', {
      personaId: persona.id,
      section: 'pain_points',
      statement: 'Exports run overnight',
      quoteIds: [leading.id, guest.id],
    });
    const attr = withAttr.attributes[0]!;
    let a = (await t.call('personas.get', { id: persona.id })).attributes[0]!;
    expect(a.citations.map((c) => c.countsAsEvidence)).toEqual([false, false]);
    expect(a.confidence.supportingParticipants).toBe(0);
    await t.call('citations.add', { attributeId: attr.id, quoteId: jose.id, polarity: 'supports' });
    a = (await t.call('personas.get', { id: persona.id })).attributes[0]!;
    expect(a.confidence.supportingParticipants).toBe(1);
  });

  it('the evidence CSV: each quote once, counted or not as the key says, contradicting codings marked', async () => {
    const { csv } = await t.call('exports.evidenceCsv', { pseudonymise: false });
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBe(KEY.codings.length);
    for (const tag of tagNames) {
      const e = KEY.expected.tags[tag]!;
      const mine = rows.filter((r) => r.tags!.split('; ').some((x) => x.replace(' (contradicts)', '') === tag));
      const counted = mine.filter((r) => r.counts_as_evidence === 'yes');
      expect(counted.filter((r) => r.tags!.split('; ').includes(tag)).length, tag).toBe(e.quotes);
      expect(counted.filter((r) => r.tags!.split('; ').includes(`${tag} (contradicts)`)).length, tag).toBe(
        e.contradictingQuotes,
      );
      expect(mine.filter((r) => r.counts_as_evidence !== 'yes').length, tag).toBe(e.notCounted);
      // Whoever the row names said it: a supporter's or contradictor's pseudonym, never someone else's.
      const pseudonyms = new Set(
        [...e.supporters, ...e.contradictors].map((n) => study.participants.get(n)!.pseudonym),
      );
      for (const r of counted) expect(pseudonyms, `${tag}: ${r.quote}`).toContain(r.participant);
    }
  });
});
