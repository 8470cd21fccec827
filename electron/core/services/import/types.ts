/** The shapes the transcript importer hands to storage, UI and CLI. */

export type TranscriptFormat = 'webvtt' | 'srt' | 'text' | 'markdown' | 'docx';

/**
 * The tool that most likely produced the file, when the content says so. It is a hint for the
 * UI ("looks like a Zoom transcript"), never a promise: detection rules are in detect docs and
 * in each format's flavour function.
 */
export type TranscriptFlavour =
  | 'zoom' // Zoom cloud-recording transcript: numbered cues, `Name: text`
  | 'zoom-captions' // Zoom closed captions (numbered cues, no speakers) or saved captions `[Name] 10:02:33`
  | 'teams' // Microsoft Teams: `<v Name>` voice spans, GUID cue ids, or the Word export
  | 'meet' // Google Meet transcript document: `Name: text` with standalone `00:05:00` marks
  | 'youtube' // YouTube-style captions, rolling lines de-duplicated
  | 'otter'; // Otter.ai export: `Name  0:03` header lines followed by text

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Turn {
  /** The speaker's label as the file names them; null when the file does not say who spoke. */
  speaker: string | null;
  /** Milliseconds from the start of the recording, when the file gives timings. */
  startMs: number | null;
  endMs: number | null;
  /** Clean text. Paragraphs inside one turn are separated by a blank line ("\n\n"). */
  text: string;
  /**
   * For each cue merged into the turn after its first: [offset in `text` where the cue's words begin,
   * the cue's start ms]. Absent when the turn is one cue or the file has no timings.
   */
  cues?: [number, number][];
}

export interface SpeakerSummary {
  /** null is the "unknown speaker" bucket; it is listed only when such turns exist. */
  label: string | null;
  turnCount: number;
  /**
   * Milliseconds of talk. A turn with a start and end counts end - start; a turn with only a
   * start (Otter, `[00:01:02] Name:` text) counts up to the next turn's start, capped at 5 s plus
   * 1 s per word so a pause is not counted as talk. Turns without timings add nothing.
   */
  talkMs: number;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  flavour?: TranscriptFlavour;
  encoding: TextEncoding;
  turns: Turn[];
  speakers: SpeakerSummary[];
  /** End of the last timed turn (ms), or null when the file has no end times. */
  durationMs: number | null;
  /** Researcher-readable notes about what was skipped or guessed, with line numbers. */
  warnings: string[];
  /** The first few lines of the decoded text, for a confirmation screen. */
  preview: string[];
  /**
   * Title and header paragraphs before the first speaker of a document (not speech): kept for the
   * reader, never a turn, never evidence. Paragraphs separated by a blank line; "" when none.
   */
  preface: string;
}

export interface ParseOptions {
  /** Refuse inputs longer than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Checked between stages; an aborted parse rejects with AppError('CANCELLED'). */
  signal?: AbortSignal;
  /** Cap on the declared size of a DOCX's non-XML parts, never unpacked (default 200 MB). */
  maxDocxUncompressedBytes?: number;
  /** Cap on a DOCX's XML parts once unpacked, checked while inflating (default 12 MB). */
  maxDocxXmlBytes?: number;
  /** Cap on the tags in a DOCX's XML parts: parsing memory follows the tag count (default 300,000). */
  maxDocxXmlTags?: number;
  /** Cap on lines of text (default 500,000) and on caption cues (default 200,000). */
  maxLines?: number;
  maxCues?: number;
  /** Longest line accepted, in UTF-16 code units (default 1 Mi). */
  maxLineLength?: number;
}

/**
 * One piece of speech before turns are formed: a caption cue, an SRT block, a paragraph.
 * `line` is the 1-based line of the file where it starts, for warnings.
 */
export interface Segment {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
  line?: number;
}

/** What a format parser returns; index.ts adds encoding, speakers, duration and preview. */
export interface FormatResult {
  format: TranscriptFormat;
  flavour?: TranscriptFlavour;
  segments: Segment[];
  warnings: string[];
  /** Paragraphs before the first speaker that are not speech (documents only). */
  preface?: string[];
  /** Why no segment came out, when none did, for the researcher (e.g. every timing unreadable). */
  emptyBecause?: string;
}
