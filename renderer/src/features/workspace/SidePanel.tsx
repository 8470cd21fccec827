/** The workspace inspector: the selected passage, the focused quote, and quotes that need review. */
import type { Quote } from '../../../../shared/domain/quote';
import type { Tag } from '../../../../shared/domain/tag';
import { Inspector } from '../../ui/Inspector';
import type { SelectedRange } from '../transcript/domRange';
import { QuoteInspector } from './QuoteInspector';
import type { QuoteActions } from './useQuoteActions';

export interface SidePanelProps {
  selection: SelectedRange | null;
  focused: Quote | null;
  flagged: readonly Quote[];
  tags: ReadonlyMap<number, Tag>;
  actions: QuoteActions;
  keysOn: boolean;
  speakerName: string | null;
  participants: readonly { id: number; name: string }[];
  onMapSpeakers(): void;
  onCreate(): void;
  onPickForSelection(): void;
  onPickForQuote(): void;
  onShowQuote(id: number): void;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}…` : flat;
}

export function SidePanel(props: SidePanelProps) {
  const { selection, focused, flagged, keysOn } = props;
  return (
    <Inspector label="Quote details">
      {selection ? (
        <section className="selection-card" aria-labelledby="selection-heading">
          <h2 className="detail-heading" id="selection-heading">
            Selected passage
          </h2>
          <p className="selection-text">“{short(selection.text)}”</p>
          <div className="inspector-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={props.onPickForSelection}
              aria-keyshortcuts={keysOn ? 't' : undefined}
            >
              Tag…{keysOn ? <kbd className="kbd kbd-on-primary">T</kbd> : null}
            </button>
            <button type="button" className="btn" onClick={props.onCreate}>
              Create quote
            </button>
          </div>
        </section>
      ) : null}
      {focused ? (
        <QuoteInspector
          quote={focused}
          tags={props.tags}
          actions={props.actions}
          keysOn={keysOn}
          selection={selection}
          speakerName={props.speakerName}
          participants={props.participants}
          onMapSpeakers={props.onMapSpeakers}
          onOpenPicker={props.onPickForQuote}
        />
      ) : !selection ? (
        <div className="workspace-help">
          <h2 className="detail-heading">Coding this interview</h2>
          <ol className="help-steps">
            <li>Click into the transcript, or Tab to it.</li>
            <li>Select a passage with the mouse, or with Shift and the arrow keys.</li>
            <li>
              {keysOn
                ? 'Press T, type a tag and press Enter. 1–9 apply pinned tags.'
                : 'Use “Tag…” here to choose a tag.'}
            </li>
            <li>Tab to a quote in the margin to star it, add a note or change its tags.</li>
          </ol>
        </div>
      ) : null}
      {flagged.length ? (
        <section className="detail-section flagged-list" aria-labelledby="flagged-heading">
          <h2 className="detail-heading" id="flagged-heading">
            {flagged.length} {flagged.length === 1 ? 'quote needs' : 'quotes need'} review
          </h2>
          <p className="muted">A transcript correction removed their words; they keep their text and tags.</p>
          <ul className="flagged-items">
            {flagged.map((q) => (
              <li key={q.id}>
                <button type="button" className="flagged-quote" onClick={() => props.onShowQuote(q.id)}>
                  “{short(q.exactText)}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Inspector>
  );
}
