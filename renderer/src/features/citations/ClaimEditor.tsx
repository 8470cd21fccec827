/**
 * The one editor for a claim backed by cited quotes (a persona attribute, an ICP statement): its
 * words, an optional one-line detail, its citations with Remove, Save / Cancel, Escape cancels.
 * The owner makes the contract calls; the editor only collects the words.
 */
import { useId, useState } from 'react';
import type { Citation } from '../../../../shared/domain/persona';
import { CitedQuoteList } from './CitedQuoteList';
import { CitedQuotes } from './CitedQuotes';

export interface ClaimEditorProps {
  statement: string;
  /** A claim kind's extra field (e.g. a goal's "Why"): its label and current value. */
  detail?: { label: string; value: string };
  citations: Citation[];
  /** "list": compact numbered lines; "cards": a card per quote with where and when. */
  look: 'list' | 'cards';
  saveLabel?: string;
  /** Saves; resolves true when saved, and the editor then closes. */
  onSave(statement: string, detail: string): Promise<boolean>;
  onUncite(quoteId: number): void;
  onDone(): void;
}

export function ClaimEditor({
  statement,
  detail,
  citations,
  look,
  saveLabel = 'Save',
  onSave,
  onUncite,
  onDone,
}: ClaimEditorProps) {
  const id = useId();
  const [text, setText] = useState(statement);
  const [detailValue, setDetailValue] = useState(detail?.value ?? '');
  return (
    <form
      className="attribute-edit"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await onSave(text, detailValue)) onDone();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <label className="field-label" htmlFor={`${id}-statement`}>
        Statement
      </label>
      <textarea
        id={`${id}-statement`}
        className="input textarea"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
      {detail ? (
        <>
          <label className="field-label" htmlFor={`${id}-detail`}>
            {detail.label}
          </label>
          <input
            id={`${id}-detail`}
            className="input"
            value={detailValue}
            onChange={(e) => setDetailValue(e.target.value)}
          />
        </>
      ) : null}
      {look === 'cards' ? (
        <CitedQuotes citations={citations} onRemove={onUncite} />
      ) : (
        <CitedQuoteList citations={citations} onRemove={onUncite} label="Cited quotes" />
      )}
      <div className="attribute-actions">
        <button type="submit" className="btn btn-primary">
          {saveLabel}
        </button>
        <button type="button" className="btn btn-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
