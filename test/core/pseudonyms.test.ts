/**
 * Found item 2 of issue 11: pseudonyms collided with real names. Pseudonyms are now neutral codes, a
 * pseudonym that is anyone's name or alias is refused with a sentence naming the clash, so is a name or
 * alias that is someone's pseudonym, and a pseudonymised export names each quote's own participant.
 */
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/domain/quote';
import { makeCore, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

const list = () => t.call('participants.list');

/** A WebVTT file with one voice-tagged cue per turn, staged for import. */
async function stageVtt(turns: [string, string][]) {
  const cues = turns.map(
    ([who, text], i) =>
      `00:00:${String(i * 3).padStart(2, '0')}.000 --> 00:00:${String(i * 3 + 2).padStart(2, '0')}.000\n<v ${who}>${text}`,
  );
  return t.call('imports.stageFile', {
    fileName: 'call.vtt',
    dataBase64: Buffer.from(`WEBVTT\n\n${cues.join('\n\n')}\n`).toString('base64'),
  });
}

describe('neutral pseudonyms', () => {
  it('gives codes P01, P02, … and never hands out a deleted code again', async () => {
    const a = await t.call('participants.create', { realName: 'Avery Stone' });
    const b = await t.call('participants.create', { realName: 'Blake Ortiz' });
    const c = await t.call('participants.create', {});
    expect([a.pseudonym, b.pseudonym, c.pseudonym]).toEqual(['P01', 'P02', 'P03']);
    await t.call('participants.delete', { id: c.id });
    await t.call('participants.delete', { id: b.id });
    expect((await t.call('participants.create', {})).pseudonym).toBe('P02');
    await t.call('participants.update', { id: a.id, patch: { pseudonym: 'P09' } });
    expect((await t.call('participants.create', {})).pseudonym).toBe('P10');
  });

  it('speakers imported as new participants get codes, not names (no one is called by their own given name)', async () => {
    const staged = await stageVtt([
      ['Maya Chen', 'How does your team close the month today?'],
      ['Avery Stone', 'Slowly, with a spreadsheet we rebuild every time.'],
      ['Dana Whitfield', 'And the approvals wait on one person.'],
      ['Blake Ortiz', 'We also reconcile by hand at the end.'],
    ]);
    await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new', title: 'Call' },
      speakers: staged.speakers.map((s) =>
        s.label === 'Maya Chen'
          ? { label: s.label, role: 'interviewer' }
          : { label: s.label, role: 'participant', participantId: null, createParticipant: true },
      ),
    });
    const people = await list();
    expect(people.map((p) => p.pseudonym).sort()).toEqual(['P01', 'P02', 'P03']);
    const nameWords = new Set(people.flatMap((p) => p.realName.toLowerCase().split(' ')));
    for (const p of people) expect(nameWords.has(p.pseudonym.toLowerCase())).toBe(false);
  });
});

describe('a pseudonym is never anyone’s name', () => {
  it('refuses a pseudonym equal to another participant’s given name, family name or alias, saying whose', async () => {
    await t.call('participants.create', { realName: 'Dana Whitfield', aliases: ['Dee'] });
    const other = await t.call('participants.create', { realName: 'Avery Stone' });
    const cases: [string, RegExp][] = [
      ['Dana', /“Dana” cannot be a pseudonym: “Dana” is the given name of Dana Whitfield/],
      ['whitfield', /“Whitfield” is the family name of Dana Whitfield/],
      ['DEE', /“Dee” is an alias of Dana Whitfield/],
      ['Dana K.', /“Dana” is the given name of Dana Whitfield/],
      ['Avery', /“Avery” is the given name of this participant/],
    ];
    for (const [pseudonym, message] of cases) {
      const err = await t.call('participants.update', { id: other.id, patch: { pseudonym } }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'CONFLICT' });
      expect((err as Error).message).toMatch(message);
      expect((err as { fields: Record<string, string> }).fields['pseudonym']).toMatch(message);
    }
    expect((await t.call('participants.get', { id: other.id })).pseudonym).toBe('P02');
    await expect(t.call('participants.create', { realName: 'Jo Park', pseudonym: 'José' })).resolves.toBeTruthy();
    // Pseudonyms are unique however they are accented or cased.
    await expect(t.call('participants.create', { realName: 'Zoe Hart', pseudonym: 'JOSE' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { pseudonym: 'Pseudonyms must be unique.' },
    });
  });

  it('refuses a pseudonym equal to a company’s name or alias', async () => {
    await t.call('companies.create', { name: 'Northwind', aliases: ['NW Traders'] });
    await expect(t.call('participants.create', { pseudonym: 'northwind' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.call('participants.create', { pseudonym: 'NW Traders' })).rejects.toThrow(
      /alias of the company Northwind/,
    );
  });

  it('refuses, on the other side, a name or alias that is someone’s pseudonym — and changes nothing', async () => {
    const kept = await t.call('participants.create', { realName: 'Avery Stone', pseudonym: 'Robin' });
    await expect(t.call('participants.create', { realName: 'Robin Hale' })).rejects.toThrow(
      /“Robin” cannot be used: “Robin” is the pseudonym of Avery Stone\. Change that pseudonym first/,
    );
    const p = await t.call('participants.create', { realName: 'Kim Hale' });
    const err = await t
      .call('participants.update', { id: p.id, patch: { aliases: ['robin'] } })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'CONFLICT',
      fields: { aliases: expect.stringMatching(/The alias “robin” cannot be used/) },
    });
    await expect(t.call('companies.create', { name: 'Robin' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.call('companies.create', { name: 'Hale Ltd', aliases: ['ROBIN'] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await list()).map((x) => [x.realName, x.aliases])).toEqual(
      [
        ['Kim Hale', []],
        ['Avery Stone', []],
      ].sort((a, b) => (a[0]! < b[0]! ? 1 : -1)),
    );
    expect(await t.call('companies.list')).toEqual([]);
    expect(kept.pseudonym).toBe('Robin');
  });

  it('refuses to import a speaker whose label is someone’s pseudonym as a new participant, naming the speaker', async () => {
    await t.call('participants.create', { realName: 'Avery Stone', pseudonym: 'Robin' });
    const staged = await stageVtt([
      ['Maya Chen', 'How do you close the month?'],
      ['Robin Hale', 'With a spreadsheet.'],
    ]);
    await expect(
      t.call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'new', title: 'Call' },
        speakers: [
          { label: 'Maya Chen', role: 'interviewer' },
          { label: 'Robin Hale', role: 'participant', participantId: null, createParticipant: true },
        ],
      }),
    ).rejects.toThrow(/Speaker “Robin Hale”: .*“Robin” is the pseudonym of Avery Stone/);
    expect(await list()).toHaveLength(1);
    expect(await t.call('interviews.list')).toEqual([]);
  });

  it('keeps the interviewer out of the participants and maps a label equal to a real name to that person', async () => {
    await t.call('participants.create', { realName: 'Dana Whitfield' });
    const staged = await stageVtt([
      ['Maya', 'Hi?'],
      ['Dana Whitfield', 'Hello.'],
    ]);
    expect(staged.speakers.find((s) => s.label === 'Dana Whitfield')!.suggestion.participantId).not.toBeNull();
  });
});

describe('pseudonymised exports attribute every quote to its own participant', () => {
  it('names nobody and labels each quote with its speaker’s pseudonym (CSV and persona Markdown)', async () => {
    // Under the old generator the first speaker became "Avery" (her own given name) and "Dana" someone else.
    const tr = await importTurns(t, 'Call with Avery and Dana', [
      { speaker: 'Maya Chen', text: 'How is month-end?' },
      { speaker: 'Avery Stone', text: 'Slow. Dana does the reconciliation.' },
      { speaker: 'Maya Chen', text: 'And for you?' },
      { speaker: 'Dana Whitfield', text: 'Avery is right, it takes four days.' },
    ]);
    const people = await list();
    const pseudonymOf = (name: string) => people.find((p) => p.realName === name)!.pseudonym;
    const tag = (await t.call('tags.list')).find((x) => x.kind === 'pain_point')!;
    const quotes: Quote[] = [];
    for (const i of [1, 3]) {
      const turn = tr.turns[i]!;
      quotes.push(
        await t.call('quotes.create', {
          interviewId: tr.interviewId,
          start: { turnId: turn.id, offset: 0 },
          end: { turnId: turn.id, offset: turn.text.length },
          tagIds: [tag.id],
        }),
      );
    }
    const { csv } = await t.call('exports.evidenceCsv', { pseudonymise: true });
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r['participant'], r['quote']])).toEqual([
      [pseudonymOf('Avery Stone'), `Slow. ${pseudonymOf('Dana Whitfield')} does the reconciliation.`],
      [pseudonymOf('Dana Whitfield'), `${pseudonymOf('Avery Stone')} is right, it takes four days.`],
    ]);
    expect(rows[0]!['interview']).toBe(`Call with ${pseudonymOf('Avery Stone')} and ${pseudonymOf('Dana Whitfield')}`);
    expect(csv).not.toMatch(/Avery|Dana|Stone|Whitfield|Maya|Chen/);

    let persona = await t.call('personas.create', {
      name: 'Closer',
      membership: { participantIds: people.map((p) => p.id) },
    });
    persona = await t.call('attributes.add', {
      personaId: persona.id,
      section: 'pain_points',
      statement: 'Close is slow',
      quoteIds: quotes.map((q) => q.id),
    });
    const md = await t.call('exports.persona', { id: persona.id, format: 'md', pseudonymise: true });
    expect(md.content).not.toMatch(/Avery|Dana|Stone|Whitfield|Maya|Chen/);
    expect(md.content).toContain(`Slow. ${pseudonymOf('Dana Whitfield')} does the reconciliation.`);
    const avery = pseudonymOf('Avery Stone');
    const dana = pseudonymOf('Dana Whitfield');
    expect(md.content).toContain(`“Slow. ${dana} does the reconciliation.” — ${avery}, Call with ${avery} and ${dana}`);
    expect(md.content).toContain(`“${avery} is right, it takes four days.” — ${dana}, Call with ${avery} and ${dana}`);
  });
});
