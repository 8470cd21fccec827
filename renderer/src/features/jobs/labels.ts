/** Words and choices for job kinds and job-map stages, shared by the list, the form and the map. */
import { JOB_KIND_LABELS, JOB_KINDS, JOB_STAGE_LABELS, JOB_STAGES, type JobStage } from '../../../../shared/domain/job';
import type { Choice } from '../../ui/Field';

export const KIND_CHOICES: Choice[] = JOB_KINDS.map((k) => ({ value: k, label: JOB_KIND_LABELS[k] }));

/** "3 · Prepare": the number says where it sits on the map. */
export function stageLabel(stage: JobStage): string {
  return `${JOB_STAGES.indexOf(stage) + 1} · ${JOB_STAGE_LABELS[stage]}`;
}

export const STAGE_CHOICES: Choice[] = JOB_STAGES.map((s) => ({ value: s, label: stageLabel(s) }));

export const FIELD_LABELS = {
  situation: 'When',
  motivation: 'I want to',
  outcome: 'so I can',
  kind: 'Kind',
  stage: 'Job-map stage',
};

/** A patch's field errors ("patch.situation") under the names the form uses ("situation"). */
export function formFields(fields: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k.replace(/^patch\./, ''), v]));
}
