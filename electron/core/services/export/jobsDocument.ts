/**
 * One persona's jobs to be done as a cited document: the job map's stages in order (define … conclude,
 * then jobs not placed yet), each job as its "When …, I want to …, so I can …" sentence with its kind
 * and numbered citations.
 */
import { JOB_KIND_LABELS, type JobMap } from '../../../../shared/domain/job';
import { citationNumbering, type CitedDocument, type DocItem } from './citedDocument';

export function jobsDocument(map: JobMap, opts: { locale?: string } = {}): CitedDocument {
  const { cite, citations } = citationNumbering(opts.locale);
  const item = (j: JobMap['unstaged'][number]): DocItem => ({
    label: `${JOB_KIND_LABELS[j.kind]} job`,
    statement: j.sentence,
    detail: [],
    note: j.citations.length ? '' : 'No quotes cited yet.',
    flag: j.citations.length ? null : 'assumption',
    citations: cite(j.citations),
  });
  const sections = [
    ...map.stages
      .filter((s) => s.jobs.length > 0)
      .map((s) => ({ title: `${s.label} — ${s.hint}`, items: s.jobs.map(item) })),
    ...(map.unstaged.length ? [{ title: 'Not placed on the map yet', items: map.unstaged.map(item) }] : []),
  ];
  const jobs = [...map.stages.flatMap((s) => s.jobs), ...map.unstaged];
  const kinds = Object.entries(JOB_KIND_LABELS)
    .map(([k, label]) => [label, jobs.filter((j) => j.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}: ${n}`);
  const uncited = jobs.filter((j) => j.citations.length === 0).length;
  const empty = map.stages.filter((s) => s.jobs.length === 0).map((s) => s.label);
  return {
    kind: 'jobs to be done',
    title: `Jobs to be done — ${map.persona.name}`,
    subtitle: '',
    facts: [
      ['Persona', `${map.persona.name} (${map.persona.kind === 'buyer' ? 'buyer' : 'user'} persona)`],
      ['Jobs', `${jobs.length} job statement${jobs.length === 1 ? '' : 's'}`],
      ['Kinds', kinds.join(', ') || '—'],
    ],
    sections,
    citations,
    checklist: [],
    warnings: [
      ...(uncited ? [`${uncited} job${uncited === 1 ? '' : 's'} cite${uncited === 1 ? 's' : ''} no quotes yet.`] : []),
      ...(jobs.length && empty.length ? [`No jobs yet at: ${empty.join(', ')}.`] : []),
    ],
  };
}
