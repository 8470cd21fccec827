/** One guide: name and description, its questions (add from the bank or custom, reorder, remove), and actions. */
import { useEffect, useState } from 'react';
import type { Guide, GuideItem } from '../../../../shared/domain/guide';
import { count } from '../../ui/format';
import { downloadTextFile } from '../../ui/download';
import { showToast } from '../../ui/Toast';
import { useCall } from '../../api/useCall';
import { BankPicker } from './BankPicker';
import { GuideItems } from './GuideItems';
import { GuidePrint } from './GuidePrint';

type ItemRef = { id: number } | { questionId: number } | { customText: string };
export function GuideEditor({
  guide,
  onDeleted,
  onSelect,
}: {
  guide: Guide;
  onDeleted(): void;
  onSelect(id: number): void;
}) {
  const call = useCall();
  const [items, setItems] = useState<GuideItem[]>(guide.items);
  const [name, setName] = useState(guide.name);
  const [description, setDescription] = useState(guide.description);
  const [custom, setCustom] = useState('');
  const [picking, setPicking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => setItems(guide.items), [guide.items]);

  async function saveItems(next: ItemRef[]) {
    const done = await call('guides.update', { id: guide.id, items: next });
    if (done) setItems(done.items);
  }
  const refs = (list: readonly GuideItem[]): ItemRef[] => list.map((i) => ({ id: i.id }));

  async function saveField(patch: { name?: string; description?: string }) {
    if (patch.name !== undefined && (patch.name.trim() === guide.name || !patch.name.trim()))
      return setName(guide.name);
    if (patch.description !== undefined && patch.description === guide.description) return;
    await call('guides.update', { id: guide.id, patch });
  }

  async function exportMarkdown() {
    const done = await call('guides.exportMarkdown', { id: guide.id });
    if (done) downloadTextFile(done.fileName, done.markdown, 'text/markdown');
  }

  async function duplicate() {
    const copy = await call('guides.duplicate', { id: guide.id });
    if (copy) {
      showToast({ message: `Duplicated as “${copy.name}”.` });
      onSelect(copy.id);
    }
  }

  async function remove() {
    const done = await call('guides.delete', { id: guide.id });
    if (done) onDeleted();
  }

  const inGuide = new Set(items.flatMap((i) => (i.questionId === null ? [] : [i.questionId])));
  return (
    <section className="guide-editor" aria-label={`Guide: ${guide.name}`}>
      <div className="guide-head">
        <label className="visually-hidden" htmlFor="guide-name">
          Guide name
        </label>
        <input
          id="guide-name"
          className="input guide-name-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void saveField({ name })}
        />
        <div className="guide-actions">
          <button type="button" className="btn" onClick={() => void duplicate()}>
            Duplicate
          </button>
          <button type="button" className="btn" onClick={() => void exportMarkdown()}>
            Export Markdown
          </button>
          <button type="button" className="btn" onClick={() => window.print()}>
            Print…
          </button>
          <button type="button" className="btn btn-danger-quiet" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        </div>
      </div>
      {confirmDelete ? (
        <div className="notice notice-caution" role="alert">
          <div>
            <p className="notice-title">Delete “{guide.name}”?</p>
            <p className="notice-message">
              {guide.interviewCount
                ? `${count(guide.interviewCount, 'interview')} use this guide; they keep their notes but lose the question list.`
                : 'No interview uses this guide. The bank questions stay in the bank.'}
            </p>
          </div>
          <button type="button" className="btn" onClick={() => setConfirmDelete(false)}>
            Keep it
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            Delete guide
          </button>
        </div>
      ) : null}
      <label className="field-label" htmlFor="guide-description">
        Description
      </label>
      <textarea
        id="guide-description"
        className="input textarea"
        rows={2}
        value={description}
        placeholder="Who this guide is for and what it should find out"
        onChange={(e) => setDescription(e.target.value)}
        onBlur={() => void saveField({ description })}
      />
      <h2 className="section-heading">
        Questions <span className="muted">{items.length}</span>
      </h2>
      {items.length ? (
        <GuideItems
          items={items}
          onReorder={(next) => {
            setItems(next);
            void saveItems(refs(next));
          }}
          onRemove={(item) => void saveItems(refs(items.filter((i) => i.id !== item.id)))}
        />
      ) : (
        <p className="muted guide-empty">No questions yet. Add some from the bank or write your own.</p>
      )}
      <div className="guide-add">
        <button type="button" className="btn btn-primary" onClick={() => setPicking(true)}>
          Add from the bank…
        </button>
        <form
          className="guide-custom"
          onSubmit={(e) => {
            e.preventDefault();
            if (!custom.trim()) return;
            void saveItems([...refs(items), { customText: custom.trim() }]).then(() => setCustom(''));
          }}
        >
          <input
            className="input"
            aria-label="Custom question"
            placeholder="Or write a custom question"
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
          />
          <button type="submit" className="btn" disabled={!custom.trim()}>
            Add
          </button>
        </form>
      </div>
      {picking ? (
        <BankPicker
          inGuide={inGuide}
          onAdd={(q) => void saveItems([...refs(items), { questionId: q.id }])}
          onClose={() => setPicking(false)}
        />
      ) : null}
      <GuidePrint guide={{ ...guide, name, description, items }} />
    </section>
  );
}
