/**
 * The answer-keyed study in test/fixtures/study: ten interviews in six formats, imported through the
 * real import path and coded through the contract, exactly as answer-key.json describes. Its
 * `expected` numbers were counted by hand; tests compare every read that counts against them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Participant } from '../../shared/domain/participant';
import type { Quote } from '../../shared/domain/quote';
import type { Tag, TagKind } from '../../shared/domain/tag';
import type { Transcript } from '../../shared/domain/transcript';
import type { Caller } from './study';

export const STUDY_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'study');

export interface KeyCoding {
  file: string;
  /** A turn's speaker label and the exact words quoted from that turn… */
  speaker?: string;
  text?: string;
  /** …or a note taken during the interview, quoted whole (attributed to `attribute` when given). */
  note?: string;
  attribute?: string;
  tag: string;
  stance: 'supports' | 'contradicts';
  /** Where the quoted words are said (the start of the cue they begin in), counted by hand. */
  atMs?: number;
}
export interface TagKey {
  quotes: number;
  participants: number;
  contradictingQuotes: number;
  contradictingParticipants: number;
  notCounted: number;
  supporters: string[];
  contradictors: string[];
  bySegment: Record<string, { participants: number; quotes: number; contradicting: number }>;
}
export interface AnswerKey {
  interviewer: string;
  segments: string[];
  companies: { name: string; aliases: string[] }[];
  participants: { name: string; company: string; segment: string; email?: string }[];
  interviews: { file: string; title: string; date: string; turns: number; speakers: Record<string, string | null> }[];
  tags: { name: string; kind: TagKind }[];
  codings: KeyCoding[];
  expected: {
    participantsInScope: number;
    tags: Record<string, TagKey>;
    persona: {
      name: string;
      segment: string;
      members: number;
      reach: Record<string, number>;
      contradicted: Record<string, number>;
    };
  };
}

export const KEY = JSON.parse(fs.readFileSync(path.join(STUDY_DIR, 'answer-key.json'), 'utf8')) as AnswerKey;

export interface KeyedStudy {
  tags: Map<string, Tag>;
  /** By real name. */
  participants: Map<string, Participant>;
  segments: Map<string, number>;
  transcripts: Map<string, Transcript>;
  /** The quote made for each of KEY.codings, same order. */
  quotes: Quote[];
}

const EMPTY_DOC = JSON.stringify({
  root: { children: [], type: 'root', version: 1, direction: null, format: '', indent: 0 },
});

export async function buildKeyedStudy(t: Caller): Promise<KeyedStudy> {
  const segments = new Map<string, number>();
  for (const name of KEY.segments)
    segments.set(name, (await t.call('segments.create', { name, approach: 'firmographic' })).id);
  const companies = new Map<string, number>();
  for (const c of KEY.companies) companies.set(c.name, (await t.call('companies.create', { name: c.name })).id);
  const participants = new Map<string, Participant>();
  for (const p of KEY.participants) {
    participants.set(
      p.name,
      await t.call('participants.create', {
        realName: p.name,
        companyId: companies.get(p.company)!,
        segmentId: segments.get(p.segment)!,
        consent: 'written',
      }),
    );
  }

  const transcripts = new Map<string, Transcript>();
  for (const iv of KEY.interviews) {
    const staged = await t.call('imports.stageFile', {
      fileName: iv.file,
      dataBase64: fs.readFileSync(path.join(STUDY_DIR, iv.file)).toString('base64'),
    });
    const labels = staged.speakers.map((s) => s.label).sort();
    const want = [KEY.interviewer, ...Object.keys(iv.speakers)].sort();
    if (JSON.stringify(labels) !== JSON.stringify(want))
      throw new Error(`${iv.file}: the importer found speakers ${labels.join(', ')}, the key says ${want.join(', ')}`);
    const result = await t.call('imports.commit', {
      stagingId: staged.stagingId,
      target: { kind: 'new', title: iv.title, date: Date.parse(`${iv.date}T10:00:00Z`) },
      speakers: staged.speakers.map((s) => {
        if (s.label === KEY.interviewer) return { label: s.label, role: 'interviewer' };
        const who = s.label === null ? null : iv.speakers[s.label];
        return who
          ? { label: s.label, role: 'participant', participantId: participants.get(who)!.id }
          : { label: s.label, role: 'participant', createParticipant: false };
      }),
    });
    transcripts.set(iv.file, (await t.call('transcripts.get', { interviewId: result.interviewId }))!);
  }

  const tags = new Map<string, Tag>();
  for (const tag of KEY.tags) tags.set(tag.name, await t.call('tags.create', tag));

  const quotes: Quote[] = [];
  for (const c of KEY.codings) {
    const tr = transcripts.get(c.file)!;
    const tagId = tags.get(c.tag)!.id;
    let quote: Quote;
    if (c.note !== undefined) {
      const note = await t.call('notes.save', {
        interviewId: tr.interviewId,
        guideItemId: null,
        doc: EMPTY_DOC,
        plainText: c.note,
        baseRevision: null,
      });
      quote = await t.call('quotes.createFromNote', {
        noteId: note.id,
        start: 0,
        end: c.note.length,
        tagIds: [tagId],
        ...(c.attribute ? { participantId: participants.get(c.attribute)!.id } : {}),
      });
      if (c.stance === 'contradicts')
        quote = await t.call('codings.setStance', { quoteId: quote.id, tagId, stance: c.stance });
    } else {
      const speaker = tr.speakers.find((s) => s.label === c.speaker);
      const turns = tr.turns.filter((x) => x.speakerId === speaker?.id && x.text.includes(c.text!));
      if (turns.length !== 1)
        throw new Error(`${c.file}: "${c.text}" by ${c.speaker} is in ${turns.length} turns, not one`);
      const turn = turns[0]!;
      const at = turn.text.indexOf(c.text!);
      quote = await t.call('quotes.create', {
        interviewId: tr.interviewId,
        start: { turnId: turn.id, offset: at },
        end: { turnId: turn.id, offset: at + c.text!.length },
      });
      quote = await t.call('codings.apply', { quoteId: quote.id, tagId, stance: c.stance });
    }
    quotes.push(quote);
  }
  return { tags, participants, segments, transcripts, quotes };
}
