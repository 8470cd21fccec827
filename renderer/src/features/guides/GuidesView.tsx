/** Interview guides: the list on the left, the selected guide's editor on the right (#/questions/guides?guide=ID). */
import { useState, type FormEvent } from 'react';
import { useQuery } from '../../api/hooks';
import { guideHref, replaceRoute, useSelectedGuide } from '../../routes';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { count } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import { ErrorNotice } from '../../ui/Notice';
import { useCall } from '../../api/useCall';
import { GuideEditor } from './GuideEditor';

function NewGuideDialog({ onCreated, onClose }: { onCreated(id: number): void; onClose(): void }) {
  const call = useCall();
  const [name, setName] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const guide = await call('guides.create', { name, description: '', items: [] });
    if (guide) onCreated(guide.id);
  }
  return (
    <Dialog title="New interview guide" size="small" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <div className="dialog-body">
          <label className="field">
            <span className="field-label">Guide name</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. Finance leads, discovery"
            />
          </label>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
            Create guide
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

export function GuidesView() {
  const guides = useQuery('guides.list', {});
  const selected = useSelectedGuide();
  const [creating, setCreating] = useState(false);
  const select = (id: number | null) => replaceRoute(guideHref(id));
  const list = guides.data ?? [];
  const current = list.find((g) => g.id === selected) ?? null;

  if (guides.error && !guides.data)
    return (
      <ErrorNotice
        title="Guides could not be loaded"
        message={guides.error.message}
        onRetry={() => void guides.refetch()}
      />
    );
  return (
    <div className="guides-view screen-content">
      <nav className="guides-list" aria-label="Interview guides">
        <button type="button" className="btn btn-primary guides-new" onClick={() => setCreating(true)}>
          <Icon name="plus" /> New guide
        </button>
        <ul>
          {list.map((g) => (
            <li key={g.id}>
              <a
                href={guideHref(g.id)}
                className={`guides-link${g.id === selected ? ' is-current' : ''}`}
                aria-current={g.id === selected ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  select(g.id);
                }}
              >
                <span className="guides-link-name">{g.name}</span>
                <span className="muted">
                  {count(g.items.length, 'question')}
                  {g.interviewCount ? ` · ${count(g.interviewCount, 'interview')}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="guides-main">
        {current ? (
          <GuideEditor key={current.id} guide={current} onDeleted={() => select(null)} onSelect={select} />
        ) : guides.data ? (
          <EmptyState
            title={list.length ? 'Choose a guide' : 'No interview guides yet'}
            icon={<Icon name="questions" size={32} />}
            action={{ label: 'New guide', onClick: () => setCreating(true) }}
          >
            <p>
              A guide is the ordered list of questions you take into an interview. Build one from the bank and attach it
              to interviews.
            </p>
          </EmptyState>
        ) : (
          <p className="loading muted">Loading guides…</p>
        )}
      </div>
      {creating ? (
        <NewGuideDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            select(id);
          }}
        />
      ) : null}
    </div>
  );
}
