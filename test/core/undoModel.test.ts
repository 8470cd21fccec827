/**
 * Model-based property test: random sequences of coding actions, then undo all, give back the
 * starting state exactly; redo all gives the end state. Rows are compared whole, and the full-text
 * indexes must stay consistent throughout. A document import among the actions covers the bulk change
 * (turns named by id in the step, kept for redo only while undone).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAG_KINDS } from '../../shared/domain/tag';
import { makeCore, WireFailure, type TestCore } from '../support/core';
import { importTurns } from '../support/study';

const NAMES = ['Slow export', 'Manual fixes', 'Trust', 'Budget', 'Onboarding', 'Champion'];

const action = fc.oneof(
  fc.record({ op: fc.constant('createTag' as const), name: fc.nat(), kind: fc.nat() }),
  fc.record({
    op: fc.constant('createQuote' as const),
    turn: fc.nat(),
    a: fc.nat(),
    b: fc.nat(),
    tag: fc.option(fc.nat(), { nil: null }),
  }),
  fc.record({
    op: fc.constant('apply' as const),
    quote: fc.nat(),
    tag: fc.nat(),
    intensity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  }),
  fc.record({ op: fc.constant('remove' as const), quote: fc.nat(), tag: fc.nat() }),
  fc.record({ op: fc.constant('deleteQuote' as const), quote: fc.nat() }),
  fc.record({ op: fc.constant('resize' as const), quote: fc.nat(), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('star' as const), quote: fc.nat(), on: fc.boolean() }),
  fc.record({ op: fc.constant('rename' as const), tag: fc.nat(), name: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('archive' as const), tag: fc.nat(), on: fc.boolean() }),
  fc.record({
    op: fc.constant('pin' as const),
    tag: fc.nat(),
    slot: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  }),
  fc.record({
    op: fc.constant('editTurn' as const),
    turn: fc.nat(),
    at: fc.nat(),
    insert: fc.constantFrom('NEW ', '😀', 'é', ''),
    cut: fc.nat({ max: 8 }),
  }),
  fc.record({ op: fc.constant('newTag' as const), quote: fc.nat(), name: fc.nat() }),
  fc.record({ op: fc.constant('stance' as const), quote: fc.nat(), tag: fc.nat(), against: fc.boolean() }),
  fc.record({ op: fc.constant('importDocument' as const), rows: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    op: fc.constant('mapSpeaker' as const),
    speaker: fc.nat(),
    role: fc.constantFrom('interviewer', 'participant', 'other'),
    who: fc.option(fc.nat(), { nil: null }),
  }),
);

function snapshot(t: TestCore) {
  const db = t.core.session.context().db;
  const all = (table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
  for (const fts of ['quotes_fts', 'transcript_fts'])
    db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run();
  // The materialised evidence table must always equal the rule it materialises.
  expect(db.prepare('SELECT * FROM evidence ORDER BY coding_id').all()).toEqual(
    db.prepare('SELECT * FROM evidence_source ORDER BY coding_id').all(),
  );
  // So must each quote's tag count (the library's "most coded" order), through every undo and redo.
  expect(
    db
      .prepare('SELECT id FROM quotes q WHERE coding_count <> (SELECT count(*) FROM codings c WHERE c.quote_id = q.id)')
      .all(),
  ).toEqual([]);
  return {
    tags: all('tags'),
    quotes: all('quotes'),
    codings: all('codings'),
    turns: all('transcript_segments'),
    speakers: all('speakers'),
    interviews: all('interviews'),
    transcripts: all('transcripts'),
    participants: all('participants'),
    companies: all('companies'),
    links: db.prepare('SELECT * FROM interview_participants ORDER BY interview_id, participant_id').all(),
  };
}

async function perform(
  t: TestCore,
  a: typeof action extends fc.Arbitrary<infer A> ? A : never,
  interviewId = 0,
): Promise<void> {
  const tags = await t.call('tags.list');
  const interview = interviewId || (await t.call('interviews.list'))[0]!.id;
  const quotes = await t.call('quotes.forInterview', { interviewId: interview });
  const tr = (await t.call('transcripts.get', {
    interviewId: interview,
  }))!;
  const pickTag = (n: number) => tags[n % tags.length]!;
  const pickQuote = (n: number) => quotes[n % Math.max(1, quotes.length)];
  const pos = (turn: number, n: number) => {
    const seg = tr.turns[turn % tr.turns.length]!;
    return { turnId: seg.id, offset: n % (seg.text.length + 1) };
  };
  switch (a.op) {
    case 'createTag':
      return void (await t.call('tags.create', {
        name: `${NAMES[a.name % NAMES.length]} ${a.name % 7}`,
        kind: TAG_KINDS[a.kind % TAG_KINDS.length],
      }));
    case 'createQuote':
      return void (await t.call('quotes.create', {
        interviewId: interview,
        start: pos(a.turn, a.a),
        end: pos(a.turn + (a.b % 2), a.b),
        tagIds: a.tag === null ? [] : [pickTag(a.tag).id],
      }));
    case 'apply': {
      const q = pickQuote(a.quote);
      if (q) await t.call('codings.apply', { quoteId: q.id, tagId: pickTag(a.tag).id, intensity: a.intensity });
      return;
    }
    case 'remove': {
      const q = pickQuote(a.quote);
      if (q && q.codings.length)
        await t.call('codings.remove', { quoteId: q.id, tagId: q.codings[a.tag % q.codings.length]!.tagId });
      return;
    }
    case 'deleteQuote': {
      const q = pickQuote(a.quote);
      if (q) await t.call('quotes.delete', { id: q.id });
      return;
    }
    case 'resize': {
      const q = pickQuote(a.quote);
      if (q) await t.call('quotes.resize', { id: q.id, start: pos(a.a, a.a), end: pos(a.a, a.b) });
      return;
    }
    case 'star': {
      const q = pickQuote(a.quote);
      if (q) await t.call('quotes.update', { id: q.id, patch: { starred: a.on } });
      return;
    }
    case 'rename':
      return void (await t.call('tags.update', {
        id: pickTag(a.tag).id,
        patch: { name: `${NAMES[a.name % NAMES.length]}!` },
      }));
    case 'merge':
      return void (await t.call('tags.merge', { sourceId: pickTag(a.a).id, targetId: pickTag(a.b).id }));
    case 'archive':
      return void (await t.call('tags.archive', { id: pickTag(a.tag).id, archived: a.on }));
    case 'pin':
      return void (await t.call('tags.pin', { id: pickTag(a.tag).id, slot: a.slot }));
    case 'editTurn': {
      const seg = tr.turns[a.turn % tr.turns.length]!;
      const at = a.at % (seg.text.length + 1);
      const text = seg.text.slice(0, at) + a.insert + seg.text.slice(at + a.cut);
      return void (await t.call('transcripts.editTurn', { turnId: seg.id, text }));
    }
    case 'newTag': {
      const q = pickQuote(a.quote);
      if (q)
        await t.call('codings.applyNewTag', {
          quoteId: q.id,
          name: `New ${NAMES[a.name % NAMES.length]}`,
          kind: 'theme',
        });
      return;
    }
    case 'stance': {
      const q = pickQuote(a.quote);
      if (q && q.codings.length)
        await t.call('codings.setStance', {
          quoteId: q.id,
          tagId: q.codings[a.tag % q.codings.length]!.tagId,
          stance: a.against ? 'contradicts' : 'supports',
        });
      return;
    }
    case 'importDocument': {
      // A bulk change (its turns named by id, not copied) between ordinary steps: a known writer, a
      // new one with a company, and a row naming nobody.
      const lines = ['Date,Who,Email,Company,Text', '2026-03-02,Tom,,,The export 😀 failed again.'];
      lines.push(
        '2026-03-03,Ana Souza,ana@fjord.no,Fjord,"Invoices, again: wrong VAT."',
        '03/04/2026,,,,Café data is mangled.',
      );
      lines.push('2026-03-05,Ana Souza,ana@fjord.no,Fjord,Still slow.');
      const csv = lines.slice(0, a.rows + 1).join('\r\n') + '\r\n';
      const staged = await t.call('documents.stageFile', {
        fileName: 'tickets.csv',
        dataBase64: Buffer.from(csv).toString('base64'),
      });
      return void (await t.call('documents.commit', {
        stagingId: staged.stagingId,
        mapping: { text: 'Text', date: 'Date', participant: 'Who', email: 'Email', company: 'Company' },
        sourceKind: 'support_tickets',
      }));
    }
    case 'mapSpeaker': {
      const people = await t.call('participants.list');
      const speaker = tr.speakers[a.speaker % tr.speakers.length]!;
      const participantId = a.who === null || a.role !== 'participant' ? null : people[a.who % people.length]!.id;
      return void (await t.call('transcripts.mapSpeaker', { speakerId: speaker.id, role: a.role, participantId }));
    }
  }
}

describe('undo model', () => {
  it('undo all returns to the start; redo all returns to the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        const t = await makeCore();
        try {
          await importTurns(t, 'Model', [
            { speaker: 'Maya', text: 'Tell me about month end?' },
            { speaker: 'Tom', text: 'The export 😀 takes four hours, café data is mangled.' },
            { speaker: 'Maya', text: 'And then?' },
            { speaker: 'Tom', text: 'We fix it by hand, every time, by hand.' },
          ]);
          await t.call('participants.create', { realName: 'Cy Young' });
          const start = snapshot(t);
          let done = 0;
          for (const a of actions) {
            const before = JSON.stringify(snapshot(t));
            try {
              await perform(t, a);
            } catch (err) {
              // A refused action (duplicate name, empty selection…) must change nothing.
              if (!(err instanceof WireFailure) || err.code === 'INTERNAL') throw err;
              expect(JSON.stringify(snapshot(t))).toBe(before);
              continue;
            }
            if (JSON.stringify(snapshot(t)) !== before) done++;
          }
          const end = snapshot(t);
          let undone = 0;
          while ((await t.call('history.state')).canUndo) {
            await t.call('history.undo');
            undone++;
          }
          expect(undone).toBeGreaterThanOrEqual(done);
          expect(snapshot(t)).toEqual(start);
          while ((await t.call('history.state')).canRedo) await t.call('history.redo');
          expect(snapshot(t)).toEqual(end);
        } finally {
          t.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
