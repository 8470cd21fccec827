/** The interview workspace: the transcript reader with inline quotes, the quote inspector, the player. */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Quote } from '../../../../shared/domain/quote';
import type { Tag, TagKind } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { QueryError } from '../../ui/QueryError';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { Toolbar } from '../../ui/Toolbar';
import { useSingleKeyShortcuts } from '../../keys/keyPrefs';
import { TagPicker } from '../coding/TagPicker';
import type { SelectedRange } from '../transcript/domRange';
import { turnAtTime } from '../transcript/time';
import { CoderLegend } from '../coders/CoderLegend';
import { useCoders } from '../coders/useCoders';
import { TranscriptView, type TranscriptApi } from '../transcript/TranscriptView';
import { EditTurnDialog } from './EditTurnDialog';
import { PlayerBar } from './PlayerBar';
import type { WorkspaceRoute } from '../../routes';
import { SidePanel } from './SidePanel';
import { SpeakersDialog } from './SpeakersDialog';
import { usePlayer } from './usePlayer';
import { useQuoteActions } from './useQuoteActions';
import { workspaceKeyDown } from './useWorkspaceKeys';
import { useNames } from '../names/useNames';

type Target = { kind: 'selection'; range: SelectedRange } | { kind: 'quote'; id: number };
interface PickerState {
  target: Target;
  anchor: DOMRect | null;
  returnTo: HTMLElement | null;
}

const NO_QUOTES: Quote[] = [];
const NO_TAGS: Tag[] = [];

export function WorkspaceScreen({ route }: { route: WorkspaceRoute }) {
  const { interviewId } = route;
  const interview = useQuery('interviews.get', { id: interviewId });
  const transcript = useQuery('transcripts.get', { interviewId });
  const quotesQuery = useQuery('quotes.forInterview', { interviewId });
  const tagsQuery = useQuery('tags.list', {});
  const keysOn = useSingleKeyShortcuts();
  const actions = useQuoteActions(interviewId);
  const player = usePlayer(interviewId, interview.data?.mediaPath ?? null);
  const api = useRef<TranscriptApi>(null);

  const [focusedQuoteId, setFocusedQuoteId] = useState<number | null>(null);
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const [picker, setPicker] = useState<PickerState | null>(null);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [targetTurn, setTargetTurn] = useState<number | null>(null);
  const [speakersOpen, setSpeakersOpen] = useState(false);

  const names = useNames();
  const coders = useCoders();
  // The reader can show one coder's quotes (the counts and the side panel keep everyone's).
  const [coderFilter, setCoderFilter] = useState('');
  const [colourBy, setColourBy] = useState<'tag' | 'coder'>('tag');
  const severalCoders = coders.list.length > 1;
  const quotes = quotesQuery.data ?? NO_QUOTES;
  const shownQuotes = useMemo(
    () => (coderFilter ? quotes.filter((q) => q.coderId === Number(coderFilter)) : quotes),
    [quotes, coderFilter],
  );
  const tags = tagsQuery.data ?? NO_TAGS;
  const tagMap = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const focused = quotes.find((q) => q.id === focusedQuoteId) ?? null;
  const speakerName = useMemo(() => {
    const turn =
      focused?.startTurnId != null ? transcript.data?.turns.find((t) => t.id === focused.startTurnId) : undefined;
    const speaker =
      turn?.speakerId != null ? transcript.data?.speakers.find((s) => s.id === turn.speakerId) : undefined;
    return speaker ? names.transcriptSpeaker(speaker) : null;
  }, [focused, transcript.data, names]);
  const flagged = useMemo(() => quotes.filter((q) => q.anchorStatus === 'flagged'), [quotes]);
  const turns = transcript.data?.turns;
  const starts = useMemo(() => (turns ?? []).map((t) => t.startMs), [turns]);
  const playingIndex = player && (player.playing || player.currentMs > 0) ? turnAtTime(starts, player.currentMs) : -1;
  const playingTurnId = playingIndex >= 0 ? (turns?.[playingIndex]?.id ?? null) : null;

  useEffect(() => {
    document.title = interview.data ? `${names.text(interview.data.title)} — Groundwork` : 'Interview — Groundwork';
  }, [interview.data, names]);

  // A quote just created or retagged gets keyboard focus once it is on screen.
  useEffect(() => {
    if (pendingFocus === null || !quotes.some((q) => q.id === pendingFocus)) return;
    api.current?.focusQuote(pendingFocus);
    setPendingFocus(null);
  }, [pendingFocus, quotes]);

  // Land where the route asks: a quote, a turn, or the top of the transcript.
  const landed = useRef<string | null>(null);
  // An interview without a transcript can still hold quotes from its notes, so it lands on those too.
  const ready = transcript.data !== undefined && Boolean(quotesQuery.data);
  useEffect(() => {
    if (!ready || landed.current === route.hash) return;
    landed.current = route.hash;
    if (route.quoteId) {
      setFocusedQuoteId(route.quoteId);
      const q = quotes.find((x) => x.id === route.quoteId);
      if (q?.anchorStatus === 'ok') api.current?.focusQuote(route.quoteId);
      else requestAnimationFrame(() => document.getElementById('quote-inspector-title')?.focus());
    } else if (route.turnId) {
      setTargetTurn(route.turnId);
      api.current?.focusTurn(route.turnId);
    } else api.current?.focusReader();
  }, [ready, route, quotes]);

  const onSelectionChange = useCallback((range: SelectedRange | null) => {
    setSelection(range);
    // The researcher has moved on to a new passage: the quote just made must not take focus from it
    // when it arrives (the T they press next belongs to the new selection).
    if (range) setPendingFocus(null);
  }, []);
  const onFocusQuote = useCallback((id: number) => setFocusedQuoteId(id), []);

  function currentTarget(): Target | null {
    const quoteButton = (document.activeElement as HTMLElement | null)?.dataset?.quoteButton;
    if (quoteButton) return { kind: 'quote', id: Number(quoteButton) };
    if (selection) return { kind: 'selection', range: selection };
    if (focused) return { kind: 'quote', id: focused.id };
    return null;
  }

  function openPicker(target: Target | null = currentTarget()) {
    if (!target) {
      showToast({ message: 'Select a passage first (Shift and the arrow keys, or the mouse), then press T.' });
      return;
    }
    const anchor =
      target.kind === 'selection'
        ? (api.current?.selectionRect() ?? null)
        : (document.querySelector(`[data-quote-button="${target.id}"]`)?.getBoundingClientRect() ?? null);
    setPicker({ target, anchor, returnTo: document.activeElement as HTMLElement | null });
  }

  function closePicker(restore: boolean) {
    const state = picker;
    setPicker(null);
    if (!restore || !state) return;
    if (state.target.kind === 'selection') api.current?.select(state.target.range);
    else if (state.returnTo?.isConnected) state.returnTo.focus();
  }

  async function tagTarget(target: Target, tag: Tag) {
    if (target.kind === 'selection') {
      const quote = await actions.create(target.range, [tag.id]);
      if (quote) afterCreate(quote.id);
      return;
    }
    const quote = quotes.find((q) => q.id === target.id);
    if (quote && !quote.codings.some((c) => c.tagId === tag.id)) await actions.apply(quote.id, tag.id);
    setPendingFocus(target.id);
  }

  async function newTagOnTarget(target: Target, name: string, kind: TagKind) {
    let quoteId = target.kind === 'quote' ? target.id : null;
    if (target.kind === 'selection') quoteId = (await actions.create(target.range, []))?.id ?? null;
    if (quoteId === null) return;
    await actions.applyNew(quoteId, name, kind);
    if (target.kind === 'selection') afterCreate(quoteId);
    else setPendingFocus(quoteId);
  }

  function afterCreate(quoteId: number) {
    api.current?.clearSelection();
    setSelection(null);
    setFocusedQuoteId(quoteId);
    setPendingFocus(quoteId);
  }

  function applyPinned(slot: number) {
    const tag = tags.find((t) => t.pinnedSlot === slot && !t.archived);
    if (!tag) return showToast({ message: `No tag is pinned to ${slot}. Pin tags to 1–9 in the Codebook.` });
    const target = currentTarget();
    if (!target) return showToast({ message: 'Select a passage or a quote first.' });
    if (target.kind === 'selection') return void tagTarget(target, tag);
    const quote = quotes.find((q) => q.id === target.id);
    if (quote) void actions.toggle(quote, tag);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) =>
    workspaceKeyDown(event, {
      keysOn,
      openPicker: () => openPicker(),
      pinned: applyPinned,
      star: () => (focused ? void actions.star(focused) : undefined),
      deleteQuote: (id) => {
        void actions.remove_(id);
        setFocusedQuoteId(null);
        api.current?.focusReader();
      },
      inspectQuote: (id) => {
        setFocusedQuoteId(id);
        requestAnimationFrame(() => document.getElementById('quote-inspector-title')?.focus());
      },
      playPause: () => player?.toggle(),
      back: () => player?.skip(-5000),
      editTurn: () => {
        const id = api.current?.caretTurnId() ?? focused?.startTurnId ?? null;
        if (id !== null) setEditing(id);
      },
      escape: () => {
        setFocusedQuoteId(null);
        api.current?.clearSelection();
        api.current?.focusReader();
      },
    });

  const title = names.text(interview.data?.title ?? 'Interview');
  const editingTurn = editing !== null ? turns?.find((t) => t.id === editing) : undefined;
  let body;
  if (transcript.error && !transcript.data) {
    body = (
      <ErrorNotice
        title="The transcript could not be loaded"
        message={transcript.error.message}
        onRetry={() => void transcript.refetch()}
      />
    );
  } else if (interview.error && !interview.data) {
    body = <QueryError what="The interview" query={interview} />;
  } else if (quotesQuery.error && !quotesQuery.data) {
    body = <QueryError what="The interview’s quotes" query={quotesQuery} />;
  } else if (tagsQuery.error && !tagsQuery.data) {
    body = <QueryError what="The codebook" query={tagsQuery} />;
  } else if (transcript.data === undefined) {
    body = <p className="loading muted">Loading the transcript…</p>;
  } else if (transcript.data === null) {
    body = (
      <div className="empty-state">
        <h2 className="empty-state-title">No transcript yet</h2>
        <p className="empty-state-body">Import a transcript for this interview to read and code it here.</p>
      </div>
    );
  } else {
    body = (
      <TranscriptView
        apiRef={api}
        transcript={transcript.data}
        quotes={shownQuotes}
        tags={tagMap}
        coders={severalCoders ? coders.byId : undefined}
        colourBy={severalCoders ? colourBy : 'tag'}
        focusedQuoteId={focusedQuoteId}
        playingTurnId={playingTurnId}
        targetTurnId={targetTurn}
        onSeek={player ? (ms) => player.seek(ms) : null}
        onFocusQuote={onFocusQuote}
        onSelectionChange={onSelectionChange}
        describedBy="reader-keys"
      />
    );
  }

  const anchored = quotes.length - flagged.length;
  const unmapped = (transcript.data?.speakers ?? []).filter(
    (s) => s.role === 'participant' && s.participantId === null,
  ).length;
  const participants = (interview.data?.participants ?? []).map((p) => ({
    id: p.id,
    name: names.label(p.id, p.pseudonym),
  }));
  return (
    <main className="screen workspace" aria-labelledby="screen-title">
      <div className="screen-main" onKeyDown={onKeyDown}>
        <Toolbar
          title={title}
          subtitle={
            transcript.data
              ? `${count(transcript.data.turns.length, 'turn')} · ${count(quotes.length, 'quote')}${flagged.length ? ` · ${flagged.length} flagged` : ''}`
              : undefined
          }
        >
          {/* The subtitle shows the counts; this announces them as quotes come and go. */}
          <span className="workspace-count visually-hidden" aria-live="polite">
            {count(anchored, 'highlight')}
            {flagged.length ? `, ${flagged.length} flagged` : ''}
          </span>
          {transcript.data ? (
            <button
              type="button"
              className="btn"
              onClick={() => setSpeakersOpen(true)}
              title={
                unmapped
                  ? `${count(unmapped, 'speaker')} not mapped to a participant: their words do not count`
                  : undefined
              }
            >
              Speakers{unmapped ? ' ' : ''}
              {unmapped ? <span className="badge badge-caution">{unmapped} not mapped</span> : null}
            </button>
          ) : null}
          {severalCoders ? (
            <>
              <label className="filter-inline">
                <span className="field-label">Coder</span>
                <select className="input" value={coderFilter} onChange={(event) => setCoderFilter(event.target.value)}>
                  <option value="">Every coder</option>
                  {coders.list.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="filter-inline">
                <span className="field-label">Colours</span>
                <select
                  className="input"
                  value={colourBy}
                  onChange={(event) => setColourBy(event.target.value === 'coder' ? 'coder' : 'tag')}
                >
                  <option value="tag">By tag</option>
                  <option value="coder">By coder</option>
                </select>
              </label>
            </>
          ) : null}
          <a className="btn" href="#/interviews">
            All interviews
          </a>
        </Toolbar>
        {player ? <PlayerBar player={player} keysOn={keysOn} /> : null}
        {severalCoders && colourBy === 'coder' ? <CoderLegend coders={coders.list} quotes={shownQuotes} /> : null}
        <p id="reader-keys" className="reader-keys">
          {keysOn
            ? 'Arrows move · Shift+arrows select · T tag · 1–9 pinned tags · Tab to quotes · S star · E correct a turn'
            : 'Arrows move · Shift+arrows select · Tab to quotes · single-key shortcuts are off (change it on the ? sheet)'}
        </p>
        <div className="workspace-reader">{body}</div>
      </div>
      <SidePanel
        selection={selection}
        focused={focused}
        flagged={flagged}
        tags={tagMap}
        actions={actions}
        keysOn={keysOn}
        speakerName={speakerName}
        participants={participants}
        onMapSpeakers={() => setSpeakersOpen(true)}
        onCreate={() => selection && void actions.create(selection, []).then((q) => q && afterCreate(q.id))}
        onPickForSelection={() => selection && openPicker({ kind: 'selection', range: selection })}
        onPickForQuote={() => focused && openPicker({ kind: 'quote', id: focused.id })}
        onShowQuote={(id) => {
          setFocusedQuoteId(id);
          requestAnimationFrame(() => document.getElementById('quote-inspector-title')?.focus());
        }}
      />
      {picker ? (
        <TagPicker
          tags={tags}
          applied={
            new Set(
              picker.target.kind === 'quote'
                ? (quotes.find((q) => q.id === (picker.target as { id: number }).id)?.codings.map((c) => c.tagId) ?? [])
                : [],
            )
          }
          anchor={picker.anchor}
          title={picker.target.kind === 'selection' ? 'Tag the selected passage' : 'Add a tag to this quote'}
          onApply={(tag) => {
            closePicker(false);
            void tagTarget(picker.target, tag);
          }}
          onCreate={(name, kind) => {
            closePicker(false);
            void newTagOnTarget(picker.target, name, kind);
          }}
          onClose={(reason) => closePicker(reason === 'escape')}
        />
      ) : null}
      {speakersOpen && transcript.data ? (
        <SpeakersDialog transcript={transcript.data} onClose={() => setSpeakersOpen(false)} />
      ) : null}
      {editingTurn && transcript.data ? (
        <EditTurnDialog
          turn={editingTurn}
          transcript={transcript.data}
          onSave={(patch) => actions.editTurn(editingTurn.id, patch)}
          onClose={() => {
            setEditing(null);
            api.current?.focusReader();
          }}
        />
      ) : null}
    </main>
  );
}
