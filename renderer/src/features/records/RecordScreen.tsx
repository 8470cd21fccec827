/**
 * The list/inspector screen every record kind shares: toolbar with filter and "New", the table or
 * an empty state, the selected record in the inspector, and the create/edit/delete dialogs.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { QueryResult } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { EntityTable, type Column } from '../../ui/EntityTable';
import { count } from '../../ui/format';
import { Icon, type IconName } from '../../ui/Icon';
import { Inspector, InspectorEmpty, InspectorHeader } from '../../ui/Inspector';
import { ErrorNotice } from '../../ui/Notice';
import { FilterField, Toolbar } from '../../ui/Toolbar';
import { useKeyShortcut } from '../../keys/useKeyShortcut';
import { DeleteDialog, type RecordGroup } from './DeleteDialog';

interface Identified {
  id: number;
}

export interface RecordScreenProps<T extends Identified> {
  group: RecordGroup;
  title: string;
  noun: string;
  nounPlural: string;
  icon: IconName;
  list: QueryResult<T[]>;
  labelHeader: string;
  rowLabel(row: T): string;
  columns: Column<T>[];
  /** Text the filter box matches against. */
  searchText(row: T): string;
  empty: { title: string; body: ReactNode; action: string };
  /** Inspector content under the title. */
  details(row: T): ReactNode;
  inspectorMeta?(row: T): ReactNode;
  /** The create (record null) or edit form; calls onDone with the saved id, or nothing on cancel. */
  form(record: T | null, onDone: (savedId?: number) => void): ReactNode;
  /** A record with a page of its own (an interview's workspace): Enter, double-click and "Open" go there. */
  open?: { label: string; run(row: T): void };
  /** More toolbar actions, shown before "New". */
  toolbarActions?: ReactNode;
  /** A second action in the empty state. */
  emptySecondary?: { label: string; onClick(): void };
  /** Asks the screen to select a record (one just imported, say); a new object makes a new request. */
  selectRequest?: { id: number } | null;
}

export function RecordScreen<T extends Identified>(props: RecordScreenProps<T>) {
  const { group, title, noun, nounPlural, list, rowLabel } = props;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  useKeyShortcut('app.new', () => setEditing('new'));
  const { selectRequest } = props;
  useEffect(() => {
    if (selectRequest) setSelectedId(selectRequest.id);
  }, [selectRequest]);

  const rows = list.data ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((row) => props.searchText(row).toLowerCase().includes(needle)) : rows;
  const selected = rows.find((row) => row.id === selectedId) ?? null;
  const editingRecord = typeof editing === 'number' ? (rows.find((row) => row.id === editing) ?? null) : null;

  let content: ReactNode;
  if (list.error && !list.data) {
    content = (
      <ErrorNotice
        title={`${title} could not be loaded`}
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    );
  } else if (!list.data) {
    content = <p className="loading muted">Loading {nounPlural}…</p>;
  } else if (rows.length === 0) {
    content = (
      <EmptyState
        title={props.empty.title}
        icon={<Icon name={props.icon} size={32} />}
        action={{ label: props.empty.action, onClick: () => setEditing('new'), shortcut: 'N' }}
        secondaryAction={props.emptySecondary}
      >
        {props.empty.body}
      </EmptyState>
    );
  } else if (shown.length === 0) {
    content = (
      <p className="no-matches">
        No {nounPlural} match “{filter}”.{' '}
        <button type="button" className="btn btn-quiet" onClick={() => setFilter('')}>
          Clear filter
        </button>
      </p>
    );
  } else {
    content = (
      <EntityTable
        caption={title}
        labelHeader={props.labelHeader}
        columns={props.columns}
        rows={shown}
        rowId={(row) => row.id}
        rowLabel={rowLabel}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onOpen={(id) => {
          const row = props.open ? rows.find((r) => r.id === id) : undefined;
          if (row && props.open) props.open.run(row);
          else setEditing(id);
        }}
        openOnEnter={Boolean(props.open)}
      />
    );
  }

  return (
    <main className="screen" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title={title} subtitle={rows.length > 0 ? count(rows.length, noun, nounPlural) : undefined}>
          {rows.length > 0 ? <FilterField label={`Filter ${nounPlural}`} value={filter} onChange={setFilter} /> : null}
          {props.toolbarActions}
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setEditing('new')}
            title={`New ${noun} (N)`}
            aria-keyshortcuts="n"
          >
            <Icon name="plus" />
            New {noun}
          </button>
        </Toolbar>
        {list.error && list.data ? (
          <ErrorNotice
            title={`${title} could not be refreshed`}
            message={list.error.message}
            onRetry={() => void list.refetch()}
          />
        ) : null}
        <div className="screen-content">{content}</div>
      </div>

      <Inspector label={`Selected ${noun}`}>
        {selected ? (
          <>
            <InspectorHeader
              title={rowLabel(selected)}
              meta={props.inspectorMeta?.(selected)}
              actions={
                <>
                  {props.open ? (
                    <button type="button" className="btn btn-primary" onClick={() => props.open?.run(selected)}>
                      {props.open.label}
                    </button>
                  ) : null}
                  <button type="button" className="btn" onClick={() => setEditing(selected.id)}>
                    Edit
                  </button>
                  <button type="button" className="btn btn-danger-quiet" onClick={() => setDeleting(selected.id)}>
                    Delete…
                  </button>
                </>
              }
            />
            {props.details(selected)}
          </>
        ) : (
          <InspectorEmpty>
            {rows.length > 0
              ? `Select ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun} to see its details here.`
              : `Details of the ${noun} you select appear here.`}
          </InspectorEmpty>
        )}
      </Inspector>

      {editing !== null && (editing === 'new' || editingRecord)
        ? props.form(editing === 'new' ? null : editingRecord, (savedId) => {
            setEditing(null);
            if (savedId !== undefined) setSelectedId(savedId);
          })
        : null}
      {deleting !== null && selected ? (
        <DeleteDialog
          group={group}
          id={deleting}
          name={rowLabel(selected)}
          onClose={(deleted) => {
            setDeleting(null);
            if (deleted) setSelectedId(null);
          }}
        />
      ) : null}
    </main>
  );
}
