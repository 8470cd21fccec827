/** Quote cards as the synthesis and persona screens list them: words, who, where, and the way into the transcript. */
import type { QuoteCard } from '../../../../shared/domain/quote';
import { formatDate } from '../../ui/format';
import { formatClock } from '../transcript/time';
import { workspaceHref } from '../../routes';
import { useNames, useWho } from '../names/useNames';

export function QuoteCardItem({ quote, action }: { quote: QuoteCard; action?: React.ReactNode }) {
  const names = useNames();
  const who = useWho()(quote);
  return (
    <article className="quote-card evidence-card" aria-label={`Quote from ${who}`}>
      <p className="evidence-card-text">“{names.text(quote.exactText)}”</p>
      <p className="quote-card-meta">
        <span className="quote-card-who">{who}</span>
        {quote.companyName ? <span>{names.company(quote.companyName)}</span> : null}
        <span>{names.text(quote.interviewTitle)}</span>
        {quote.interviewDate ? <span>{formatDate(quote.interviewDate)}</span> : null}
        {quote.startMs !== null ? <span>{formatClock(quote.startMs)}</span> : null}
      </p>
      <div className="quote-card-foot">
        {action ?? <span />}
        <a className="btn" href={workspaceHref(quote.interviewId, { quoteId: quote.id })}>
          Open in transcript
        </a>
      </div>
    </article>
  );
}
