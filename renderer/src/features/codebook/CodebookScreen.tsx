/** The codebook: tags in a tree with kind, colour and evidence counts; create, edit, move, merge, archive, pin, CSV. */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TAG_KIND_LABELS } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { codebookTagInHash } from '../../routes';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { Inspector, InspectorEmpty } from '../../ui/Inspector';
import { ErrorNotice } from '../../ui/Notice';
import { showToast } from '../../ui/Toast';
import { FilterField, Toolbar } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { useCall } from '../../api/useCall';
import { downloadText } from './csv';
import { MergeTagDialog, MoveTagDialog, TagFormDialog } from './TagDialogs';
import { TagInspector } from './TagInspector';
import { countsLabel, tagRows } from './tree';

export function CodebookScreen() {
  const tags = useQuery('tags.list', {});
  const call = useCall();
  const [selectedId, setSelectedId] = useState<number | null>(() => codebookTagInHash(window.location.hash));
  const [dialog, setDialog] = useState<'new' | 'edit' | 'move' | 'merge' | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [filter, setFilter] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useKeyShortcut('app.new', () => setDialog('new'));

  const all = useMemo(() => tags.data ?? [], [tags.data]);
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const tree = tagRows(all, showArchived);
    return needle ? tree.filter((r) => `${r.tag.path} ${r.tag.definition}`.toLowerCase().includes(needle)) : tree;
  }, [all, showArchived, filter]);
  const selected = all.find((t) => t.id === selectedId) ?? null;

  useEffect(() => {
    if (selectedId === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-tag-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, tags.data]);

  async function importCsv(file: File) {
    const done = await call('tags.importCsv', { csv: await file.text() });
    if (done)
      showToast({ message: `Codebook imported: ${count(done.created, 'tag')} created, ${done.updated} updated.` });
  }

  async function exportCsv() {
    const done = await call('tags.exportCsv', {});
    if (done) downloadText('codebook.csv', done.csv);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button.tag-row') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
    buttons[next]?.focus();
    buttons[next]?.click();
  }

  let content;
  if (tags.error && !tags.data)
    content = (
      <ErrorNotice
        title="The codebook could not be loaded"
        message={tags.error.message}
        onRetry={() => void tags.refetch()}
      />
    );
  else if (!tags.data) content = <p className="loading muted">Loading the codebook…</p>;
  else if (all.length === 0)
    content = (
      <EmptyState
        title="No tags yet"
        icon={<Icon name="codebook" size={32} />}
        action={{ label: 'Add the default codebook', onClick: () => void call('tags.addDefaults', {}) }}
      >
        <p>
          Tags are the evidence codes you put on quotes: pain points, goals, jobs, decision criteria and more. Start
          from the default codebook built on the persona framework, or add your own with N.
        </p>
      </EmptyState>
    );
  else
    content = (
      <ul className="tag-tree" ref={listRef} onKeyDown={onKeyDown} aria-label="Tags">
        {rows.map(({ tag, depth }) => {
          const isSelected = tag.id === selectedId;
          const focusable =
            isSelected ||
            (selectedId === null && tag.id === rows[0]?.tag.id) ||
            (!rows.some((r) => r.tag.id === selectedId) && tag.id === rows[0]?.tag.id);
          return (
            <li key={tag.id}>
              <button
                type="button"
                className={`tag-row${isSelected ? ' is-selected' : ''}${tag.archived ? ' is-archived' : ''}`}
                style={{ paddingLeft: 12 + depth * 20 }}
                data-tag-id={tag.id}
                aria-pressed={isSelected}
                tabIndex={focusable ? 0 : -1}
                onClick={() => setSelectedId(tag.id)}
                onDoubleClick={() => setDialog('edit')}
              >
                <span className="tag-swatch" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
                <span className="tag-row-name">{tag.name}</span>
                <span className="tag-row-kind">{TAG_KIND_LABELS[tag.kind]}</span>
                {tag.pinnedSlot ? (
                  <kbd className="kbd" title={`Pinned to key ${tag.pinnedSlot}`}>
                    {tag.pinnedSlot}
                  </kbd>
                ) : null}
                {tag.archived ? <span className="tag-row-kind">Archived</span> : null}
                <span className="tag-row-counts">{countsLabel(tag)}</span>
              </button>
            </li>
          );
        })}
        {rows.length === 0 ? <li className="no-matches">No tags match “{filter}”.</li> : null}
      </ul>
    );

  const live = all.filter((t) => !t.archived).length;
  return (
    <main className="screen" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title="Codebook" subtitle={all.length ? count(live, 'tag') : undefined}>
          {all.length ? <FilterField label="Filter tags" value={filter} onChange={setFilter} /> : null}
          <label className="check toolbar-check">
            <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
            <span className="check-label">Show archived</span>
          </label>
          <button type="button" className="btn" onClick={() => fileRef.current?.click()}>
            Import CSV…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Codebook CSV file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importCsv(file);
            }}
          />
          <button type="button" className="btn" onClick={() => void exportCsv()} disabled={!all.length}>
            Export CSV
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setDialog('new')}
            aria-keyshortcuts="n"
            title="New tag (N)"
          >
            <Icon name="plus" />
            New tag
          </button>
        </Toolbar>
        <div className="screen-content">{content}</div>
      </div>
      <Inspector label="Selected tag">
        {selected ? (
          <TagInspector
            tag={selected}
            tags={all}
            onEdit={() => setDialog('edit')}
            onMove={() => setDialog('move')}
            onMerge={() => setDialog('merge')}
          />
        ) : (
          <InspectorEmpty>
            {all.length
              ? 'Select a tag to see its definition, evidence and actions.'
              : 'The tag you select appears here.'}
          </InspectorEmpty>
        )}
      </Inspector>
      {dialog === 'new' || (dialog === 'edit' && selected) ? (
        <TagFormDialog
          tag={dialog === 'edit' ? selected : null}
          tags={all}
          parentId={dialog === 'new' ? (selected?.id ?? null) : null}
          onDone={(id) => {
            setDialog(null);
            if (id !== undefined) setSelectedId(id);
          }}
        />
      ) : null}
      {dialog === 'move' && selected ? (
        <MoveTagDialog tag={selected} tags={all} onDone={() => setDialog(null)} />
      ) : null}
      {dialog === 'merge' && selected ? (
        <MergeTagDialog
          tag={selected}
          tags={all}
          onDone={(survivor) => {
            setDialog(null);
            if (survivor !== undefined) setSelectedId(survivor);
          }}
        />
      ) : null}
    </main>
  );
}
