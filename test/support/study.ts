/** Builds small studies through the real contract: interviews with imported transcripts. */
import type { Transcript } from '../../shared/domain/transcript';
/** Anything that calls contract methods and returns values (a TestCore, or a web host's core in e2e). */
export type { Caller } from './core';
import type { Caller } from './core';

export interface Turn {
  speaker: string;
  text: string;
}

/** Writes turns as a plain `Name: text` transcript and imports it; the first speaker is the interviewer. */
export async function importTurns(t: Caller, title: string, turns: Turn[], date?: number): Promise<Transcript> {
  const text = turns.map((x) => `${x.speaker}: ${x.text}`).join('\n\n');
  const staged = await t.call('imports.stageFile', {
    fileName: `${title}.txt`,
    dataBase64: Buffer.from(text, 'utf8').toString('base64'),
  });
  const interviewer = turns[0]!.speaker;
  const result = await t.call('imports.commit', {
    stagingId: staged.stagingId,
    target: { kind: 'new', title, date: date ?? null },
    speakers: staged.speakers.map((s) =>
      s.label === interviewer
        ? { label: s.label, role: 'interviewer' }
        : {
            label: s.label,
            role: 'participant',
            participantId: s.suggestion.participantId,
            createParticipant: s.suggestion.participantId === null,
          },
    ),
  });
  return (await t.call('transcripts.get', { interviewId: result.interviewId }))!;
}

/** A quote's place in turn `i` of `tr`: from the start of `from` to the end of `to` (both in that turn). */
export function turnSpan(tr: Transcript, i: number, from: string, to: string) {
  const turn = tr.turns[i]!;
  return {
    interviewId: tr.interviewId,
    start: { turnId: turn.id, offset: turn.text.indexOf(from) },
    end: { turnId: turn.id, offset: turn.text.indexOf(to) + to.length },
  };
}
