/**
 * Cites a quote for a claim (persona attribute, job statement, ICP statement, company score), as support
 * or contradiction: pick it from a tag's evidence or search all quotes. The owner decides what citing means.
 */
import { useEffect, useId, useState } from 'react';
import type { QuoteCard } from '../../../../shared/domain/quote';
import { useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { count } from '../../ui/format';
import { useNames, useWho } from '../names/useNames';
import type { Stance } from './stance';

type Source = 'tag' | 'search';

interface ChoiceProps {
  chosen: number | null;
  cited: ReadonlySet<number>;
  onChoose(id: number): void;
}

function QuoteChoices({
  items,
  total,
  loading,
  chosen,
  cited,
  onChoose,
}: ChoiceProps & { items: QuoteCard[]; total: number; loading: boolean }) {
  const names = useNames();
  const who = useWho();
  return (
    <fieldset className="cite-quotes">
      <legend className="field-label">
        {loading ? 'Loading quotes…' : `Quote (${count(total, 'match', 'matches')})`}
      </legend>
      <ul className="cite-quote-list">
        {items.map((q) => (
          <li key={q.id}>
            <label className={`cite-quote${chosen === q.id ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="quote"
                disabled={cited.has(q.id)}
                checked={chosen === q.id}
                onChange={() => onChoose(q.id)}
              />
              <span>
                <span className="cite-quote-text">“{names.text(q.exactText)}”</span>
                <span className="cite-quote-meta">
                  {who(q)} · {names.text(q.interviewTitle)}
                  {cited.has(q.id) ? ' · already cited' : ''}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function TagEvidence({ tagId, ...rest }: ChoiceProps & { tagId: number }) {
  const q = useQuery(
    'synthesis.evidence',
    { tagId, filters: {}, participantId: null, segmentId: null, limit: 100 },
    { errors: 'toast' },
  );
  const data = q.data as { items: QuoteCard[]; total: number } | undefined;
  return <QuoteChoices items={data?.items ?? []} total={data?.total ?? 0} loading={!data} {...rest} />;
}

function SearchResults({ text, ...rest }: ChoiceProps & { text: string }) {
  const q = useQuery('quotes.list', { text, limit: 100 }, { errors: 'toast' });
  return <QuoteChoices items={q.data?.items ?? []} total={q.data?.total ?? 0} loading={!q.data} {...rest} />;
}

export interface CiteQuoteDialogProps {
  /** The claim being cited, shown in the dialog's description. */
  claim: string;
  /** Tag whose evidence is listed first (e.g. the tag a drafted attribute came from). */
  startTagId?: number | null;
  /** Quotes already cited: shown but not choosable. */
  cited: ReadonlySet<number>;
  /** Offer "contradicts" as well as "supports". */
  allowContradicts?: boolean;
  pending: boolean;
  error: string | null;
  /** Resolves true when the citation was stored (the dialog then closes). */
  onCite(quoteId: number, polarity: Stance): Promise<boolean>;
  onClose(): void;
}

export function CiteQuoteDialog({
  claim,
  startTagId = null,
  cited,
  allowContradicts = true,
  pending,
  error,
  onCite,
  onClose,
}: CiteQuoteDialogProps) {
  const formId = useId();
  const tags = useQuery('tags.list', {}, { errors: 'toast' });
  const [source, setSource] = useState<Source>('tag');
  const [tagId, setTagId] = useState<number | null>(startTagId);
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [quoteId, setQuoteId] = useState<number | null>(null);
  const [polarity, setPolarity] = useState<Stance>('supports');
  useEffect(() => {
    const t = window.setTimeout(() => setDebounced(text.trim()), 150);
    return () => window.clearTimeout(t);
  }, [text]);

  return (
    <Dialog
      title="Cite a quote"
      description={
        allowContradicts ? `For “${claim}”. A contradicting quote lowers its confidence.` : `For “${claim}”.`
      }
      onClose={onClose}
      size="wide"
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (quoteId === null) return;
          if (await onCite(quoteId, polarity)) onClose();
        }}
      >
        <div className="dialog-body cite-body">
          <ErrorSummary formId={formId} message={error} fields={{}} labels={{}} />
          {allowContradicts ? (
            <fieldset className="cite-polarity">
              <legend className="field-label">This quote…</legend>
              <label className="check">
                <input
                  type="radio"
                  name="polarity"
                  checked={polarity === 'supports'}
                  onChange={() => setPolarity('supports')}
                />
                <span className="check-label">Supports it</span>
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="polarity"
                  checked={polarity === 'contradicts'}
                  onChange={() => setPolarity('contradicts')}
                />
                <span className="check-label">✕ Contradicts it</span>
              </label>
            </fieldset>
          ) : null}
          <div className="cite-source">
            <label className="field-label" htmlFor={`${formId}-source`}>
              Find quotes
            </label>
            <select
              id={`${formId}-source`}
              className="input select"
              value={source}
              onChange={(e) => setSource(e.target.value as Source)}
            >
              <option value="tag">Evidence for a tag</option>
              <option value="search">Search quote text</option>
            </select>
            {source === 'tag' ? (
              <select
                aria-label="Tag"
                className="input select"
                value={tagId ?? ''}
                onChange={(e) => setTagId(e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">Choose a tag…</option>
                {(tags.data ?? []).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type="search"
                aria-label="Search quote text"
                className="input"
                placeholder="Words in the quote"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </div>
          {source === 'tag' && tagId !== null ? (
            <TagEvidence tagId={tagId} chosen={quoteId} cited={cited} onChoose={setQuoteId} />
          ) : null}
          {source === 'search' ? (
            <SearchResults text={debounced} chosen={quoteId} cited={cited} onChoose={setQuoteId} />
          ) : null}
        </div>
        <footer className="dialog-footer">
          <span className="dialog-footer-hint">
            <kbd className="kbd">Esc</kbd> to cancel
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={quoteId === null || pending}>
            {polarity === 'contradicts' ? 'Add contradicting citation' : 'Add supporting citation'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
