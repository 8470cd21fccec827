/** One segment: its details, the rule builder beside a live preview of who matches, and its members. */
import { useEffect, useMemo, useState } from 'react';
import type { Segment } from '../../../../shared/ipc/contract/segments';
import { BEHAVIOR_EXPLANATIONS } from '../../../../shared/domain/segmentRule';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { Dialog } from '../../ui/Dialog';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { Toolbar } from '../../ui/Toolbar';
import { APPROACH_SHORT, behaviorText } from './labels';
import { RuleBuilder } from './RuleBuilder';
import { RulePreviewPanel } from './RulePreviewPanel';
import { checkDraft, fromRule, newCondition, sameRule, type DraftCondition } from './ruleDraft';
import { compareHref } from '../../routes';
import { SegmentForm } from './SegmentForm';
import { SegmentMembers } from './SegmentMembers';
import { useSegmentActions } from './useSegmentActions';

export function sizeLine(s: Pick<Segment, 'participantCount' | 'interviewCount' | 'companyCount'>): string {
  return `${count(s.participantCount, 'participant')} · ${count(s.interviewCount, 'interview')} · ${count(s.companyCount, 'company', 'companies')}`;
}

export function SegmentPage({ id }: { id: number }) {
  const list = useQuery('segments.list', {});
  const segment = list.data?.find((s) => s.id === id);
  if (list.error && !list.data) {
    return (
      <main className="screen screen-no-inspector" aria-labelledby="screen-title">
        <div className="screen-main screen-padded">
          <ErrorNotice
            title="The segment could not be loaded"
            message={list.error.message}
            onRetry={() => void list.refetch()}
          />
        </div>
      </main>
    );
  }
  if (!list.data) return <main className="screen screen-no-inspector" aria-busy="true" aria-label="Loading" />;
  if (!segment) {
    return (
      <main className="screen screen-no-inspector" aria-labelledby="screen-title">
        <div className="screen-main">
          <Toolbar title="Segment not found" />
          <div className="screen-content screen-padded">
            <p>
              That segment no longer exists. <a href="#/segments">Back to all segments</a>
            </p>
          </div>
        </div>
      </main>
    );
  }
  // Compare this segment with up to two others by default.
  const compareIds = [segment.id, ...list.data.filter((s) => s.id !== segment.id).map((s) => s.id)].slice(0, 3);
  return <SegmentDetail segment={segment} compareIds={compareIds} />;
}

function SegmentDetail({ segment, compareIds }: { segment: Segment; compareIds: number[] }) {
  const [draft, setDraft] = useState<DraftCondition[]>(() => fromRule(segment.rule));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [applying, setApplying] = useState(false);
  const save = useMutation('segments.update');
  const actions = useSegmentActions();
  const { rule, problems } = useMemo(() => checkDraft(draft), [draft]);
  const dirty = !sameRule(segment.rule, rule) && !(rule === null && draft.length === 0);

  // When the stored rule changes elsewhere (undo, another window) and nothing is being edited here, follow it.
  const stored = JSON.stringify(segment.rule);
  useEffect(() => {
    if (!dirty) setDraft(fromRule(segment.rule));
  }, [stored]);

  async function saveRule(quiet = false): Promise<boolean> {
    if (!rule) return false;
    if (!dirty) return true;
    const saved = await save.run({ id: segment.id, patch: { rule } });
    if (saved && !quiet) actions.offerUndo('Rule saved.');
    return !!saved;
  }

  async function apply(removeNonMatching: boolean) {
    setApplying(true);
    try {
      if (await saveRule(true)) await actions.applyRule(segment.id, removeNonMatching);
    } finally {
      setApplying(false);
    }
  }

  const facts = [APPROACH_SHORT[segment.approach], segment.behaviorLabel ? behaviorText(segment.behaviorLabel) : '']
    .filter(Boolean)
    .join(' · ');

  return (
    <main className="screen screen-no-inspector" aria-labelledby="screen-title">
      <div className="screen-main">
        <Toolbar title={segment.name} subtitle={sizeLine(segment)}>
          <a className="btn btn-quiet" href="#/segments">
            All segments
          </a>
          <a className="btn" href={compareHref(compareIds)}>
            Compare…
          </a>
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit details
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setDeleting(true)}>
            Delete
          </button>
        </Toolbar>
        <div className="screen-content segment-content">
          <p className="segment-facts">
            <span className="muted">{facts}</span>
            {segment.behaviorLabel ? (
              <span className="muted"> — {BEHAVIOR_EXPLANATIONS[segment.behaviorLabel]}</span>
            ) : null}
            {segment.description ? <span className="segment-description">{segment.description}</span> : null}
          </p>
          <div className="segment-grid">
            <section className="synthesis-panel" aria-labelledby="rule-title">
              <div className="panel-head">
                <h2 id="rule-title" className="panel-title">
                  Rule
                </h2>
                <span className="muted">{dirty ? 'Unsaved changes' : 'Saved'}</span>
              </div>
              <p className="muted segment-help">
                Participants who meet every condition belong here. Company conditions look at the participant's company.
              </p>
              <RuleBuilder draft={draft} problems={problems} onChange={setDraft} />
              {draft.length === 0 && segment.behaviorLabel ? (
                <button
                  type="button"
                  className="btn btn-quiet"
                  onClick={() => setDraft([newCondition('behavior', [segment.behaviorLabel])])}
                >
                  Start from the behaviour label ({behaviorText(segment.behaviorLabel)})
                </button>
              ) : null}
              {save.error ? <p className="field-error">{save.error.message}</p> : null}
              <div className="segment-actions">
                <button
                  type="button"
                  className="btn"
                  disabled={!dirty || !rule || save.pending}
                  onClick={() => void saveRule()}
                >
                  {save.pending ? 'Saving…' : 'Save rule'}
                </button>
                {dirty ? (
                  <button type="button" className="btn btn-quiet" onClick={() => setDraft(fromRule(segment.rule))}>
                    Discard changes
                  </button>
                ) : null}
              </div>
            </section>
            <RulePreviewPanel
              segmentId={segment.id}
              segmentName={segment.name}
              rule={rule}
              hasProblems={problems.size > 0}
              applying={applying}
              onApply={(r) => void apply(r)}
            />
          </div>
          <SegmentMembers segment={segment} />
        </div>
      </div>
      {editing ? (
        <SegmentForm segment={segment} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      ) : null}
      {deleting ? <DeleteSegment segment={segment} onClose={() => setDeleting(false)} /> : null}
    </main>
  );
}

function DeleteSegment({ segment, onClose }: { segment: Segment; onClose(): void }) {
  const remove = useMutation('segments.delete');
  const { offerUndo } = useSegmentActions();
  return (
    <Dialog
      title={`Delete ${segment.name}?`}
      description="Undo brings it back with the same members."
      size="small"
      onClose={onClose}
    >
      <div className="dialog-body">
        <p>
          Its {count(segment.participantCount, 'participant')} stay in the study, without a segment. Personas that
          represent this segment stop including them.
        </p>
        {remove.error ? <p className="field-error">{remove.error.message}</p> : null}
      </div>
      <footer className="dialog-footer">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={remove.pending}
          onClick={async () => {
            if (await remove.run({ id: segment.id })) {
              offerUndo(`${segment.name} deleted.`);
              window.location.hash = '#/segments';
            }
          }}
        >
          Delete segment
        </button>
      </footer>
    </Dialog>
  );
}
