/** e2e setup for coding: a transcript imported through the core, as the import dialog would. */
import type { WebHost } from '../../electron/web/host';
import type { StagedTranscript } from '../../shared/domain/transcript';

export const INTERVIEW_VTT = `WEBVTT

1
00:00:01.000 --> 00:00:06.000
<v Chen, Maya>Thanks for joining. Tell me about the last invoice that went wrong.</v>

2
00:00:06.500 --> 00:00:19.000
<v Okafor, Tom>Last Tuesday a carrier billed us detention for four hours, but the gate log says forty minutes. Nobody flagged it until month-end.</v>

3
00:00:19.500 --> 00:00:23.000
<v Chen, Maya>How did you catch it in the end?</v>

4
00:00:23.500 --> 00:00:41.000
<v Okafor, Tom>Honestly, by luck 😅 — I was reconciling the accruals by hand and the spreadsheet didn't match the portal. The reconciliation takes two people a full day every month.</v>

5
00:00:41.500 --> 00:00:45.000
<v Chen, Maya>What would make that easier?</v>

6
00:00:45.500 --> 00:01:02.000
<v Okafor, Tom>If the carrier portal showed gate times next to the charges, I could approve or dispute in one place. Right now I copy numbers between three tools.</v>
`;

async function dispatch<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const envelope = await host.core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Imports a WebVTT file as a new interview; returns the interview id. */
export async function importTranscript(host: WebHost, fileName: string, vtt: string, title: string): Promise<number> {
  const staged = await dispatch<StagedTranscript>(host, 'imports.stageFile', {
    fileName,
    dataBase64: Buffer.from(vtt, 'utf8').toString('base64'),
  });
  const speakers = staged.speakers.map((s) => ({
    label: s.label,
    role: s.suggestion.role,
    participantId: s.suggestion.participantId,
    createParticipant: s.suggestion.role === 'participant' && s.suggestion.participantId === null && s.label !== null,
  }));
  const done = await dispatch<{ interviewId: number }>(host, 'imports.commit', {
    stagingId: staged.stagingId,
    target: { kind: 'new', title, date: Date.UTC(2026, 2, 14, 12) },
    speakers,
  });
  return done.interviewId;
}

interface Turn {
  id: number;
  text: string;
}
interface TagRow {
  id: number;
  name: string;
}

/** Creates a quote over `phrase` in the turn that contains it (through the core), tagged by tag names. */
export async function quotePhrase(
  host: WebHost,
  interviewId: number,
  phrase: string,
  tagNames: string[],
  endPhrase?: string,
): Promise<number> {
  const transcript = await dispatch<{ turns: Turn[] }>(host, 'transcripts.get', { interviewId });
  const tags = await dispatch<TagRow[]>(host, 'tags.list', {});
  const startTurn = transcript.turns.find((t) => t.text.includes(phrase));
  if (!startTurn) throw new Error(`No turn contains "${phrase}"`);
  const last = endPhrase ?? phrase;
  const endTurn = transcript.turns.find((t) => t.text.includes(last))!;
  const start = { turnId: startTurn.id, offset: startTurn.text.indexOf(phrase) };
  const end = { turnId: endTurn.id, offset: endTurn.text.indexOf(last) + last.length };
  const tagIds = tagNames.map((name) => {
    const tag = tags.find((t) => t.name === name);
    if (!tag) throw new Error(`No tag named "${name}"`);
    return tag.id;
  });
  const quote = await dispatch<{ id: number }>(host, 'quotes.create', { interviewId, start, end, tagIds });
  return quote.id;
}

export async function call<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  return dispatch<T>(host, method, input);
}
