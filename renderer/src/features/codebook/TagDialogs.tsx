/** Codebook dialogs: a tag's fields (new or edit), move under another tag, merge into another tag. */
import { useState, type FormEvent } from 'react';
import {
  contrastRatio,
  KIND_COLOURS,
  TAG_KIND_LABELS,
  TAG_KINDS,
  type Tag,
  type TagKind,
} from '../../../../shared/domain/tag';
import { Dialog } from '../../ui/Dialog';
import { useCall } from '../../api/useCall';
import { subtreeIds } from './tree';

const TEXT_ON_HIGHLIGHT = '#1f1f1d';

function ParentSelect({
  tags,
  exclude,
  value,
  onChange,
  label,
}: {
  tags: readonly Tag[];
  exclude: Set<number>;
  value: string;
  onChange(v: string): void;
  label: string;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor="tag-parent">
        {label}
      </label>
      <select id="tag-parent" className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Top level</option>
        {tags
          .filter((t) => !exclude.has(t.id) && !t.archived)
          .sort((a, b) => a.path.localeCompare(b.path))
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.path}
            </option>
          ))}
      </select>
    </div>
  );
}

export function TagFormDialog({
  tag,
  tags,
  parentId,
  onDone,
}: {
  tag: Tag | null;
  tags: readonly Tag[];
  parentId: number | null;
  onDone(id?: number): void;
}) {
  const call = useCall();
  const [name, setName] = useState(tag?.name ?? '');
  const [kind, setKind] = useState<TagKind>(tag?.kind ?? 'theme');
  const [colour, setColour] = useState(tag?.colour ?? KIND_COLOURS.theme);
  const [colourTouched, setColourTouched] = useState(Boolean(tag));
  const [definition, setDefinition] = useState(tag?.definition ?? '');
  const [examples, setExamples] = useState(tag?.examples ?? '');
  const [parent, setParent] = useState(parentId === null ? '' : String(parentId));
  const ratio = contrastRatio(colour, TEXT_ON_HIGHLIGHT);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { name, kind, colour, definition, examples };
    const saved = tag
      ? await call('tags.update', { id: tag.id, patch: fields })
      : await call('tags.create', { ...fields, parentId: parent ? Number(parent) : null });
    if (saved) onDone(saved.id);
  }

  return (
    <Dialog title={tag ? `Edit “${tag.name}”` : 'New tag'} onClose={() => onDone()}>
      <form onSubmit={(event) => void submit(event)}>
        <div className="dialog-body form-grid">
          <div className="field">
            <label className="field-label" htmlFor="tag-name">
              Name<span className="field-required"> (required)</span>
            </label>
            <input
              id="tag-name"
              className="input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              data-autofocus
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="tag-kind">
              Kind
            </label>
            <select
              id="tag-kind"
              className="input"
              value={kind}
              onChange={(event) => {
                const next = event.target.value as TagKind;
                setKind(next);
                if (!colourTouched) setColour(KIND_COLOURS[next]);
              }}
            >
              {TAG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TAG_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="tag-colour">
              Highlight colour
            </label>
            <div className="colour-row">
              <input
                id="tag-colour"
                type="color"
                className="colour-input"
                value={colour}
                onChange={(event) => {
                  setColour(event.target.value);
                  setColourTouched(true);
                }}
              />
              <span className="colour-sample" style={{ backgroundColor: colour, color: TEXT_ON_HIGHLIGHT }}>
                Sample highlight
              </span>
              <span className={ratio >= 4.5 ? 'muted' : 'field-error'} aria-live="polite">
                Contrast {ratio.toFixed(1)}:1
                {ratio >= 4.5 ? '' : ' — too dark for readable text; choose a lighter colour'}
              </span>
            </div>
          </div>
          {!tag ? (
            <ParentSelect tags={tags} exclude={new Set()} value={parent} onChange={setParent} label="Parent" />
          ) : null}
          <div className="field">
            <label className="field-label" htmlFor="tag-definition">
              Definition
            </label>
            <textarea
              id="tag-definition"
              className="input textarea"
              rows={3}
              value={definition}
              onChange={(event) => setDefinition(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="tag-examples">
              Examples
            </label>
            <textarea
              id="tag-examples"
              className="input textarea"
              rows={3}
              value={examples}
              onChange={(event) => setExamples(event.target.value)}
            />
          </div>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onDone()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim() || ratio < 4.5}>
            {tag ? 'Save tag' : 'Add tag'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

export function MoveTagDialog({ tag, tags, onDone }: { tag: Tag; tags: readonly Tag[]; onDone(): void }) {
  const call = useCall();
  const [parent, setParent] = useState(tag.parentId === null ? '' : String(tag.parentId));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await call('tags.move', { id: tag.id, parentId: parent ? Number(parent) : null });
    if (done) onDone();
  }
  return (
    <Dialog
      title={`Move “${tag.name}”`}
      description="Choose the tag it belongs under. Its own children move with it."
      size="small"
      onClose={onDone}
    >
      <form onSubmit={(event) => void submit(event)}>
        <div className="dialog-body">
          <ParentSelect
            tags={tags}
            exclude={subtreeIds(tags, tag.id)}
            value={parent}
            onChange={setParent}
            label="New parent"
          />
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={onDone}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Move
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

export function MergeTagDialog({
  tag,
  tags,
  onDone,
}: {
  tag: Tag;
  tags: readonly Tag[];
  onDone(survivorId?: number): void;
}) {
  const call = useCall();
  const [target, setTarget] = useState('');
  const survivor = tags.find((t) => t.id === Number(target));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!survivor) return;
    const done = await call('tags.merge', { sourceId: tag.id, targetId: survivor.id });
    if (done) onDone(survivor.id);
  }
  return (
    <Dialog title={`Merge “${tag.name}” into…`} size="small" onClose={() => onDone()}>
      <form onSubmit={(event) => void submit(event)}>
        <div className="dialog-body">
          <div className="field">
            <label className="field-label" htmlFor="merge-target">
              Keep this tag
            </label>
            <select
              id="merge-target"
              className="input"
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              data-autofocus
            >
              <option value="">Choose a tag…</option>
              {tags
                .filter((t) => t.id !== tag.id && !t.archived)
                .sort((a, b) => a.path.localeCompare(b.path))
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.path}
                  </option>
                ))}
            </select>
          </div>
          <p className="muted">
            {survivor
              ? `${tag.codingCount} ${tag.codingCount === 1 ? 'coding moves' : 'codings move'} to “${survivor.name}”, and “${tag.name}” is removed. You can undo this.`
              : `Every quote tagged “${tag.name}” will carry the tag you keep instead.`}
          </p>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={() => onDone()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!survivor}>
            Merge
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
