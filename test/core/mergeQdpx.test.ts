/**
 * Merging from a .qdpx (issue 18, item 2): the REFI-QDA export of a project merged back into it brings
 * nothing and changes nothing; a colleague's copy exported as .qdpx brings exactly what they added and
 * lists what both changed; merging it twice changes nothing the second time; a transcript that differs
 * leaves the quotes that cannot be placed out, said in the preview; a malformed file changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lcs } from '../../electron/core/services/merge/fromQdpx';
import { refiGuid } from '../../electron/core/services/refi/guid';
import type { MergePreview } from '../../shared/domain/merge';
import { BO, integrityFindings, makePair, readRows, TURNS, type Pair, type Side } from '../support/mergePair';

let p: Pair;

beforeEach(async () => {
  p = await makePair();
});
afterEach(() => p.close());

/** The side's project exported as .qdpx into a file beside it. */
async function exportQdpx(side: Side, name: string): Promise<string> {
  const r = await side.call('refi.export', { kind: 'qdpx', includeRealNames: true });
  const file = path.join(path.dirname(p.a.path), name);
  fs.writeFileSync(file, Buffer.from(r.content, 'base64'));
  return file;
}

const stage = (into: Side, file: string): Promise<MergePreview> => into.host('host.stageMergeFile', { path: file });

/** A's own study: tags of two kinds, coded quotes with a star, a comment, a stance and an intensity, a note. */
async function codeA(): Promise<void> {
  const pain = await p.a.call('tags.create', { name: 'Slow export', kind: 'pain_point' });
  const goal = await p.a.call('tags.create', { name: 'Close faster', kind: 'goal' });
  const q1 = await p.a.call('quotes.create', { ...(await p.span(p.a, 1, 'the export', 'hours')), tagIds: [pain.id] });
  await p.a.call('quotes.update', { id: q1.id, patch: { starred: true, comment: 'Said twice.' } });
  await p.a.call('codings.apply', { quoteId: q1.id, tagId: goal.id, intensity: 3, stance: 'contradicts' });
  await p.a.call('quotes.create', { ...(await p.span(p.a, 3, 'the ERP', 'accents')), tagIds: [pain.id] });
  const interviewId = (await p.span(p.a, 0, 'What', 'end')).interviewId;
  await p.a.call('notes.save', {
    interviewId,
    guideItemId: null,
    doc: JSON.stringify({ root: { children: [], type: 'root', version: 1 } }),
    plainText: 'Tom runs the close alone.',
    baseRevision: null,
  });
  await p.a.call('personas.create', { kind: 'buyer', name: 'Controller Carla' });
}

describe('merge from a .qdpx', () => {
  it('the project’s own export merged back: nothing new, nothing changed', async () => {
    await codeA();
    const file = await exportQdpx(p.a, 'own.qdpx');
    const pv = await stage(p.a, file);
    expect(pv.conflicts.map((c) => [c.label, c.mine.fields, c.theirs.fields])).toEqual([]);
    expect(pv.kinds.filter((k) => k.newTheirs + k.changedTheirs + k.deletedTheirs > 0)).toEqual([]);
    expect(pv.nothingNew).toBe(true);
    expect(pv.base).toBe('none');
    // The persona travels in the file as a note; a merge never carries personas.
    expect(pv.adjustments).toContainEqual(expect.stringContaining('1 note holding personas'));
    const report = await p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] });
    expect(report.nothingNew).toBe(true);
    // No base is recorded for a .qdpx: it names no project to share a history with.
    expect(readRows(p.a.path, 'SELECT count(*) AS n FROM merge_bases WHERE operation_id IS NOT NULL')).toEqual([
      { n: 0 },
    ]);
    expect(integrityFindings(p.a.path)).toEqual([]);
  });

  it('a colleague’s copy exported as .qdpx: exactly their additions come, placed on this project’s turns', async () => {
    await codeA();
    const vendor = await p.b.call('tags.create', { name: 'Vendor lock-in', kind: 'pain_point' });
    const theirs = await p.b.call('quotes.create', {
      ...(await p.span(p.b, 3, 'drops', 'hand')),
      tagIds: [vendor.id],
    });
    await p.b.call('quotes.update', { id: theirs.id, patch: { comment: 'Bo: ERP vendor again.' } });
    const file = await exportQdpx(p.b, 'bo.qdpx');
    const before = snapshotOf(p.a.path);

    const pv = await stage(p.a, file);
    expect(pv.conflicts).toEqual([]);
    const moving = Object.fromEntries(
      pv.kinds.filter((k) => k.newTheirs + k.changedTheirs + k.deletedTheirs > 0).map((k) => [k.kind, k.newTheirs]),
    );
    // Bo comes as a coder: the file names who made each selection and coding.
    expect(moving).toEqual({ coder: 1, tag: 1, quote: 1, coding: 1 });
    // Nothing A has and the file lacks is deleted: two-way, never inferred.
    expect(pv.kinds.every((k) => k.deletedTheirs === 0)).toBe(true);
    expect(snapshotOf(p.a.path)).toEqual(before);

    await p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] });
    const [row] = readRows<{ exact_text: string; comment: string; turn: string; tags: string; coders: string }>(
      p.a.path,
      `SELECT q.exact_text, q.comment, s.guid AS turn,
              (SELECT group_concat(t.name) FROM codings c JOIN tags t ON t.id = c.tag_id WHERE c.quote_id = q.id) AS tags,
              (SELECT qc.name FROM coders qc WHERE qc.id = q.coder_id) || '/' ||
              (SELECT group_concat(cc.name) FROM codings c JOIN coders cc ON cc.id = c.coder_id WHERE c.quote_id = q.id)
                AS coders
         FROM quotes q JOIN transcript_segments s ON s.id = q.start_segment_id WHERE q.guid = ?`,
      // The copy's GUIDs here are not in REFI's form (sequential, for tests): they travel as name-based ones.
      refiGuid(theirs.guid),
    );
    const turnHere = readRows<{ guid: string }>(
      p.a.path,
      'SELECT guid FROM transcript_segments WHERE text = ?',
      TURNS[3]!.text,
    )[0]!.guid;
    expect(row).toEqual({
      exact_text: theirs.exactText,
      comment: 'Bo: ERP vendor again.',
      turn: turnHere,
      tags: 'Vendor lock-in',
      coders: `${BO.name}/${BO.name}`,
    });
    // Everything A had is still as it was (the merge only added).
    const after = snapshotOf(p.a.path);
    for (const [table, rows] of Object.entries(before)) for (const r of rows) expect(after[table]).toContainEqual(r);
    expect(integrityFindings(p.a.path)).toEqual([]);

    // The window sends the file's bytes: told apart from a .groundwork copy by its first bytes.
    const again = await p.a.call('merge.stageFile', {
      fileName: 'bo.qdpx',
      dataBase64: fs.readFileSync(file).toString('base64'),
    });
    expect(again.nothingNew).toBe(true);
    expect(again.conflicts).toEqual([]);
  });

  it('a change made here since the export is a conflict (no common base), settled either way', async () => {
    await codeA();
    const file = await exportQdpx(p.a, 'own.qdpx');
    const [q] = readRows<{ id: number; guid: string }>(
      p.a.path,
      "SELECT id, guid FROM quotes WHERE comment = 'Said twice.'",
    );
    await p.a.call('quotes.update', { id: q!.id, patch: { comment: 'Said three times.', starred: false } });
    const pv = await stage(p.a, file);
    expect(pv.conflicts).toEqual([
      expect.objectContaining({
        id: `quote:${q!.guid}`,
        conflict: 'differs',
        mine: expect.objectContaining({ fields: { Comment: 'Said three times.' } }),
        theirs: expect.objectContaining({ fields: { Comment: 'Said twice.' } }),
      }),
    ]);
    await p.a.call('merge.commit', {
      stagingId: pv.stagingId,
      resolutions: [{ conflictId: pv.conflicts[0]!.id, choice: 'theirs' }],
    });
    // Their comment; this project's star (REFI carries none) stays as it is here.
    expect(readRows(p.a.path, 'SELECT comment, starred FROM quotes WHERE id = ?', q!.id)).toEqual([
      { comment: 'Said twice.', starred: 0 },
    ]);
    expect((await stage(p.a, file)).nothingNew).toBe(true);
  });

  it('quotes on turns this project’s transcript does not have are left out and listed; the rest are placed', async () => {
    const tag = await p.b.call('tags.create', { name: 'Vendor lock-in' });
    const kept = await p.b.call('quotes.create', {
      ...(await p.span(p.b, 1, 'the export', 'hours')),
      tagIds: [tag.id],
    });
    const span = await p.b.call('transcripts.get', { interviewId: (await p.span(p.b, 3, 'the', 'hand')).interviewId });
    await p.b.call('transcripts.editTurn', {
      turnId: span!.turns[3]!.id,
      text: 'Because the ERP export drops every accent.',
    });
    await p.b.call('quotes.create', { ...(await p.span(p.b, 3, 'drops', 'accent')), tagIds: [tag.id] });
    const file = await exportQdpx(p.b, 'bo.qdpx');
    const pv = await stage(p.a, file);
    expect(pv.adjustments).toContainEqual(
      '1 quote of theirs not brought: “Call with Tom” differs from this project’s transcript where they were made (import the file on its own to keep them).',
    );
    expect(pv.kinds.find((k) => k.kind === 'quote')).toMatchObject({ newTheirs: 1 });
    await p.a.call('merge.commit', { stagingId: pv.stagingId, resolutions: [] });
    expect(readRows(p.a.path, 'SELECT guid FROM quotes')).toEqual([{ guid: refiGuid(kept.guid) }]);
    // This project's transcript is kept as it is.
    expect(
      readRows(p.a.path, 'SELECT text FROM transcript_segments ORDER BY seq').map((r) => (r as { text: string }).text),
    ).toEqual(TURNS.map((t) => t.text));
    expect(integrityFindings(p.a.path)).toEqual([]);
  });

  it('a file that is not a REFI-QDA project says so and changes nothing', async () => {
    await codeA();
    const before = snapshotOf(p.a.path);
    const staging = () =>
      fs
        .readdirSync(os.tmpdir())
        .filter((f) => f.startsWith('groundwork-merge-'))
        .sort();
    const folders = staging();
    const dir = path.dirname(p.a.path);
    const broken = path.join(dir, 'broken.qdpx');
    // A zip's first bytes, then nothing a zip reader can use.
    fs.writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const err = (await stage(p.a, broken).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/broken\.qdpx/);
    const codebook = await p.a.call('refi.export', { kind: 'qdc' });
    const qdc = path.join(dir, 'codebook.qdc');
    fs.writeFileSync(qdc, Buffer.from(codebook.content, 'base64'));
    await expect(stage(p.a, qdc)).rejects.toThrow(/codebook\.qdc is a REFI-QDA codebook, not a project/);
    expect(snapshotOf(p.a.path)).toEqual(before);
    // No private folder is left behind.
    expect(staging()).toEqual(folders);
  });
});

/** Every row a merge could touch, by table, for before/after comparisons. */
function snapshotOf(file: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['tags', 'quotes', 'codings', 'notes', 'participants', 'interviews', 'transcript_segments'])
    out[table] = readRows(file, `SELECT * FROM ${table} ORDER BY guid`);
  return out;
}

describe('turns matched by their words (lcs)', () => {
  it('keeps the order, skips a corrected turn and a split one, and matches the rest', () => {
    const here = ['Hello.', 'The export is slow.', 'Why?', 'Because of accents. And dates.', 'Thanks.'];
    const theirs = ['Hello.', 'The export is slow!', 'Why?', 'Because of accents.', 'And dates.', 'Thanks.'];
    expect(lcs(theirs, here)).toEqual([0, -1, 2, -1, -1, 4]);
    expect(lcs(here, here)).toEqual([0, 1, 2, 3, 4]);
    // The same words twice are matched in order, never crossed.
    expect(lcs(['Yes.', 'No.', 'Yes.'], ['Yes.', 'Yes.'])).toEqual([0, -1, 1]);
    expect(lcs([], here)).toEqual([]);
  });
});
