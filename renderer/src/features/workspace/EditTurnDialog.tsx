/** Correct a turn's words or who said it; quotes in it are re-anchored or flagged by the core. */
import { useState, type FormEvent } from 'react';
import type { Transcript, TranscriptTurn } from '../../../../shared/domain/transcript';
import { Dialog } from '../../ui/Dialog';
import { formatClock } from '../transcript/time';
import { useNames } from '../names/useNames';

export interface EditTurnDialogProps {
  turn: TranscriptTurn;
  transcript: Transcript;
  onSave(patch: { text?: string; speakerId?: number | null }): Promise<unknown>;
  onClose(): void;
}

export function EditTurnDialog({ turn, transcript, onSave, onClose }: EditTurnDialogProps) {
  const names = useNames();
  const [text, setText] = useState(turn.text);
  const [speakerId, setSpeakerId] = useState<string>(turn.speakerId === null ? '' : String(turn.speakerId));
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch: { text?: string; speakerId?: number | null } = {};
    if (text !== turn.text) patch.text = text;
    const nextSpeaker = speakerId === '' ? null : Number(speakerId);
    if (nextSpeaker !== turn.speakerId) patch.speakerId = nextSpeaker;
    if (Object.keys(patch).length === 0) return onClose();
    setSaving(true);
    const done = await onSave(patch);
    setSaving(false);
    if (done) onClose();
  }

  return (
    <Dialog
      title="Correct this turn"
      description={`Turn at ${formatClock(turn.startMs) || 'no time'}. Quotes in it are moved with the words, or flagged for review if their words are gone.`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)}>
        <div className="dialog-body">
          <div className="field">
            <label className="field-label" htmlFor="turn-speaker">
              Speaker
            </label>
            <select
              id="turn-speaker"
              className="input"
              value={speakerId}
              onChange={(event) => setSpeakerId(event.target.value)}
            >
              <option value="">Unknown speaker</option>
              {transcript.speakers.map((s) => (
                <option key={s.id} value={s.id}>
                  {names.transcriptSpeaker(s)} ({s.role})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="turn-text">
              Text
            </label>
            <textarea
              id="turn-text"
              className="input textarea"
              rows={8}
              value={text}
              onChange={(event) => setText(event.target.value)}
              data-autofocus
            />
          </div>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save correction'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
