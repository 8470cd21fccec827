/** Tags of one kind ranked by participant reach, then intensity: a bar per tag, and every count opens its quotes. */
import { SOURCE_KIND_LABELS } from '../../../../shared/domain/framework';
import type { Stance, TagRollup } from '../../../../shared/domain/synthesis';
import { count } from '../../ui/format';
import { ReachBar } from '../../ui/ReachBar';

function intensity(t: TagRollup): string {
  return t.avgIntensity === null ? '' : ` · avg intensity ${Math.round(t.avgIntensity * 10) / 10}`;
}

/** Evidence from documents (support tickets, reviews…) is shown apart: the framework rates it differently. */
function hasDocuments(t: TagRollup): boolean {
  return t.bySource.some((s) => s.sourceKind !== 'interview');
}

function BySource({ tag }: { tag: TagRollup }) {
  return (
    <ul className="ranked-sources" aria-label={`${tag.name} by source`}>
      {tag.bySource.map((s) => (
        <li
          key={s.sourceKind}
          className={`source-chip source-${s.sourceKind === 'interview' ? 'primary' : 'secondary'}`}
        >
          {SOURCE_KIND_LABELS[s.sourceKind]}: {count(s.participants, 'participant')}, {count(s.quotes, 'quote')}
        </li>
      ))}
    </ul>
  );
}

export function RankedTags({
  title,
  tags,
  inScope,
  empty,
  onOpen,
}: {
  title: string;
  tags: TagRollup[];
  inScope: number;
  empty: string;
  onOpen(tag: TagRollup, stance?: Stance): void;
}) {
  const id = `ranked-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="synthesis-panel" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {tags.length === 0 ? <p className="muted">{empty}</p> : null}
      <ol className="ranked-list" aria-label={title}>
        {tags.map((t) => (
          <li key={t.tagId} className="ranked-item">
            <div className="ranked-head">
              <span className="ranked-name">{t.name}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => onOpen(t)}
                aria-label={`${t.name}: ${count(t.quotes, 'quote')} — show them`}
              >
                {count(t.quotes, 'quote')}
              </button>
            </div>
            <ReachBar share={t.participantShare} />
            <p className="ranked-meta">
              {t.participants} of {count(inScope, 'participant')}
              {intensity(t)} · {hasDocuments(t) ? count(t.interviews, 'source') : count(t.interviews, 'interview')}
              {t.companies ? ` · ${count(t.companies, 'company', 'companies')}` : ''}
              {t.contradictingParticipants ? (
                <>
                  {' · '}
                  <button
                    type="button"
                    className="link-button contradicts-link"
                    onClick={() => onOpen(t, 'contradicts')}
                    aria-label={`${t.name}: ${count(t.contradictingParticipants, 'participant')} say the opposite — show their quotes`}
                  >
                    {t.contradictingParticipants} {t.contradictingParticipants === 1 ? 'contradicts' : 'contradict'}
                  </button>
                </>
              ) : null}
            </p>
            {hasDocuments(t) ? <BySource tag={t} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
