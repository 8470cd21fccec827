/** One speaker turn: who, when, the text cut into highlight pieces, and its quotes in the margin. */
import { memo, type MouseEvent } from 'react';
import type { Coder } from '../../../../shared/domain/coder';
import type { TranscriptTurn } from '../../../../shared/domain/transcript';
import { HIGHLIGHT_TEXT } from '../coding/colours';
import { splitTurn, type QuoteSpan } from './highlights';
import type { SpeakerLook } from './speakers';
import { formatDate } from '../../ui/format';
import { formatClock } from './time';
import { useNames } from '../names/useNames';

/** What the reader needs to draw a quote. */
export interface QuoteLook {
  id: number;
  /** The highlight's colour: the first tag's, or the coder's wash when colouring by coder. */
  colour: string;
  /** The chip's swatch: always the first tag's colour (the chip names the tags). */
  tagColour: string;
  tagNames: string[];
  starred: boolean;
  excerpt: string;
  /** Who made the quote, when the study has several coders (null: not known); undefined: not shown. */
  coder?: Coder | null;
}

export interface TurnRowProps {
  turn: TranscriptTurn;
  speaker: SpeakerLook;
  spans: readonly QuoteSpan[] | undefined;
  looks: ReadonlyMap<number, QuoteLook>;
  /** Quotes that start in this turn (their buttons sit in the margin). */
  starting: readonly QuoteLook[];
  focusedQuoteId: number | null;
  playing: boolean;
  target: boolean;
  onSeek: ((ms: number) => void) | null;
  onFocusQuote(id: number): void;
}

function pieceStyle(ids: readonly number[], looks: ReadonlyMap<number, QuoteLook>) {
  const inner = looks.get(ids[ids.length - 1]!);
  const outer = looks.get(ids[0]!);
  if (!inner) return undefined;
  // Overlaps: the innermost quote's colour, darkened a step per extra layer, underlined in the outer colour.
  const layers = ids.length - 1;
  return {
    color: HIGHLIGHT_TEXT,
    backgroundColor: inner.colour,
    backgroundImage:
      layers > 0
        ? `linear-gradient(rgb(0 0 0 / ${Math.min(0.24, layers * 0.1)}), rgb(0 0 0 / ${Math.min(0.24, layers * 0.1)}))`
        : undefined,
    boxShadow: layers > 0 && outer ? `inset 0 -3px 0 color-mix(in srgb, ${outer.colour} 55%, #000)` : undefined,
  };
}

function TurnRowView(props: TurnRowProps) {
  const { turn, speaker, spans, looks, starting, focusedQuoteId } = props;
  const pieces = splitTurn(turn.text.length, spans ?? []);
  const names = useNames();
  const time = formatClock(turn.startMs);

  function onTextClick(event: MouseEvent<HTMLElement>) {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-quotes]');
    if (!mark || !window.getSelection()?.isCollapsed) return;
    const ids = mark.dataset.quotes!.split(' ').map(Number);
    props.onFocusQuote(ids[ids.length - 1]!);
  }

  return (
    <div
      data-turn-row
      data-turn-id={turn.id}
      className={`turn ${speaker.evidence ? 'turn-evidence' : 'turn-context'} ${speaker.colourClass}${props.playing ? ' is-playing' : ''}${props.target ? ' is-target' : ''}`}
    >
      <div className="turn-head">
        <span className="turn-speaker">{speaker.name}</span>
        <span className="turn-role">{speaker.roleLabel}</span>
        {time ? (
          props.onSeek && turn.startMs !== null ? (
            <button
              type="button"
              tabIndex={-1}
              className="turn-time"
              aria-label={`Play from ${time}`}
              onClick={() => props.onSeek?.(turn.startMs!)}
            >
              {time}
            </button>
          ) : (
            <span className="turn-time">{time}</span>
          )
        ) : null}
        {turn.datedAt !== null ? (
          <time className="turn-time" dateTime={new Date(turn.datedAt).toISOString()}>
            {formatDate(turn.datedAt)}
          </time>
        ) : null}
        {props.playing ? <span className="visually-hidden">, playing</span> : null}
      </div>
      <p className="turn-text" data-turn-text={turn.id} onClick={onTextClick}>
        {pieces.map((piece) => {
          const text = names.text(turn.text.slice(piece.start, piece.end));
          if (piece.quoteIds.length === 0) return <span key={piece.start}>{text}</span>;
          const focused = focusedQuoteId !== null && piece.quoteIds.includes(focusedQuoteId);
          return (
            <mark
              key={piece.start}
              className={`hl${focused ? ' is-focused' : ''}`}
              data-quotes={piece.quoteIds.join(' ')}
              data-depth={piece.quoteIds.length}
              style={pieceStyle(piece.quoteIds, looks)}
            >
              {text}
            </mark>
          );
        })}
      </p>
      <div className="turn-quotes">
        {starting.map((look) => (
          <button
            key={look.id}
            type="button"
            className={`quote-chip${look.id === focusedQuoteId ? ' is-focused' : ''}`}
            data-quote-button={look.id}
            aria-pressed={look.id === focusedQuoteId}
            aria-label={`Quote “${names.text(look.excerpt)}”, ${look.tagNames.length ? `tagged ${look.tagNames.join(', ')}` : 'untagged'}${look.starred ? ', starred' : ''}${look.coder ? `, by ${look.coder.name}` : ''}`}
            onFocus={() => props.onFocusQuote(look.id)}
            onClick={() => props.onFocusQuote(look.id)}
          >
            <span className="quote-chip-swatch" style={{ backgroundColor: look.tagColour }} aria-hidden="true" />
            {/* A dot, not initials: the chip's visible words must stay part of its accessible name. */}
            {look.coder ? (
              <span
                className="quote-chip-coder"
                style={{ backgroundColor: look.coder.colour }}
                title={`Coded by ${look.coder.name}`}
                aria-hidden="true"
              />
            ) : null}
            <span className="quote-chip-tags" title={look.tagNames.join('\n') || undefined}>
              {look.tagNames.length ? look.tagNames.join(', ') : 'Untagged'}
            </span>
            {look.starred ? (
              <span className="quote-chip-star" aria-hidden="true">
                ★
              </span>
            ) : null}
          </button>
        ))}
      </div>
    </div>
  );
}

export const TurnRow = memo(TurnRowView);
