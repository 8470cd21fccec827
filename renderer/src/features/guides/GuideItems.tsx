/**
 * A guide's questions in order. Reorder by dragging (HTML5 drag and drop), with Alt+↑/↓ on a
 * focused question, or with the Move up / Move down buttons; focus follows the moved question.
 */
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { QUESTION_CATEGORY_LABELS, type GuideItem } from '../../../../shared/domain/guide';
import { moveItem } from './reorder';

export interface GuideItemsProps {
  items: readonly GuideItem[];
  onReorder(next: GuideItem[], moved: GuideItem): void;
  onRemove(item: GuideItem): void;
}

export function GuideItems({ items, onReorder, onRemove }: GuideItemsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (focusId === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-item-id="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId, items]);

  function move(from: number, to: number) {
    const item = items[from];
    if (!item || to < 0 || to >= items.length || to === from) return;
    onReorder(moveItem(items, from, to), item);
    setFocusId(item.id);
    setAnnounce(`Moved to position ${to + 1} of ${items.length}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, index: number) {
    if (dragging === null) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    setDropAt(event.clientY < box.top + box.height / 2 ? index : index + 1);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    if (dragging !== null && dropAt !== null) move(dragging, dropAt > dragging ? dropAt - 1 : dropAt);
    setDragging(null);
    setDropAt(null);
  }

  return (
    <>
      <ol
        ref={listRef}
        className="guide-items"
        aria-label="Questions in this guide"
        aria-describedby="guide-items-help"
      >
        {items.map((item, i) => (
          <li
            key={item.id}
            data-item-id={item.id}
            tabIndex={0}
            className={`guide-item${dragging === i ? ' is-dragging' : ''}${dropAt === i ? ' drop-before' : ''}${dropAt === i + 1 && i === items.length - 1 ? ' drop-after' : ''}`}
            draggable
            aria-label={`${i + 1}. ${item.text}`}
            onKeyDown={(event) => onKeyDown(event, i)}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(item.id));
              setDragging(i);
            }}
            onDragOver={(event) => onDragOver(event, i)}
            onDrop={onDrop}
            onDragEnd={() => {
              setDragging(null);
              setDropAt(null);
            }}
          >
            <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
              ⋮⋮
            </span>
            <span className="guide-item-number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="guide-item-body">
              <p className="guide-item-text">{item.text}</p>
              <p className="guide-item-meta muted">
                {item.questionId === null ? 'Custom question' : QUESTION_CATEGORY_LABELS[item.category]}
                {item.followUps.length
                  ? ` · ${item.followUps.length} follow-up${item.followUps.length === 1 ? '' : 's'}`
                  : ''}
              </p>
            </div>
            <div className="guide-item-actions">
              <button
                type="button"
                className="btn btn-quiet"
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
                title="Move up (Alt+↑)"
                aria-label={`Move up: ${item.text}`}
              >
                ↑
              </button>
              <button
                type="button"
                className="btn btn-quiet"
                disabled={i === items.length - 1}
                onClick={() => move(i, i + 1)}
                title="Move down (Alt+↓)"
                aria-label={`Move down: ${item.text}`}
              >
                ↓
              </button>
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => onRemove(item)}
                aria-label={`Remove: ${item.text}`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p id="guide-items-help" className="field-hint">
        Drag a question, or focus it and press <kbd className="kbd">Alt</kbd>+<kbd className="kbd">↑</kbd>/
        <kbd className="kbd">↓</kbd>, to change the order.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </>
  );
}
