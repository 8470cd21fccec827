/** Import storage: stage (nothing stored) → map speakers → commit (one transaction); replace re-anchors quotes. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flatten, quoteTextAt, anchorFromRange } from '../../shared/domain/anchoring';
import type { StagedTranscript } from '../../shared/domain/transcript';
import { makeCore, type TestCore } from '../support/core';

const FIXTURES = path.resolve('test/fixtures/transcripts');
const b64 = (file: string) => fs.readFileSync(path.join(FIXTURES, file)).toString('base64');

let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(() => t.close());

const stage = (file: string, data = b64(file)) => t.call('imports.stageFile', { fileName: file, dataBase64: data });

function mappingFrom(staged: StagedTranscript) {
  return staged.speakers.map((s) => ({
    label: s.label,
    role: s.suggestion.role,
    participantId: s.suggestion.participantId,
    createParticipant: s.suggestion.role === 'participant' && s.suggestion.participantId === null,
  }));
}

describe('staging', () => {
  it('previews a file without storing anything', async () => {
    const before = await t.call('project.counts');
    const staged = await stage('teams.vtt');
    expect(staged).toMatchObject({ format: 'webvtt', flavour: 'teams', encoding: 'utf-8', fileName: 'teams.vtt' });
    expect(staged.turnCount).toBeGreaterThan(0);
    expect(staged.preview.length).toBeGreaterThan(0);
    expect(await t.call('project.counts')).toEqual(before);
  });

  it('suggests the question-asker as interviewer and matches known participants by name', async () => {
    await t.call('participants.create', { realName: 'Tom Okafor', pseudonym: 'Rowan' });
    const staged = await stage('interview.srt');
    const byLabel = Object.fromEntries(staged.speakers.map((s) => [s.label, s.suggestion]));
    expect(byLabel['Maya Chen']?.role).toBe('interviewer');
    expect(byLabel['Tom Okafor']).toMatchObject({ role: 'participant', reason: expect.stringContaining('Rowan') });
  });

  it('refuses a broken file with the parse error and stores nothing', async () => {
    const before = await t.call('project.counts');
    await expect(
      t.call('imports.stageFile', {
        fileName: 'call-3.vtt',
        dataBase64: Buffer.from('WEBVT\n\nnot a caption').toString('base64'),
      }),
    ).rejects.toMatchObject({ code: 'PARSE', message: expect.stringContaining('call-3.vtt') });
    expect(await t.call('project.counts')).toEqual(before);
  });
});

describe('commit', () => {
  it('creates an interview with mapped speakers, linked participants and ordered turns', async () => {
    const staged = await stage('interview.srt');
    const result = await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new', title: 'Invoicing with Tom', date: Date.UTC(2026, 1, 3) },
      speakers: mappingFrom(staged),
    });
    expect(result.turnCount).toBe(staged.turnCount);
    expect(result.participantsCreated).toHaveLength(1);
    const interview = await t.call('interviews.get', { id: result.interviewId });
    expect(interview).toMatchObject({ title: 'Invoicing with Tom', status: 'transcribed', interviewer: 'Maya Chen' });
    expect(interview.participants).toHaveLength(1);
    expect(interview.durationMs).toBe(staged.durationMs);

    const transcript = await t.call('transcripts.get', { interviewId: result.interviewId });
    expect(transcript!.turns.map((x) => x.seq)).toEqual([...transcript!.turns.keys()]);
    const interviewer = transcript!.speakers.find((s) => s.label === 'Maya Chen')!;
    expect(interviewer).toMatchObject({ role: 'interviewer', countsAsEvidence: false, participantId: null });
    const tom = transcript!.speakers.find((s) => s.label === 'Tom Okafor')!;
    expect(tom).toMatchObject({ role: 'participant', countsAsEvidence: true });
    const person = await t.call('participants.get', { id: tom.participantId! });
    expect(person.realName).toBe('Tom Okafor');
    expect(person.pseudonym).not.toBe('Tom Okafor'); // the real name is never the pseudonym
  });

  it('refuses an unknown speaker label or a vanished participant, storing nothing', async () => {
    const staged = await stage('interview.srt');
    const before = await t.call('project.counts');
    await expect(
      t.call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'new' },
        speakers: [{ label: 'Nobody', role: 'other' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      t.call('imports.commit', {
        stagingId: staged.stagingId,
        target: { kind: 'new' },
        speakers: [{ label: 'Tom Okafor', role: 'participant', participantId: 999 }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await t.call('project.counts')).toEqual(before);
  });

  it('says when a preview has expired or was already used', async () => {
    const staged = await stage('interview.srt');
    await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new' },
      speakers: mappingFrom(staged),
    });
    await expect(
      t.call('imports.commit', { stagingId: staged.stagingId, target: { kind: 'new' }, speakers: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/expired/) });
  });

  it('attaches to an existing interview, and refuses to overwrite a transcript unless asked', async () => {
    const interview = await t.call('interviews.create', { title: 'Planned call', status: 'conducted' });
    const a = await stage('interview.srt');
    await t.call('imports.commit', {
      stagingId: a.stagingId,
      target: { kind: 'existing', interviewId: interview.id },
      speakers: mappingFrom(a),
    });
    expect((await t.call('interviews.get', { id: interview.id })).status).toBe('transcribed');
    const b = await stage('teams.vtt');
    await expect(
      t.call('imports.commit', {
        stagingId: b.stagingId,
        target: { kind: 'existing', interviewId: interview.id },
        speakers: mappingFrom(b),
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Replace/) });
  });
});

describe('replacing a transcript', () => {
  it('re-anchors quotes whose words remain and flags those that are gone, never shifting silently', async () => {
    const staged = await stage('interview.srt');
    const { interviewId } = await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new' },
      speakers: mappingFrom(staged),
    });
    const transcript = (await t.call('transcripts.get', { interviewId }))!;
    const flat = flatten(transcript.turns);
    // Two quotes, stored the way the coding workspace stores them.
    const keepWord = transcript.turns[1]!.text.slice(0, 20);
    const keepStart = flat.text.indexOf(keepWord);
    const dropStart = flat.starts[3]!;
    const insert = t.core.session.context().db.prepare(
      `INSERT INTO quotes (guid, interview_id, start_segment_id, start_offset, end_segment_id, end_offset, exact_text, prefix, suffix, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
    );
    for (const [guid, start, len] of [
      ['keep', keepStart, keepWord.length],
      ['drop', dropStart, 15],
    ] as const) {
      const a = anchorFromRange(flat, start, start + len);
      const q = quoteTextAt(flat, start, start + len);
      insert.run(
        guid,
        interviewId,
        a.startTurnId,
        a.startOffset,
        a.endTurnId,
        a.endOffset,
        q.exact,
        q.prefix,
        q.suffix,
      );
    }
    const droppedText = (
      t.core.session.context().db.prepare("SELECT exact_text FROM quotes WHERE guid = 'drop'").get() as {
        exact_text: string;
      }
    ).exact_text;

    // The corrected file: one turn inserted at the top, the fourth turn's words rewritten.
    const original = fs.readFileSync(path.join(FIXTURES, 'interview.srt'), 'utf8');
    const edited =
      '0\n00:00:00,000 --> 00:00:00,900\nMaya Chen: Okay, the recording has started now.\n\n' +
      original.replace(droppedText, 'Completely different words here');
    const b = await t.call('imports.stageFile', {
      fileName: 'interview-v2.srt',
      dataBase64: Buffer.from(edited).toString('base64'),
    });
    const result = await t.call('imports.commit', {
      stagingId: b.stagingId,
      target: { kind: 'existing', interviewId, replace: true },
      speakers: mappingFrom(b),
    });
    expect(result).toMatchObject({ quotesReanchored: 1, quotesFlagged: 1 });

    const rows = t.core.session
      .context()
      .db.prepare(
        'SELECT guid, anchor_status, start_segment_id, start_offset, end_segment_id, end_offset, exact_text FROM quotes ORDER BY guid',
      )
      .all() as {
      guid: string;
      anchor_status: string;
      start_segment_id: number | null;
      start_offset: number;
      end_segment_id: number | null;
      end_offset: number;
      exact_text: string;
    }[];
    const after = (await t.call('transcripts.get', { interviewId }))!;
    const kept = rows.find((r) => r.guid === 'keep')!;
    expect(kept.anchor_status).toBe('ok');
    const seg = after.turns.find((x) => x.id === kept.start_segment_id)!;
    expect(seg.text.slice(kept.start_offset, kept.end_offset)).toBe(kept.exact_text);
    const dropped = rows.find((r) => r.guid === 'drop')!;
    expect(dropped).toMatchObject({ anchor_status: 'flagged', start_segment_id: null, exact_text: droppedText });
    expect(after.revision).toBe(2);
    expect(after.turns[0]!.text).toMatch(/recording has started/); // everything moved down one turn
  });
});

describe('recordings', () => {
  it('stores a recording path relative to the project and refuses what cannot play', async () => {
    const interview = await t.call('interviews.create', { title: 'With audio' });
    const media = path.join(t.dir, 'media', 'call.m4a');
    fs.mkdirSync(path.dirname(media));
    fs.writeFileSync(media, 'fake audio');
    // Paths come from the host (its dialogs, an upload), never from the renderer: host.setMedia.
    const updated = await t.host('host.setMedia', { interviewId: interview.id, path: media });
    expect(updated.mediaPath).toBe('media/call.m4a');
    await expect(
      t.host('host.setMedia', { interviewId: interview.id, path: path.join(t.dir, 'notes.pdf') }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      t.host('host.setMedia', { interviewId: interview.id, path: path.join(t.dir, 'gone.mp3') }),
    ).rejects.toMatchObject({ code: 'IO' });
    expect((await t.call('interviews.get', { id: interview.id })).mediaPath).toBe('media/call.m4a');
    const cleared = await t.call('interviews.clearMedia', { interviewId: interview.id });
    expect(cleared.mediaPath).toBeNull();
  });
});
