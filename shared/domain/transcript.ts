/** Transcripts as stored and read: speakers mapped to people, and speaker turns with timings. */
import { z } from 'zod';
import { EpochMs, Id } from './common';
import { CueTimesSchema } from './cueTimes';
import { INTERVIEW_STATUSES, RESEARCH_METHODS } from './framework';

export const TRANSCRIPT_FORMATS = ['webvtt', 'srt', 'text', 'markdown', 'docx'] as const;
export const SPEAKER_ROLES = ['participant', 'interviewer', 'other'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

export const FORMAT_LABELS: Record<(typeof TRANSCRIPT_FORMATS)[number], string> = {
  webvtt: 'WebVTT captions',
  srt: 'SubRip captions (SRT)',
  text: 'Plain text',
  markdown: 'Markdown',
  docx: 'Word document (DOCX)',
};

export const FLAVOUR_LABELS: Record<string, string> = {
  zoom: 'Zoom transcript',
  'zoom-captions': 'Zoom captions',
  teams: 'Microsoft Teams',
  meet: 'Google Meet',
  youtube: 'YouTube captions',
  otter: 'Otter.ai',
};

export const SpeakerSuggestion = z.object({
  role: z.enum(SPEAKER_ROLES),
  participantId: Id.nullable(),
  /** Why the suggestion was made, for the mapping screen ("same name as participant Avery"). */
  reason: z.string(),
});

export const StagedSpeaker = z.object({
  label: z.string().nullable(),
  turnCount: z.number().int().nonnegative(),
  talkMs: z.number().nonnegative(),
  suggestion: SpeakerSuggestion,
});
export type StagedSpeaker = z.infer<typeof StagedSpeaker>;

/** A transcript already in the project with exactly the same file content (same SHA-256). */
export const DuplicateOf = z.object({
  interviewId: Id,
  interviewTitle: z.string(),
  sourceName: z.string(),
  importedAt: EpochMs,
});
export type DuplicateOf = z.infer<typeof DuplicateOf>;

/** What the preview screen shows before anything is stored. */
export const StagedTranscript = z.object({
  stagingId: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  format: z.enum(TRANSCRIPT_FORMATS),
  flavour: z.string().nullable(),
  encoding: z.string(),
  turnCount: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative().nullable(),
  warnings: z.array(z.string()),
  preview: z.array(z.string()),
  speakers: z.array(StagedSpeaker),
  /** Title and header paragraphs before the first speaker: shown in the reader, never a turn. */
  preface: z.string(),
  /** SHA-256 of the file's bytes, hex. */
  contentSha256: z.string(),
  /** Transcripts of this project imported from the same content; committing one again needs `importDuplicate`. */
  duplicates: z.array(DuplicateOf),
});
export type StagedTranscript = z.infer<typeof StagedTranscript>;

export const SpeakerMapping = z.object({
  label: z.string().nullable(),
  role: z.enum(SPEAKER_ROLES),
  /** An existing participant; with role 'participant' and null, `createParticipant` decides. */
  participantId: Id.nullable().default(null),
  /** Create a new participant for this speaker (real name = the label, a pseudonym generated). */
  createParticipant: z.boolean().default(false),
});
export type SpeakerMapping = z.input<typeof SpeakerMapping>;

export const ImportTarget = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('new'),
    title: z.string().trim().max(200).optional(),
    date: EpochMs.nullable().optional(),
    method: z.enum(RESEARCH_METHODS).optional(),
    interviewer: z.string().trim().max(200).optional(),
  }),
  z.object({ kind: z.literal('existing'), interviewId: Id, replace: z.boolean().default(false) }),
]);

export const CommitResult = z.object({
  interviewId: Id,
  turnCount: z.number().int().nonnegative(),
  quotesReanchored: z.number().int().nonnegative(),
  quotesFlagged: z.number().int().nonnegative(),
  participantsCreated: z.array(Id),
});
export type CommitResult = z.infer<typeof CommitResult>;

export const TranscriptSpeaker = z.object({
  id: Id,
  label: z.string(),
  role: z.enum(SPEAKER_ROLES),
  participantId: Id.nullable(),
  participantPseudonym: z.string().nullable(),
  countsAsEvidence: z.boolean(),
});
export type TranscriptSpeaker = z.infer<typeof TranscriptSpeaker>;

export const TranscriptTurn = z.object({
  id: Id,
  seq: z.number().int().nonnegative(),
  speakerId: Id.nullable(),
  startMs: z.number().int().nullable(),
  endMs: z.number().int().nullable(),
  text: z.string(),
  /** [offset, ms] for each cue merged into the turn after its first (shared/domain/cueTimes.ts). */
  cues: CueTimesSchema,
  /** A document row's own date (support ticket, review…); null for an interview's turns. */
  datedAt: z.number().int().nullable(),
});
export type TranscriptTurn = z.infer<typeof TranscriptTurn>;

export const Transcript = z.object({
  id: Id,
  interviewId: Id,
  interviewStatus: z.enum(INTERVIEW_STATUSES),
  sourceName: z.string(),
  format: z.string(),
  encoding: z.string(),
  durationMs: z.number().int().nullable(),
  revision: z.number().int(),
  importedAt: EpochMs,
  /** Title and header paragraphs before the first speaker (not speech, never evidence); "" when none. */
  preface: z.string(),
  speakers: z.array(TranscriptSpeaker),
  turns: z.array(TranscriptTurn),
});
export type Transcript = z.infer<typeof Transcript>;

/** Label used for turns whose file named no speaker. */
export const UNKNOWN_SPEAKER_LABEL = 'Unknown speaker';
