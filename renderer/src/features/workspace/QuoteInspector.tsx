/**
 * The inspector for the focused quote: its words, whether they count as evidence (and who said them),
 * tags with intensity and stance (supports or contradicts), star, note, boundaries, delete.
 */
import { useEffect, useState } from 'react';
import { NOT_COUNTED_WORDS, type Quote } from '../../../../shared/domain/quote';
import { TAG_KIND_LABELS, type Tag } from '../../../../shared/domain/tag';
import { formatClock } from '../transcript/time';
import type { QuoteActions, Span } from './useQuoteActions';

export interface QuoteInspectorProps {
  quote: Quote;
  tags: ReadonlyMap<number, Tag>;
  actions: QuoteActions;
  keysOn: boolean;
  selection: Span | null;
  /** Who said it, as the transcript shows them (pseudonym when mapped). */
  speakerName: string | null;
  /** The interview's participants, to attribute a quote from notes. */
  participants: readonly { id: number; name: string }[];
  onOpenPicker(): void;
  /** Opens the speaker mapping (a transcript quote whose speaker is not mapped). */
  onMapSpeakers?(): void;
}

/** Whether the quote counts as evidence, why not, and the one action that would fix it. */
function EvidenceStatus({
  quote,
  participants,
  actions,
  onMapSpeakers,
}: Pick<QuoteInspectorProps, 'quote' | 'participants' | 'actions' | 'onMapSpeakers'>) {
  if (quote.source === 'note') {
    return (
      <label className="field">
        <span className="field-label">Said by</span>
        <select
          className="input"
          value={quote.attributedParticipantId ?? ''}
          onChange={(event) => void actions.attribute(quote.id, event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">Nobody chosen — not counted</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {participants.length === 0 ? (
          <span className="field-hint">Add the interview’s participants to say who said this.</span>
        ) : null}
      </label>
    );
  }
  if (!quote.notCountedBecause) return null;
  return (
    <p className="quote-uncounted" role="note">
      <strong>Not counted as evidence.</strong> {NOT_COUNTED_WORDS[quote.notCountedBecause]}
      {quote.notCountedBecause === 'unmapped' && onMapSpeakers ? (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onMapSpeakers}>
            Map speakers…
          </button>
        </>
      ) : null}
    </p>
  );
}

function NoteField({ quote, actions }: { quote: Quote; actions: QuoteActions }) {
  const [note, setNote] = useState(quote.comment);
  useEffect(() => setNote(quote.comment), [quote.id, quote.comment]);
  const save = () => {
    if (note !== quote.comment) void actions.comment(quote.id, note);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={`quote-note-${quote.id}`}>
        Note
      </label>
      <textarea
        id={`quote-note-${quote.id}`}
        className="input textarea quote-note"
        rows={3}
        value={note}
        placeholder="Why this passage matters…"
        onChange={(event) => setNote(event.target.value)}
        onBlur={save}
      />
      <p className="field-hint">Saved when you leave the field.</p>
    </div>
  );
}

export function QuoteInspector({
  quote,
  tags,
  actions,
  keysOn,
  selection,
  speakerName,
  participants,
  onOpenPicker,
  onMapSpeakers,
}: QuoteInspectorProps) {
  const flagged = quote.anchorStatus === 'flagged';
  return (
    <>
      <header className="inspector-header">
        <h2 className="inspector-title" id="quote-inspector-title" tabIndex={-1}>
          Quote
        </h2>
        <div className="inspector-meta muted">
          {speakerName ?? quote.speakerLabel ?? 'Unknown speaker'}
          {quote.startMs !== null ? ` · ${formatClock(quote.startMs)}` : ''}
        </div>
        <blockquote className={`quote-text${flagged ? ' is-flagged' : ''}`}>{quote.exactText}</blockquote>
        <EvidenceStatus quote={quote} participants={participants} actions={actions} onMapSpeakers={onMapSpeakers} />
        {flagged ? (
          <p className="quote-flag" role="note">
            <strong>Needs review.</strong> The transcript changed and this passage could not be found again. Select the
            right words and use “Set to selection”, or delete the quote.
          </p>
        ) : null}
        <div className="inspector-actions">
          <button
            type="button"
            className="btn"
            aria-pressed={quote.starred}
            onClick={() => void actions.star(quote)}
            aria-keyshortcuts={keysOn ? 's' : undefined}
          >
            {quote.starred ? '★ Starred' : '☆ Star'}
            {keysOn ? <kbd className="kbd">S</kbd> : null}
          </button>
          <button
            type="button"
            className="btn btn-danger-quiet"
            onClick={() => void actions.remove_(quote.id)}
            aria-keyshortcuts="Delete"
          >
            Delete quote
          </button>
        </div>
      </header>

      <section className="detail-section" aria-labelledby="quote-tags-heading">
        <h3 className="detail-heading" id="quote-tags-heading">
          Tags <span className="coding-heading-note">· intensity 1–5, optional · supports or contradicts</span>
        </h3>
        {quote.codings.length === 0 ? <p className="muted">No tags yet.</p> : null}
        <ul className="coding-list">
          {quote.codings.map((coding) => {
            const tag = tags.get(coding.tagId);
            const name = tag?.name ?? 'Unknown tag';
            const against = coding.stance === 'contradicts';
            return (
              <li key={coding.tagId} className={`coding-row${against ? ' is-contradicting' : ''}`}>
                <span className="tag-swatch" style={{ backgroundColor: tag?.colour }} aria-hidden="true" />
                <span className="coding-name">
                  {name}
                  {tag ? <span className="muted coding-kind">{TAG_KIND_LABELS[tag.kind]}</span> : null}
                </span>
                <span className="coding-controls">
                  <select
                    className="input coding-intensity"
                    aria-label={`Intensity of ${name}`}
                    value={coding.intensity ?? ''}
                    onChange={(event) =>
                      void actions.apply(quote.id, coding.tagId, event.target.value ? Number(event.target.value) : null)
                    }
                  >
                    <option value="">—</option>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={n}>
                        {n} / 5
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className={`btn btn-small coding-stance${against ? ' is-on' : ''}`}
                    aria-pressed={against}
                    title={
                      against
                        ? 'The participant says the opposite of this tag'
                        : 'Mark as saying the opposite of this tag'
                    }
                    aria-label={`Contradicts ${name}`}
                    onClick={() => void actions.setStance(quote.id, coding.tagId, against ? 'supports' : 'contradicts')}
                  >
                    Contradicts
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove tag ${name}`}
                    onClick={() => void actions.remove(quote.id, coding.tagId)}
                  >
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
                    </svg>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
        <div>
          <button type="button" className="btn" onClick={onOpenPicker} aria-keyshortcuts={keysOn ? 't' : undefined}>
            Add tag…{keysOn ? <kbd className="kbd">T</kbd> : null}
          </button>
        </div>
      </section>

      <NoteField quote={quote} actions={actions} />

      {quote.source === 'transcript' ? (
        <section className="detail-section">
          <h3 className="detail-heading">Boundaries</h3>
          <p className="muted">Select the words the quote should cover in the transcript, then set them here.</p>
          <div>
            <button
              type="button"
              className="btn"
              disabled={!selection}
              onClick={() => selection && void actions.resize(quote.id, selection)}
            >
              Set to selection
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
