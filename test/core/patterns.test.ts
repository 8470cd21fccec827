/**
 * Co-occurrence and saturation read only what they need from SQL (patterns.ts); these tests hold them
 * to the plain definitions, computed here from every evidence row, over random studies: random dates
 * (some missing), cancelled interviews, contradicting codings, several tags per quote, tag kinds.
 */
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProjectDb } from '../../electron/core/db/open';
import { coOccurrence, saturation } from '../../electron/core/services/synthesis/patterns';
import { EvidenceFilters } from '../../shared/domain/synthesis';
import { TAG_KINDS, type TagKind } from '../../shared/domain/tag';
import { tempDir } from '../support/core';

const Study = fc.record({
  tags: fc.array(fc.constantFrom(...TAG_KINDS.slice(0, 3)), { minLength: 2, maxLength: 8 }),
  interviews: fc.array(
    fc.record({
      date: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      cancelled: fc.boolean(),
      participant: fc.integer({ min: 0, max: 5 }),
      quotes: fc.array(
        fc.array(fc.record({ tag: fc.nat(7), contradicts: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        { maxLength: 5 },
      ),
    }),
    { minLength: 1, maxLength: 10 },
  ),
});
type Study = typeof Study extends fc.Arbitrary<infer T> ? T : never;

async function build(s: Study) {
  const db = await openProjectDb(path.join(tempDir(), 'p.groundwork'), { create: true });
  db.transaction(() => {
    const tagIds = s.tags.map((kind, i) =>
      Number(
        db
          .prepare('INSERT INTO tags (guid, name, kind, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
          .run(`t${i}`, `Tag ${i}`, kind).lastInsertRowid,
      ),
    );
    const people = Array.from({ length: 6 }, (_, i) =>
      Number(
        db
          .prepare(
            "INSERT INTO participants (guid, pseudonym, consent, created_at, updated_at) VALUES (?, ?, 'written', 0, 0)",
          )
          .run(`p${i}`, `P${i}`).lastInsertRowid,
      ),
    );
    let n = 0;
    s.interviews.forEach((iv, k) => {
      const id = Number(
        db
          .prepare(
            'INSERT INTO interviews (guid, title, date, status, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)',
          )
          .run(`i${k}`, `Interview ${k}`, iv.date, iv.cancelled ? 'cancelled' : 'coded').lastInsertRowid,
      );
      db.prepare('INSERT INTO interview_participants VALUES (?, ?)').run(id, people[iv.participant]);
      const tr = Number(
        db
          .prepare("INSERT INTO transcripts (guid, interview_id, format, imported_at) VALUES (?, ?, 'text', 0)")
          .run(`tr${k}`, id).lastInsertRowid,
      );
      const sp = Number(
        db
          .prepare(
            "INSERT INTO speakers (transcript_id, label, role, participant_id) VALUES (?, 'P', 'participant', ?)",
          )
          .run(tr, people[iv.participant]).lastInsertRowid,
      );
      const seg = Number(
        db
          .prepare(
            'INSERT INTO transcript_segments (guid, transcript_id, seq, speaker_id, start_ms, text) VALUES (?, ?, 0, ?, 0, ?)',
          )
          .run(`s${k}`, tr, sp, 'words words').lastInsertRowid,
      );
      for (const codings of iv.quotes) {
        const q = Number(
          db
            .prepare(
              'INSERT INTO quotes (guid, interview_id, start_segment_id, start_offset, end_segment_id, end_offset, exact_text, created_at, updated_at) VALUES (?, ?, ?, 0, ?, 5, ?, ?, 0)',
            )
            .run(`q${++n}`, id, seg, seg, 'words', 100 + n).lastInsertRowid,
        );
        for (const c of codings)
          db.prepare(
            'INSERT OR IGNORE INTO codings (guid, quote_id, tag_id, stance, created_at) VALUES (?, ?, ?, ?, 0)',
          ).run(`c${n}-${c.tag}`, q, tagIds[c.tag % tagIds.length], c.contradicts ? 'contradicts' : 'supports');
      }
    });
  })();
  return db;
}

interface Ev {
  tag_id: number;
  quote_id: number;
  participant_id: number;
  interview_id: number;
  kind: TagKind;
}

/** The definitions, straight from every supporting evidence row. */
function reference(db: Awaited<ReturnType<typeof build>>, scope: 'quote' | 'participant', kind: TagKind | null) {
  const rows = db.prepare("SELECT * FROM evidence WHERE stance = 'supports'").all() as Ev[];
  const groups = new Map<number, Set<number>>();
  for (const r of rows) {
    const key = scope === 'quote' ? r.quote_id : r.participant_id;
    groups.set(key, (groups.get(key) ?? new Set()).add(r.tag_id));
  }
  const pairs = new Map<string, { a: number; b: number; count: number }>();
  for (const g of groups.values()) {
    const ids = [...g].sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const p = pairs.get(`${ids[i]}:${ids[j]}`) ?? { a: ids[i]!, b: ids[j]!, count: 0 };
        p.count++;
        pairs.set(`${ids[i]}:${ids[j]}`, p);
      }
  }
  const co = [...pairs.values()].sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
  const order = db
    .prepare("SELECT id FROM interviews WHERE status <> 'cancelled' ORDER BY date IS NULL, date, id")
    .pluck()
    .all() as number[];
  const seen = new Set<number>();
  const points = order
    .filter((id) => rows.some((r) => r.interview_id === id))
    .map((id) => {
      const fresh = [
        ...new Set(
          rows.filter((r) => r.interview_id === id && (kind === null || r.kind === kind)).map((r) => r.tag_id),
        ),
      ]
        .filter((t) => !seen.has(t))
        .sort((a, b) => a - b);
      fresh.forEach((t) => seen.add(t));
      return { interviewId: id, newTagIds: fresh, cumulative: seen.size };
    });
  return { co, points };
}

describe('co-occurrence and saturation from SQL', () => {
  it('equal the definitions over every evidence row, for random studies', async () => {
    await fc.assert(
      fc.asyncProperty(
        Study,
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.constantFrom(...TAG_KINDS.slice(0, 3)), { nil: null }),
        async (s, limit, kind) => {
          const db = await build(s);
          const f = EvidenceFilters.parse({});
          for (const scope of ['quote', 'participant'] as const) {
            const want = reference(db, scope, kind);
            expect(coOccurrence(db, f, scope, limit).pairs).toEqual(want.co.slice(0, limit));
            const got = saturation(db, f, kind, 2).points;
            expect(
              got.map((p) => ({ interviewId: p.interviewId, newTagIds: p.newTagIds, cumulative: p.cumulative })),
            ).toEqual(want.points);
          }
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});
