/**
 * One test per data-changing migration: a project is built at the version before it from raw rows
 * (the schema of that time), upgraded by the real runner, and its data checked.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { APPLICATION_ID } from '../../electron/core/db/open';
import { callerFor, tempDir } from '../support/core';

/** The migrations up to and including `version`. */
const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

async function projectAt(version: number): Promise<{ db: Database.Database; file: string }> {
  const file = path.join(tempDir(), `v${version}.groundwork`);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  // By version, not by position: the numbers skip (there is no 0007 or 0008).
  await migrate(db, file, () => 1, upTo(version));
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return { db, file };
}

describe('0003 participant behaviour', () => {
  it('keeps every participant, gives each an empty label, and refuses labels outside the framework', async () => {
    const { db, file } = await projectAt(2);
    db.exec(`INSERT INTO participants (id, guid, pseudonym, real_name, consent, created_at, updated_at) VALUES
      (1, 'p1', 'P01', 'Ada Lovelace', 'written', 1, 1), (2, 'p2', 'P02', 'Bo Li', 'pending', 1, 1)`);
    await migrate(db, file, () => 1, MIGRATIONS.slice(0, 3));
    expect(db.prepare('SELECT id, real_name, behavior FROM participants ORDER BY id').all()).toEqual([
      { id: 1, real_name: 'Ada Lovelace', behavior: '' },
      { id: 2, real_name: 'Bo Li', behavior: '' },
    ]);
    expect(() => db.prepare("UPDATE participants SET behavior = 'vip' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare("UPDATE participants SET behavior = 'at_risk' WHERE id = 1").run();
    db.close();
  });
});

/**
 * A small study in the v3/v4 schema: an interviewer, a mapped participant (Ada), an unmapped speaker,
 * a one-participant interview with a note quote, and a two-participant interview with a note quote.
 */
function fillStudy(db: Database.Database): void {
  db.exec(`
    INSERT INTO companies (id, guid, name, created_at, updated_at) VALUES (1, 'c1', 'Acme Freight Group', 1, 1);
    INSERT INTO participants (id, guid, pseudonym, real_name, company_id, consent, created_at, updated_at) VALUES
      (1, 'p1', 'P01', 'Ada Lovelace', 1, 'written', 1, 1),
      (2, 'p2', 'P02', 'Bo Li', 1, 'written', 1, 1),
      (3, 'p3', 'P03', 'Cy Young', NULL, 'written', 1, 1);
    INSERT INTO interviews (id, guid, title, date, status, created_at, updated_at) VALUES
      (1, 'i1', 'Call with Ada', 100, 'coded', 1, 1),
      (2, 'i2', 'Pair call', 200, 'coded', 1, 1);
    INSERT INTO interview_participants VALUES (1, 1), (2, 2), (2, 3);
    INSERT INTO transcripts (id, guid, interview_id, format, imported_at) VALUES (1, 't1', 1, 'text', 1);
    INSERT INTO speakers (id, transcript_id, label, role, participant_id, counts_as_evidence) VALUES
      (1, 1, 'Interviewer', 'interviewer', NULL, 0),
      (2, 1, 'Ada', 'participant', 1, 1),
      (3, 1, 'Someone', 'participant', NULL, 1);
    INSERT INTO transcript_segments (id, guid, transcript_id, seq, speaker_id, start_ms, text) VALUES
      (1, 's1', 1, 0, 1, 0, 'Why is that?'),
      (2, 's2', 1, 1, 2, 1000, 'Exports are slow.'),
      (3, 's3', 1, 2, 3, 2000, 'Reports are late.');
    INSERT INTO notes (id, guid, interview_id, doc, plain_text, created_at, updated_at) VALUES
      (1, 'n1', 1, '{}', 'hates exports', 1, 1),
      (2, 'n2', 2, '{}', 'both want speed', 1, 1);
    INSERT INTO quotes (id, guid, interview_id, source, start_segment_id, start_offset, end_segment_id, end_offset, note_id, exact_text, created_at, updated_at) VALUES
      (1, 'q1', 1, 'transcript', 1, 0, 1, 12, NULL, 'Why is that?', 1, 1),
      (2, 'q2', 1, 'transcript', 2, 0, 2, 17, NULL, 'Exports are slow.', 1, 1),
      (3, 'q3', 1, 'transcript', 3, 0, 3, 17, NULL, 'Reports are late.', 1, 1),
      (4, 'q4', 1, 'note', NULL, 0, NULL, 0, 1, 'hates exports', 1, 1),
      (5, 'q5', 2, 'note', NULL, 0, NULL, 0, 2, 'both want speed', 1, 1);
    INSERT INTO tags (id, guid, name, kind, created_at, updated_at) VALUES (1, 'tg1', 'Slow exports', 'pain_point', 1, 1);
    INSERT INTO codings (id, guid, quote_id, tag_id, created_at) VALUES
      (1, 'k1', 1, 1, 1), (2, 'k2', 2, 1, 1), (3, 'k3', 3, 1, 1), (4, 'k4', 4, 1, 1), (5, 'k5', 5, 1, 1);
  `);
}

const evidence = (db: Database.Database) =>
  db.prepare('SELECT coding_id, participant_id FROM evidence ORDER BY coding_id').all() as {
    coding_id: number;
    participant_id: number | null;
  }[];

describe('migration 0004 (evidence table)', () => {
  it('fills the table from a v3 project with the rule of its time', async () => {
    const { db, file } = await projectAt(3);
    fillStudy(db);
    await migrate(db, file, () => 2, MIGRATIONS.slice(0, 4));
    // v4 counted Ada, the unmapped speaker and both note quotes (without a participant); never the interviewer.
    expect(evidence(db)).toEqual([
      { coding_id: 2, participant_id: 1 },
      { coding_id: 3, participant_id: null },
      { coding_id: 4, participant_id: null },
      { coding_id: 5, participant_id: null },
    ]);
    db.close();
  });
});

describe('migration 0005 (evidence integrity)', () => {
  it('counts only known participants, attributes single-participant note quotes, and keeps codings as supporting', async () => {
    const { db, file } = await projectAt(4);
    fillStudy(db);
    await migrate(db, file, () => 2, MIGRATIONS.slice(0, 5));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    // The note quote of the one-participant interview is Ada's; the pair call's stays unattributed.
    expect(
      db.prepare('SELECT id, attributed_participant_id AS p FROM quotes WHERE source = ? ORDER BY id').all('note'),
    ).toEqual([
      { id: 4, p: 1 },
      { id: 5, p: null },
    ]);
    // The unmapped speaker and the unattributed note no longer count.
    expect(evidence(db)).toEqual([
      { coding_id: 2, participant_id: 1 },
      { coding_id: 4, participant_id: 1 },
    ]);
    expect(db.prepare('SELECT DISTINCT stance FROM codings').pluck().all()).toEqual(['supports']);
    // The table equals the view it materialises.
    expect(db.prepare('SELECT * FROM evidence ORDER BY coding_id').all()).toEqual(
      db.prepare('SELECT * FROM evidence_source ORDER BY coding_id').all(),
    );
    db.close();
  });

  it('keeps the table in step when a speaker is mapped, a note attributed, a stance changed and a participant deleted', async () => {
    const { db, file } = await projectAt(4);
    fillStudy(db);
    await migrate(db, file, () => 2, MIGRATIONS.slice(0, 5));
    db.prepare('UPDATE speakers SET participant_id = 3 WHERE id = 3').run();
    db.prepare('UPDATE quotes SET attributed_participant_id = 2 WHERE id = 5').run();
    db.prepare("UPDATE codings SET stance = 'contradicts' WHERE id = 2").run();
    const rows = () =>
      db.prepare('SELECT coding_id, participant_id, stance FROM evidence ORDER BY coding_id').all() as {
        coding_id: number;
        participant_id: number;
        stance: string;
      }[];
    expect(rows()).toEqual([
      { coding_id: 2, participant_id: 1, stance: 'contradicts' },
      { coding_id: 3, participant_id: 3, stance: 'supports' },
      { coding_id: 4, participant_id: 1, stance: 'supports' },
      { coding_id: 5, participant_id: 2, stance: 'supports' },
    ]);
    // Deleting a participant unmaps their speaker and un-attributes their notes (ON DELETE SET NULL
    // fires the update triggers), so their evidence goes with them.
    db.prepare('DELETE FROM interview_participants WHERE participant_id = 1').run();
    db.prepare('DELETE FROM participants WHERE id = 1').run();
    expect(rows().map((r) => r.coding_id)).toEqual([3, 5]);
    expect(db.prepare('SELECT * FROM evidence ORDER BY coding_id').all()).toEqual(
      db.prepare('SELECT * FROM evidence_source ORDER BY coding_id').all(),
    );
    db.close();
  });
});

describe('migration 0006 (neutral pseudonyms)', () => {
  it('recodes generated and colliding pseudonyms to the next free codes, keeps the rest, and says so', async () => {
    const { db, file } = await projectAt(5);
    db.exec(`
      INSERT INTO companies (id, guid, name, aliases, created_at, updated_at) VALUES (1, 'c1', 'Acme Freight Group', '[]', 1, 1);
      INSERT INTO participants (id, guid, pseudonym, real_name, aliases, notes, created_at, updated_at) VALUES
        (1, 'p1', 'Avery', 'Dana Whitfield', '[]', '', 1, 1),
        (2, 'p2', 'Dana', 'Avery Stone', '[]', 'Met at the fair.', 1, 1),
        (3, 'p3', 'P07', 'Bo Li', '[]', '', 1, 1),
        (4, 'p4', 'Robin', 'Cy Young', '[]', '', 1, 1),
        (5, 'p5', 'Kim', 'Kim Park', '[]', '', 1, 1),
        (6, 'p6', 'Participant 2', '', '[]', '', 1, 1),
        (7, 'p7', 'Acme', 'Ed Stone', '[]', '', 1, 1),
        (8, 'p8', 'Blake R.', 'Ana Ruiz', '[]', '', 1, 1),
        (9, 'p9', 'Sunny', 'Jo Marsh', '["Ro"]', '', 1, 1),
        (10, 'p10', 'Ro', 'Tess Ode', '[]', '', 1, 1);
    `);
    await migrate(db, file, () => 42);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
    const rows = db.prepare('SELECT id, pseudonym, notes FROM participants ORDER BY id').all() as {
      id: number;
      pseudonym: string;
      notes: string;
    }[];
    expect(rows.map((r) => r.pseudonym)).toEqual([
      'P08',
      'P09',
      'P07',
      'Robin',
      'P10',
      'P11',
      'P12',
      'P13',
      'Sunny',
      'P14',
    ]);
    expect(rows[1]!.notes).toBe('Met at the fair.\nPseudonym was “Dana” until pseudonyms became neutral codes.');
    expect(rows[3]!.notes).toBe('');
    const ops = db
      .prepare("SELECT at, entity_id, payload FROM operations WHERE entity = 'participant' ORDER BY entity_id")
      .all() as {
      at: number;
      entity_id: number;
      payload: string;
    }[];
    expect(ops.map((o) => o.entity_id)).toEqual([1, 2, 5, 6, 7, 8, 10]);
    expect(ops[0]!.at).toBe(42);
    expect(JSON.parse(ops[0]!.payload)).toMatchObject({ before: { pseudonym: 'Avery' }, after: { pseudonym: 'P08' } });
    db.close();
  });
});

describe('migration 0009 (read indexes: operation log)', () => {
  it('keeps every logged row and indexes exactly the undoable ones, which undo and redo then seek', async () => {
    const before = MIGRATIONS.filter((m) => m.version < 9);
    const { db, file } = await projectAt(before[before.length - 1]!.version);
    db.exec(`
      INSERT INTO operations (id, at, action, entity, payload, undoable, undone) VALUES
        (1, 1, 'tag', 'quote', '{"label":"discarded"}', 0, 1),
        (2, 2, 'update', 'interview', '{}', 0, 0),
        (3, 3, 'tag', 'quote', '{"label":"first"}', 1, 0),
        (4, 4, 'tag', 'quote', '{"label":"second"}', 1, 0),
        (5, 5, 'tag', 'quote', '{"label":"undone"}', 1, 1),
        (6, 6, 'undo', 'operation', '{}', 0, 0);`);
    await migrate(
      db,
      file,
      () => 2,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare('SELECT count(*) AS n FROM operations').get()).toEqual({ n: 6 });
    const indexed = db
      .prepare('SELECT id FROM operations INDEXED BY operations_undo WHERE undoable = 1 ORDER BY undone, id')
      .all();
    expect(indexed).toEqual([{ id: 3 }, { id: 4 }, { id: 5 }]);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
    expect(plan('SELECT id FROM operations WHERE undoable = 1 AND undone = 0 ORDER BY id DESC LIMIT 1')).toEqual([
      'SEARCH operations USING COVERING INDEX operations_undo (undone=?)',
    ]);
    expect(db.prepare('SELECT id FROM operations WHERE undoable = 1 AND undone = 1 ORDER BY id LIMIT 1').get()).toEqual(
      { id: 5 },
    );
    db.close();
  });
});

/** Every row of every table, by table, so a test can say a migration kept them all unchanged. */
function everyRow(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  // Sorted in JS: WITHOUT ROWID tables have no rowid to order by.
  const rows = (t: string) =>
    db
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
  return Object.fromEntries(tables.map((t) => [t, rows(t)]));
}

/** A study at `version`: a segment, a company, two participants, a held interview, a persona of the segment. */
async function studyAt(version: number) {
  const { db, file } = await projectAt(version);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.exec(`
    INSERT INTO segments (id, guid, name, created_at, updated_at) VALUES (1, 'sg1', 'Mid-market', 1, 1);
    INSERT INTO companies (id, guid, name, created_at, updated_at) VALUES (1, 'c1', 'Acme', 1, 1);
    INSERT INTO participants (id, guid, pseudonym, company_id, segment_id, consent, created_at, updated_at) VALUES
      (1, 'p1', 'P01', 1, 1, 'written', 1, 1), (2, 'p2', 'P02', NULL, NULL, 'verbal', 1, 1);
    INSERT INTO interviews (id, guid, title, date, status, created_at, updated_at) VALUES
      (1, 'i1', 'Call with P01', ${Date.UTC(2025, 9, 1)}, 'conducted', 1, 1);
    INSERT INTO interview_participants (interview_id, participant_id) VALUES (1, 1);
    INSERT INTO personas (id, guid, kind, name, membership, last_reviewed_at, created_at, updated_at) VALUES
      (1, 'pe1', 'buyer', 'Finance lead', '{"segmentIds":[1],"participantIds":[]}', ${Date.UTC(2025, 6, 1)}, 1, 1);
    INSERT INTO persona_members (persona_id, participant_id) VALUES (1, 1);`);
  return { db, file };
}

describe('migration 0015 (merge bases)', () => {
  it('adds the merge bases of a v14 study, empty; a base goes with the merge step that wrote it', async () => {
    const { db, file } = await studyAt(14);
    const before = everyRow(db);
    await migrate(db, file, () => 3, upTo(15));
    expect(db.pragma('user_version', { simple: true })).toBe(15);
    const after = everyRow(db);
    expect(after.merge_bases).toEqual([]);
    delete after.merge_bases;
    expect(after).toEqual(before);
    db.exec(`INSERT INTO operations (id, at, action, entity, payload, undoable) VALUES (1, 1, 'merge', 'project', '{}', 1);
      INSERT INTO merge_bases (guid, peer_guid, operation_id, fingerprints, created_at) VALUES ('g1', 'p', 1, '{}', 1), ('g2', 'p', NULL, '{}', 1);`);
    expect(() =>
      db.exec(
        "INSERT INTO merge_bases (guid, peer_guid, operation_id, fingerprints, created_at) VALUES ('g3', 'p', NULL, 'not json', 1)",
      ),
    ).toThrow(/CHECK/);
    db.pragma('foreign_keys = ON');
    db.exec('DELETE FROM operations WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM merge_bases').pluck().get()).toBe(1);
    db.close();
  });
});

describe('migration 0001 (initial schema)', () => {
  it('turns an empty file into a project whose tables, keys and full-text index work together', async () => {
    const { db } = await projectAt(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    await migrate(db, ':memory:', () => 1, upTo(1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.exec(`
      INSERT INTO interviews (id, guid, title, created_at, updated_at) VALUES (1, 'i', 'Call', 0, 0);
      INSERT INTO transcripts (id, guid, interview_id, format, imported_at) VALUES (1, 't', 1, 'text', 0);
      INSERT INTO speakers (id, transcript_id, label) VALUES (1, 1, 'Tom');
      INSERT INTO transcript_segments (id, guid, transcript_id, seq, speaker_id, text)
        VALUES (1, 's1', 1, 0, 1, 'The export takes four hours');`);
    // The full-text index follows the turns through its triggers.
    expect(db.prepare("SELECT rowid FROM transcript_fts WHERE transcript_fts MATCH 'export'").pluck().all()).toEqual([
      1,
    ]);
    // Keys hold: a turn of a missing transcript is refused; deleting the interview takes its transcript along.
    expect(() =>
      db.exec("INSERT INTO transcript_segments (guid, transcript_id, seq, text) VALUES ('s2', 99, 1, 'x')"),
    ).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM interviews WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM transcript_segments').pluck().get()).toBe(0);
    db.close();
  });
});

describe('migration 0010 (research plan)', () => {
  it('keeps every row of a v9 study and adds plan targets that follow their persona or segment', async () => {
    const { db, file } = await studyAt(9);
    const before = everyRow(db);
    await migrate(db, file, () => 2, upTo(10));
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    const after = everyRow(db);
    expect(after.plan_targets).toEqual([]);
    delete after.plan_targets;
    expect(after).toEqual(before);

    const add = db.prepare(
      'INSERT INTO plan_targets (persona_id, segment_id, method, target_min, target_max, budget_weeks, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 2, 2)',
    );
    add.run(null, null, 'customer_interview', 10, 20, 6);
    add.run(1, null, 'customer_interview', 5, 8, null);
    add.run(null, 1, 'customer_interview', 3, null, null);
    // One target per method and scope, the study's included (no persona and no segment counts as one scope).
    expect(() => add.run(null, null, 'customer_interview', 1, 2, null)).toThrow(/UNIQUE/);
    expect(() => add.run(1, 1, 'survey', 1, 2, null)).toThrow(/CHECK/);
    expect(() => add.run(null, null, 'survey', 5, 4, null)).toThrow(/CHECK/);
    expect(() => add.run(null, null, 'focus_group', 1, 2, null)).toThrow(/CHECK/);
    db.exec('DELETE FROM personas WHERE id = 1; DELETE FROM segments WHERE id = 1');
    expect(db.prepare('SELECT persona_id, segment_id, target_min FROM plan_targets').all()).toEqual([
      { persona_id: null, segment_id: null, target_min: 10 },
    ]);
    // The participant in the deleted segment stays, in no segment.
    expect(db.prepare('SELECT segment_id FROM participants WHERE id = 1').pluck().get()).toBeNull();
    db.close();
  });
});

describe('migration 0011 (persona reviews)', () => {
  it('keeps every row of a v10 study; its persona starts with no review and can be reviewed', async () => {
    const { db, file } = await studyAt(10);
    db.exec(
      "INSERT INTO plan_targets (persona_id, method, target_min, target_max, created_at, updated_at) VALUES (1, 'customer_interview', 5, 8, 1, 1)",
    );
    const before = everyRow(db);
    await migrate(db, file, () => 3, upTo(11));
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    const after = everyRow(db);
    expect(after.persona_reviews).toEqual([]);
    delete after.persona_reviews;
    expect(after).toEqual(before);
    expect(() =>
      db.exec("INSERT INTO persona_reviews (persona_id, reviewed_at, snapshot) VALUES (1, 3, 'not json')"),
    ).toThrow(/CHECK/);
    db.close();

    // The upgraded file in the real core: the persona was never reviewed with a snapshot, so everything
    // counts as new; marking it reviewed records one, and the next diff starts from it.
    const core = await createCore({ projectPath: file, checkOutputs: true });
    try {
      const { call } = callerFor(core);
      const first = await call('personas.reviewDiff', { id: 1 });
      expect(first).toMatchObject({ last: null, history: [], joined: [{ id: 1, pseudonym: 'P01' }], left: [] });
      expect(first.newInterviews.map((i) => i.id)).toEqual([1]);
      const marked = await call('personas.markReviewed', { id: 1, note: 'Q4 review' });
      expect(marked.last).toMatchObject({ note: 'Q4 review' });
      expect(marked).toMatchObject({ joined: [], newInterviews: [] });
      expect((await call('plans.get', { scope: { kind: 'persona', id: 1 } })).targets).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});

describe('migration 0012 (ICP personas)', () => {
  it('keeps every row of a v11 study; the ICP starts with no persona, links one and loses it with the persona', async () => {
    const { db, file } = await studyAt(11);
    const before = everyRow(db);
    await migrate(db, file, () => 4, upTo(12));
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    const after = everyRow(db);
    expect(after.icp_personas).toEqual([]);
    delete after.icp_personas;
    expect(after).toEqual(before);
    // One row per persona: a second link of the same persona is refused, an unknown persona too.
    db.exec('INSERT INTO icp_personas (persona_id) VALUES (1)');
    expect(() => db.exec('INSERT INTO icp_personas (persona_id) VALUES (1)')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.exec('INSERT INTO icp_personas (persona_id) VALUES (99)')).toThrow(/FOREIGN KEY/);
    db.close();

    // The upgraded file in the real core: the link shows on the profile, and goes with its persona.
    const core = await createCore({ projectPath: file, checkOutputs: true });
    try {
      const { call } = callerFor(core);
      expect((await call('icp.profile')).personas).toEqual([
        { id: 1, kind: 'buyer', name: 'Finance lead', role: '', tier: null },
      ]);
      await call('personas.delete', { id: 1 });
      expect(await call('icp.personas.list')).toEqual([]);
    } finally {
      core.close();
    }
  });
});

describe('migration 0013 (documents: source kinds)', () => {
  it('keeps every row of a coded v12 study as interview evidence and refuses an unknown source kind', async () => {
    const { db, file } = await projectAt(4);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    fillStudy(db);
    await migrate(db, file, () => 2, upTo(12));
    const before = everyRow(db);
    await migrate(db, file, () => 3, upTo(13));
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    const after = everyRow(db);
    // The new columns: every interview is an interview, every turn undated, every evidence row an interview's.
    const strip = (rows: unknown[], column: string, value: unknown) =>
      rows.map((r) => {
        const o = JSON.parse(r as string) as Record<string, unknown>;
        expect(o[column]).toBe(value);
        delete o[column];
        return JSON.stringify(o);
      });
    after.interviews = strip(after.interviews!, 'source_kind', 'interview');
    after.transcript_segments = strip(after.transcript_segments!, 'dated_at', null);
    after.evidence = strip(after.evidence!, 'source_kind', 'interview');
    expect(after).toEqual(before);
    expect(before.evidence!.length).toBeGreaterThan(0);
    // The table still equals the rule it materialises.
    const view = db.prepare('SELECT * FROM evidence_source ORDER BY coding_id').all();
    expect(db.prepare('SELECT * FROM evidence ORDER BY coding_id').all()).toEqual(view);
    expect(() => db.exec("UPDATE interviews SET source_kind = 'podcast' WHERE id = 1")).toThrow(/CHECK/);
    db.exec("UPDATE interviews SET source_kind = 'support_tickets' WHERE id = 2");
    db.close();
  });
});

describe('migration 0014 (coders)', () => {
  it('keeps every row of a v13 study, leaves its rows to the unknown coder, and keeps its undo history seekable', async () => {
    const { db, file } = await studyAt(13);
    db.exec(`
      INSERT INTO tags (id, guid, name, kind, colour, created_at, updated_at) VALUES (1, 't1', 'Slow export', 'pain_point', '#ffc9c9', 1, 1);
      INSERT INTO quotes (id, guid, interview_id, source, exact_text, created_at, updated_at) VALUES (1, 'q1', 1, 'transcript', 'slow', 1, 1);
      INSERT INTO codings (id, guid, quote_id, tag_id, created_at) VALUES (1, 'cd1', 1, 1, 1);
      INSERT INTO operations (id, at, action, entity, payload, undoable, undone) VALUES
        (1, 1, 'tag', 'quote', '{"label":"first"}', 1, 0), (2, 2, 'tag', 'quote', '{"label":"undone"}', 1, 1);`);
    const before = everyRow(db);
    await migrate(db, file, () => 3, upTo(14));
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    const after = everyRow(db);
    expect(after.coders).toEqual([]);
    delete after.coders;
    // Every old row is there, each with a coder_id of NULL (unknown) where the table gained one.
    const withoutCoder = Object.fromEntries(
      Object.entries(after).map(([table, rows]) => [
        table,
        rows.map((r) => {
          const row = JSON.parse(r as string) as Record<string, unknown>;
          if ('coder_id' in row) {
            expect(row.coder_id).toBeNull();
            delete row.coder_id;
          }
          return JSON.stringify(row);
        }),
      ]),
    );
    expect(withoutCoder).toEqual(before);
    for (const table of ['quotes', 'codings', 'citations', 'attributes', 'notes', 'operations']) {
      const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map(
        (c) => c.name,
      );
      expect(cols, table).toContain('coder_id');
    }
    expect(() =>
      db.exec("INSERT INTO coders (guid, name, initials, colour, created_at) VALUES ('c', 'Ada', 'AL', 'red', 1)"),
    ).toThrow(/CHECK/);
    db.exec(
      "INSERT INTO coders (id, guid, name, initials, colour, created_at) VALUES (1, 'c', 'Ada', 'AL', '#1c7ed6', 1)",
    );
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(null) as { detail: string }[]).map((r) => r.detail);
    expect(
      plan(
        'SELECT id, payload FROM operations WHERE undoable = 1 AND coder_id IS ? AND undone = 0 ORDER BY id DESC LIMIT 1',
      ),
    ).toEqual(['SEARCH operations USING INDEX operations_undo (coder_id=? AND undone=?)']);
    db.close();

    // The upgraded file in the real core: the old steps are the unknown coder's to undo.
    const core = await createCore({ projectPath: file, checkOutputs: true });
    try {
      const { call } = callerFor(core);
      expect(await call('history.state')).toMatchObject({ undoLabel: 'first', redoLabel: 'undone' });
      expect((await call('quotes.get', { id: 1 })).coderId).toBeNull();
    } finally {
      core.close();
    }
  });
});

describe('one test per migration', () => {
  it('every migration has a describe block here or in migrate.test.ts named after its number', () => {
    const text = ['test/core/migrations.test.ts', 'test/core/migrate.test.ts']
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const tested = new Set([...text.matchAll(/describe\('(?:migration )?(\d{4})\b/g)].map((m) => Number(m[1])));
    expect(MIGRATIONS.map((m) => m.version).filter((v) => !tested.has(v))).toEqual([]);
  });
});

describe('migration 0016 (evidence by company)', () => {
  it('upgrades a v15 project (an index only: its rows stay) and checks a deleted company by seek, not scan', async () => {
    const { db, file } = await projectAt(15);
    const before = everyRow(db);
    await migrate(db, file, () => 1, upTo(16));
    expect(db.pragma('user_version', { simple: true })).toBe(16);
    expect(everyRow(db)).toEqual(before);
    // The foreign key's check when a company is deleted (undoing a document import deletes hundreds).
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT 1 FROM evidence WHERE company_id = ?')
      .all(1)
      .map((r) => (r as { detail: string }).detail);
    expect(plan.join(' ')).toMatch(/USING (COVERING )?INDEX evidence_company/);
    db.close();
  });
});
