/**
 * Stores a planned document in one transaction as one undoable step: new companies, new participants
 * (neutral pseudonyms, computed in batch), the source (an interview row with its source kind), its
 * transcript, one speaker per person plus one for rows that name nobody, and one turn per row with the
 * row's date. The turns' full-text rows are written in one statement after the inserts (the bulk path
 * of transcript import). The turns are one bulk change, named by their ids rather than copied into the
 * undo step; undo deletes every row the step added, in reverse, through the change set.
 */
import path from 'node:path';
import type { DocumentCommitResult } from '../../../../shared/domain/document';
import { SOURCE_KIND_LABELS, type ResearchMethod, type SecondarySourceKind } from '../../../../shared/domain/framework';
import { personNameKeys, pseudonymKeys } from '../../../../shared/domain/names';
import { nextPseudonym } from '../../../../shared/domain/pseudonym';
import type { ProjectContext } from '../../context';
import { withDeferredFts } from '../../repos/ftsDeferral';
import { allPseudonyms, participantNames } from '../../repos/participants';
import { undoable } from '../../history/undo';
import type { DocumentPlan } from './plan';

/** The research method a document's source row carries (the schema needs one; plans count interviews only). */
const METHOD_OF: Partial<Record<SecondarySourceKind, ResearchMethod>> = {
  survey_answers: 'survey',
  win_loss_notes: 'win_loss',
};

/** The speaker of rows that name nobody: stored as "other", so they never count until mapped. */
export const UNATTRIBUTED_LABEL = 'Not named in the file';

export interface DocumentTarget {
  fileName: string;
  sourceKind: SecondarySourceKind;
  title?: string | undefined;
  /** Reports rows written so far (every few thousand rows), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function commitDocumentPlan(
  ctx: ProjectContext,
  plan: DocumentPlan,
  target: DocumentTarget,
): DocumentCommitResult {
  const at = ctx.clock.now();
  const kindLabel = SOURCE_KIND_LABELS[target.sourceKind];
  const label = `Import ${plural(plan.rows.length, 'row')} of ${kindLabel.toLowerCase()} from ${target.fileName}`;
  const newPeople = [...plan.people.values()].filter((p) => p.existingId === null);
  const dates = plan.rows.map((r) => r.date).filter((d): d is number => d !== null);
  const latest = dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null;

  const result = undoable(
    ctx,
    {
      label,
      action: 'document-import',
      entity: 'interview',
      kinds: ['interview', 'transcript', 'participant', 'company'],
    },
    (changes) => {
      const companyIds = new Map<string, number>();
      let companiesCreated = 0;
      for (const c of plan.companies.values()) {
        if (c.existingId !== null) {
          companyIds.set(c.key, c.existingId);
          continue;
        }
        companyIds.set(
          c.key,
          changes.insert('companies', {
            guid: ctx.newGuid(),
            name: c.name,
            aliases: '[]',
            industry: '',
            employee_range: '',
            annual_revenue: '',
            geography: '',
            growth_stage: '',
            current_stack: '[]',
            infrastructure: '',
            tech_maturity: '',
            buying_process: '',
            contract_value: '',
            notes: `Created when importing ${target.fileName}.`,
            created_at: at,
            updated_at: at,
          }),
        );
        companiesCreated++;
      }

      const codes = pseudonymsFor(
        ctx,
        newPeople.map((p) => p.realName),
      );
      const participantIds = new Map<string, number>();
      const created: number[] = [];
      newPeople.forEach((p, i) => {
        const id = changes.insert('participants', {
          guid: ctx.newGuid(),
          pseudonym: codes[i]!,
          real_name: p.realName,
          aliases: '[]',
          email: p.email,
          role: '',
          career_stage: '',
          company_id: p.companyKey ? companyIds.get(p.companyKey)! : null,
          segment_id: null,
          behavior: '',
          consent: 'pending',
          consent_at: null,
          notes: `Created when importing ${target.fileName}.`,
          created_at: at,
          updated_at: at,
        });
        participantIds.set(p.key, id);
        created.push(id);
      });
      for (const p of plan.people.values()) if (p.existingId !== null) participantIds.set(p.key, p.existingId);

      const interviewId = changes.insert('interviews', {
        guid: ctx.newGuid(),
        title: target.title?.trim() || titleFromFile(target.fileName),
        date: latest,
        method: METHOD_OF[target.sourceKind] ?? 'customer_interview',
        status: 'transcribed',
        interviewer: '',
        guide_id: null,
        summary: '',
        media_path: null,
        source_kind: target.sourceKind,
        created_at: at,
        updated_at: at,
      });
      for (const id of new Set(participantIds.values()))
        changes.link('interview_participants', { interview_id: interviewId, participant_id: id });
      const transcriptId = changes.insert('transcripts', {
        guid: ctx.newGuid(),
        interview_id: interviewId,
        source_name: target.fileName,
        format: path.extname(target.fileName).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv',
        encoding: 'utf-8',
        duration_ms: null,
        revision: 1,
        imported_at: at,
        preface: '',
        content_sha256: null,
      });
      const speakerIds = new Map<string | null, number>();
      for (const p of plan.people.values())
        speakerIds.set(
          p.key,
          changes.insert('speakers', {
            transcript_id: transcriptId,
            label: p.label,
            role: 'participant',
            participant_id: participantIds.get(p.key)!,
            counts_as_evidence: 1,
          }),
        );
      if (plan.rows.some((r) => r.personKey === null))
        speakerIds.set(
          null,
          changes.insert('speakers', {
            transcript_id: transcriptId,
            label: UNATTRIBUTED_LABEL,
            role: 'other',
            participant_id: null,
            counts_as_evidence: 0,
          }),
        );

      const total = plan.rows.length;
      // One bulk change (history/changeSet.ts#BulkChange): the step names the turns by id, it does not
      // copy them; undo reads them back and redo re-inserts what undo kept.
      withDeferredFts(ctx.db, 'transcript_fts', () => {
        changes.insertMany(
          'transcript_segments',
          plan.rows.map((r, seq) => ({
            guid: ctx.newGuid(),
            transcript_id: transcriptId,
            seq,
            speaker_id: speakerIds.get(r.personKey)!,
            start_ms: null,
            end_ms: null,
            text: r.text,
            cue_times: '[]',
            dated_at: r.date,
          })),
          (done) => {
            if (target.onProgress && done % 5_000 === 0) target.onProgress(done, total);
          },
        );
      });
      return { interviewId, participantsCreated: created, companiesCreated };
    },
  );
  ctx.emit('entities.changed', { kind: 'interview', ids: [result.interviewId] });
  ctx.emit('entities.changed', { kind: 'transcript', ids: [result.interviewId] });
  if (result.participantsCreated.length)
    ctx.emit('entities.changed', { kind: 'participant', ids: result.participantsCreated });
  if (result.companiesCreated) ctx.emit('entities.changed', { kind: 'company', ids: [] });
  return {
    interviewId: result.interviewId,
    turns: plan.rows.length,
    participantsCreated: result.participantsCreated.length,
    companiesCreated: result.companiesCreated,
    label,
  };
}

/** Neutral codes for the new people, skipping any code that is someone's name (theirs or the project's). */
function pseudonymsFor(ctx: ProjectContext, newNames: readonly string[]): string[] {
  const nameKeys = new Set<string>();
  for (const p of participantNames(ctx.db)) for (const k of personNameKeys(p.realName)) nameKeys.add(k.key);
  for (const n of newNames) for (const k of personNameKeys(n)) nameKeys.add(k.key);
  const clashes = (code: string) => [...pseudonymKeys(code)].some((k) => nameKeys.has(k));
  const out: string[] = [];
  let taken: Iterable<string> = allPseudonyms(ctx.db);
  for (let i = 0; i < newNames.length; i++) {
    const code = nextPseudonym(taken, clashes);
    out.push(code);
    taken = [code];
  }
  return out;
}

function titleFromFile(fileName: string): string {
  const base = path.basename(fileName, path.extname(fileName)).replace(/[_]+/g, ' ').trim();
  return base.slice(0, 200) || 'Imported document';
}
