/** Codebook dialogs: a tag's fields (new or edit), move under another tag, merge into another tag. */
import { useId, useState, type FormEvent } from 'react';
import {
  contrastRatio,
  KIND_COLOURS,
  TAG_KIND_LABELS,
  TAG_KINDS,
  type Tag,
  type TagKind,
} from '../../../../shared/domain/tag';
import { Dialog } from '../../ui/Dialog';
import { fieldId, SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useCall } from '../../api/useCall';
import { subtreeIds } from './tree';

const TEXT_ON_HIGHLIGHT = '#1f1f1d';

function ParentSelect({
  formId,
  tags,
  exclude,
  value,
  onChange,
  label,
}: {
  formId: string;
  tags: readonly Tag[];
  exclude: Set<number>;
  value: string;
  onChange(v: string): void;
  label: string;
}) {
  return (
    <SelectField
      formId={formId}
      name="parent"
      label={label}
      value={value}
      onChange={onChange}
      choices={tagChoices(tags, exclude, 'Top level')}
    />
  );
}

/** The live tags but those excluded, by path, after a first "none" choice. */
function tagChoices(tags: readonly Tag[], exclude: Set<number>, none: string) {
  return [
    { value: '', label: none },
    ...tags
      .filter((t) => !exclude.has(t.id) && !t.archived)
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((t) => ({ value: String(t.id), label: t.path })),
  ];
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
  const formId = useId();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { name, kind, colour, definition, examples };
    setPending(true);
    const saved = tag
      ? await call('tags.update', { id: tag.id, patch: fields })
      : await call('tags.create', { ...fields, parentId: parent ? Number(parent) : null });
    setPending(false);
    if (saved) onDone(saved.id);
  }

  return (
    <Dialog title={tag ? `Edit “${tag.name}”` : 'New tag'} onClose={() => onDone()}>
      <form onSubmit={(event) => void submit(event)}>
        <div className="dialog-body form-grid">
          <TextField formId={formId} name="name" label="Name" required value={name} onChange={setName} />
          <SelectField
            formId={formId}
            name="kind"
            label="Kind"
            value={kind}
            onChange={(value) => {
              const next = value as TagKind;
              setKind(next);
              if (!colourTouched) setColour(KIND_COLOURS[next]);
            }}
            choices={TAG_KINDS.map((k) => ({ value: k, label: TAG_KIND_LABELS[k] }))}
          />
          <div className="field">
            <label className="field-label" htmlFor={fieldId(formId, 'colour')}>
              Highlight colour
            </label>
            <div className="colour-row">
              <input
                id={fieldId(formId, 'colour')}
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
            <ParentSelect
              formId={formId}
              tags={tags}
              exclude={new Set()}
              value={parent}
              onChange={setParent}
              label="Parent"
            />
          ) : null}
          <TextArea formId={formId} name="definition" label="Definition" value={definition} onChange={setDefinition} />
          <TextArea formId={formId} name="examples" label="Examples" value={examples} onChange={setExamples} />
        </div>
        <FormActions
          submitLabel={tag ? 'Save tag' : 'Add tag'}
          pending={pending}
          disabled={!name.trim() || ratio < 4.5}
          onCancel={() => onDone()}
        />
      </form>
    </Dialog>
  );
}

export function MoveTagDialog({ tag, tags, onDone }: { tag: Tag; tags: readonly Tag[]; onDone(): void }) {
  const call = useCall();
  const [parent, setParent] = useState(tag.parentId === null ? '' : String(tag.parentId));
  const formId = useId();
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
            formId={formId}
            tags={tags}
            exclude={subtreeIds(tags, tag.id)}
            value={parent}
            onChange={setParent}
            label="New parent"
          />
        </div>
        <FormActions submitLabel="Move" pending={false} onCancel={onDone} />
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
  const formId = useId();
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
          <SelectField
            formId={formId}
            name="target"
            label="Keep this tag"
            value={target}
            onChange={setTarget}
            choices={tagChoices(tags, new Set([tag.id]), 'Choose a tag…')}
          />
          <p className="muted">
            {survivor
              ? `${tag.codingCount} ${tag.codingCount === 1 ? 'coding moves' : 'codings move'} to “${survivor.name}”, and “${tag.name}” is removed. You can undo this.`
              : `Every quote tagged “${tag.name}” will carry the tag you keep instead.`}
          </p>
        </div>
        <FormActions submitLabel="Merge" pending={false} disabled={!survivor} onCancel={() => onDone()} />
      </form>
    </Dialog>
  );
}
