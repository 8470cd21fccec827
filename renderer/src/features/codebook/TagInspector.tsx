/** The selected tag: what it means, how much evidence it has, and what can be done with it. */
import { TAG_KIND_LABELS, type Tag } from '../../../../shared/domain/tag';
import { useQuery } from '../../api/hooks';
import { Badge } from '../../ui/Badge';
import { DetailList, InspectorHeader } from '../../ui/Inspector';
import { useCall } from '../../api/useCall';
import { quotesHref, workspaceHref } from '../../routes';
import { countsLabel } from './tree';
import { useNames, useWho } from '../names/useNames';

export interface TagInspectorProps {
  tag: Tag;
  tags: readonly Tag[];
  onEdit(): void;
  onMove(): void;
  onMerge(): void;
}

export function TagInspector({ tag, tags, onEdit, onMove, onMerge }: TagInspectorProps) {
  const names = useNames();
  const who = useWho();
  const call = useCall();
  const recent = useQuery('quotes.list', { tagIds: [tag.id], limit: 3, sort: 'newest' }, { errors: 'toast' });
  const pinnedElsewhere = new Map(
    tags.filter((t) => t.pinnedSlot !== null && t.id !== tag.id).map((t) => [t.pinnedSlot!, t.name]),
  );
  return (
    <>
      <InspectorHeader
        title={tag.name}
        meta={
          <span className="tag-meta">
            <span className="tag-swatch tag-swatch-lg" style={{ backgroundColor: tag.colour }} aria-hidden="true" />
            <Badge>{TAG_KIND_LABELS[tag.kind]}</Badge>
            {tag.archived ? <Badge tone="caution">Archived</Badge> : null}
          </span>
        }
        actions={
          <>
            <button type="button" className="btn" onClick={onEdit}>
              Edit…
            </button>
            <button type="button" className="btn" onClick={onMove}>
              Move…
            </button>
            <button type="button" className="btn" onClick={onMerge}>
              Merge into…
            </button>
          </>
        }
      />
      <DetailList
        details={[
          {
            label: 'Evidence',
            value: <a href={quotesHref({ tag: tag.id, evidence: 'supporting' })}>{countsLabel(tag)}</a>,
          },
          { label: 'Path', value: tag.path },
          { label: 'Colour', value: tag.colour },
          { label: 'Definition', value: tag.definition ? <span className="prewrap">{tag.definition}</span> : '' },
          { label: 'Examples', value: tag.examples ? <span className="prewrap">{tag.examples}</span> : '' },
        ]}
      />
      <section className="detail-section">
        <h3 className="detail-heading">Shortcut and status</h3>
        <label className="field">
          <span className="field-label">Pinned to key</span>
          <select
            className="input"
            value={tag.pinnedSlot ?? ''}
            onChange={(event) =>
              void call('tags.pin', { id: tag.id, slot: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">Not pinned</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={n}>
                {n}
                {pinnedElsewhere.has(n) ? ` (now ${pinnedElsewhere.get(n)})` : ''}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button
            type="button"
            className="btn"
            onClick={() => void call('tags.archive', { id: tag.id, archived: !tag.archived })}
          >
            {tag.archived ? 'Restore tag' : 'Archive tag'}
          </button>
        </div>
        <p className="muted">Archived tags keep their codings but leave the picker.</p>
      </section>
      <section className="detail-section">
        <h3 className="detail-heading">Recent quotes</h3>
        {recent.data?.items.length ? (
          <ul className="recent-quotes">
            {recent.data.items.map((q) => (
              <li key={q.id}>
                <a href={workspaceHref(q.interviewId, { quoteId: q.id })} className="recent-quote">
                  “{names.text(q.exactText.length > 160 ? `${q.exactText.slice(0, 157)}…` : q.exactText)}”
                </a>
                <span className="muted">
                  {' '}
                  — {who(q, 'Unknown')}, {names.text(q.interviewTitle)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{recent.data ? 'No quotes carry this tag yet.' : 'Loading…'}</p>
        )}
      </section>
    </>
  );
}
