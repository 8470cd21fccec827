/**
 * A numbered citation chip: a link to the quote in its transcript. Hover or keyboard focus shows a
 * preview of the quote; "supports" and "contradicts" differ in shape and words, not just colour.
 */
import { useId, useState } from 'react';
import type { Citation } from '../../../../shared/domain/persona';
import { formatDate } from '../../ui/format';
import { workspaceHref } from '../../routes';
import { useNames, useWho } from '../names/useNames';
import { contradicts, STANCE_WORD, stanceClass } from './stance';

export function CitationChip({ citation, n }: { citation: Citation; n: number }) {
  const [open, setOpen] = useState(false);
  const previewId = useId();
  const stance = citation.polarity;
  const contra = contradicts(citation);
  const names = useNames();
  const who = useWho()(citation);
  const uncounted = !citation.countsAsEvidence;
  return (
    <span className="citation" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <a
        className={`citation-chip ${stanceClass(stance)}${uncounted ? ' is-uncounted' : ''}`}
        href={workspaceHref(citation.interviewId, { quoteId: citation.quoteId })}
        aria-label={`Citation ${n}, ${stance}${uncounted ? ', not counted as evidence' : ''}: ${who}, ${names.text(citation.interviewTitle)}`}
        aria-describedby={open ? previewId : undefined}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {contra ? <span aria-hidden="true">✕ </span> : null}
        {n}
      </a>
      {open ? (
        <span role="tooltip" id={previewId} className="citation-preview">
          <span className={`citation-polarity ${stanceClass(stance)}`}>{STANCE_WORD[stance]}</span>
          <span className="citation-text">“{names.text(citation.exactText)}”</span>
          {uncounted ? (
            <span className="citation-uncounted">Not counted as evidence: not a known participant’s words.</span>
          ) : null}
          <span className="citation-meta">
            {who} · {names.text(citation.interviewTitle)}
            {citation.interviewDate ? ` · ${formatDate(citation.interviewDate)}` : ''}
          </span>
          <span className="citation-hint">Enter opens it in the transcript</span>
        </span>
      ) : null}
    </span>
  );
}
