/** The import dialog's pure pieces in jsdom: durations, size refusals, base64 in slices, speaker mappings. */
import { describe, expect, it } from 'vitest';
import type { StagedSpeaker } from '../../shared/domain/transcript';
import { readAsBase64, ReadCancelled, sizeProblem, sortFiles } from '../../renderer/src/features/import/files';
import { suggestedChoice, titleFromFileName, toMapping } from '../../renderer/src/features/import/mapping';
import { formatDuration } from '../../renderer/src/ui/duration';

const speaker = (label: string | null, suggestion: StagedSpeaker['suggestion']): StagedSpeaker => ({
  label,
  turnCount: 3,
  talkMs: 1000,
  suggestion,
});

describe('import pieces', () => {
  it('formats durations as 1:02:03, or m:ss under an hour', () => {
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(29_500)).toBe('0:30');
    expect(formatDuration(null)).toBe('');
  });

  it('refuses files over 50 MB by name before reading them, and keeps only transcript extensions', () => {
    expect(sizeProblem('call.vtt', 50 * 1024 * 1024)).toBeNull();
    expect(sizeProblem('huge.txt', 200 * 1024 * 1024)).toBe(
      'huge.txt is 200 MB; transcripts larger than 50 MB cannot be imported.',
    );
    const files = ['a.VTT', 'b.srt', 'c.txt', 'd.md', 'e.docx', 'f.pdf', 'g.mp3'].map((n) => new File(['x'], n));
    const { transcripts, skipped } = sortFiles(files);
    expect(transcripts.map((f) => f.name)).toEqual(['a.VTT', 'b.srt', 'c.txt', 'd.md', 'e.docx']);
    expect(skipped).toBe(2);
  });

  it('reads a file as base64 in slices that join into the same encoding as one piece', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 5).map((_, i) => (i * 31) % 256);
    const base64 = await readAsBase64(new Blob([bytes]));
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    await expect(readAsBase64(new Blob([bytes]), () => true)).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('turns choices into mappings; a name created earlier in the batch is reused, not created twice', () => {
    const priya = speaker('Priya Raman', { role: 'participant', participantId: null, reason: 'New person' });
    expect(suggestedChoice(priya)).toBe('new');
    expect(toMapping(priya, 'new', new Map())).toEqual({
      label: 'Priya Raman',
      role: 'participant',
      participantId: null,
      createParticipant: true,
    });
    expect(toMapping(priya, 'new', new Map([['priya raman', 7]]))).toMatchObject({
      participantId: 7,
      createParticipant: false,
    });
    expect(toMapping(priya, 'interviewer', new Map())).toMatchObject({ role: 'interviewer', createParticipant: false });
    expect(toMapping(priya, 'p:4', new Map())).toMatchObject({ role: 'participant', participantId: 4 });
    const unknown = speaker(null, {
      role: 'participant',
      participantId: null,
      reason: 'The file does not say who spoke.',
    });
    expect(suggestedChoice(unknown)).toBe('unassigned');
    expect(toMapping(unknown, 'unassigned', new Map())).toMatchObject({
      participantId: null,
      createParticipant: false,
    });
    expect(suggestedChoice(speaker('Tom', { role: 'participant', participantId: 2, reason: '' }))).toBe('p:2');
  });

  it('titles a new interview from the file name as the core would', () => {
    expect(titleFromFileName('Acme_ops_call.vtt')).toBe('Acme ops call');
    expect(titleFromFileName('folder/interview.srt')).toBe('interview');
  });
});
