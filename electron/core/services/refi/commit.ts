/**
 * Storing a staged REFI import in one transaction: codes become tags (hierarchy, colours,
 * definitions, kinds from "Tag kind:" sets), cases become participants (with companies and
 * segments from their variables), text sources become interviews with transcripts, selections
 * become quotes with their codings, notes become notes. Foreign GUIDs are kept; a code, case or
 * source whose GUID is already in the project is matched, not duplicated.
 */
import { flatten, quoteTextAt } from '../../../../shared/domain/anchoring';
import {
  CAREER_STAGES,
  CONSENT_STATES,
  INTERVIEW_STATUSES,
  RESEARCH_METHODS,
} from '../../../../shared/domain/framework';
import { BEHAVIORS } from '../../../../shared/domain/segmentRule';
import { KIND_COLOURS, type TagKind } from '../../../../shared/domain/tag';
import { UNKNOWN_SPEAKER_LABEL } from '../../../../shared/domain/transcript';
import type { ProjectContext } from '../../context';
import { findCompanyByName, insertCompany } from '../../repos/companies';
import { insertInterview, linkParticipant } from '../../repos/interviews';
import { recordOperation } from '../../repos/operations';
import { insertParticipant, pseudonymTaken } from '../../repos/participants';
import * as repo from '../../repos/refi';
import { insertSpeaker, insertTurn, insertTranscript } from '../../repos/transcripts';
import { withDeferredFts } from '../../repos/ftsDeferral';
import { guidKey, nameGuid } from './guid';
import type { RefiCase, RefiCode, RefiValue } from './parseXml';
import type { StagedRefi } from './stage';
import { codersForUsers } from './users';
import { CASE_VARIABLES, kindFromSetName, SEGMENT_SET_PREFIX, SOURCE_VARIABLES, splitLabels } from './vocabulary';

export interface CommitCounts {
  interviewIds: number[];
  tagsCreated: number;
  participantsCreated: number;
  quotesCreated: number;
  codingsCreated: number;
  notesCreated: number;
  /** Coders the file's users became that this project did not list. */
  codersCreated: number;
}

export type Progress = (done: number, total: number) => void;

export function commitRefi(ctx: ProjectContext, staged: StagedRefi, onProgress?: Progress): CommitCounts {
  const result = ctx.db.transaction(() =>
    withDeferredFts(ctx.db, 'transcript_fts', () =>
      withDeferredFts(ctx.db, 'quotes_fts', () => store(ctx, staged, onProgress)),
    ),
  )();
  if (result.interviewIds.length) {
    ctx.emit('entities.changed', { kind: 'interview', ids: result.interviewIds });
    ctx.emit('entities.changed', { kind: 'transcript', ids: result.interviewIds });
  }
  ctx.emit('entities.changed', { kind: 'tag', ids: [] });
  ctx.emit('entities.changed', { kind: 'participant', ids: [] });
  if (result.quotesCreated) ctx.emit('entities.changed', { kind: 'quote', ids: [] });
  if (result.codingsCreated) ctx.emit('entities.changed', { kind: 'coding', ids: [] });
  if (result.notesCreated) ctx.emit('entities.changed', { kind: 'note', ids: [] });
  // The coder list drives the sidebar (Agreement), filters and colour by coder.
  if (result.codersCreated) ctx.emit('entities.changed', { kind: 'coder', ids: [] });
  return result;
}

function store(ctx: ProjectContext, staged: StagedRefi, onProgress?: Progress): CommitCounts {
  const { db } = ctx;
  const at = ctx.clock.now();
  const { model, report } = staged;
  const counts: CommitCounts = {
    interviewIds: [],
    tagsCreated: 0,
    participantsCreated: 0,
    quotesCreated: 0,
    codingsCreated: 0,
    notesCreated: 0,
    codersCreated: 0,
  };
  // GUIDs in use, per table, read once: a foreign GUID is kept unless this project already uses it.
  const used = new Map<Parameters<typeof repo.guidKeys>[1], Set<string>>();
  const fresh = (table: Parameters<typeof repo.guidKeys>[1], guid: string): string => {
    let keys = used.get(table);
    if (!keys) used.set(table, (keys = repo.guidKeys(db, table)));
    const chosen = guid && !keys.has(guidKey(guid)) ? guid : ctx.newGuid();
    keys.add(guidKey(chosen));
    return chosen;
  };

  // 1. Codes -> tags.
  const kindOf = new Map<string, TagKind>();
  for (const set of model.sets) {
    const kind = kindFromSetName(set.name);
    if (kind) for (const g of set.memberCodes) kindOf.set(guidKey(g), kind);
  }
  const allCodes: RefiCode[] = [];
  const walk = (c: RefiCode): void => {
    allCodes.push(c);
    c.children.forEach(walk);
  };
  model.codes.forEach(walk);
  const existingTags = repo.idsByGuid(
    db,
    'tags',
    allCodes.map((c) => guidKey(c.guid)),
  );
  const tagId = new Map<string, number>();
  let position = 0;
  const placeCode = (c: RefiCode, parentId: number | null): void => {
    const key = guidKey(c.guid);
    let id = existingTags.get(key) ?? null;
    const name = c.name.trim().slice(0, 200) || 'Unnamed code';
    id ??= repo.tagIdByName(db, parentId, name) ?? null;
    if (id === null) {
      const kind = kindOf.get(key) ?? 'theme';
      id = repo.insertTag(db, {
        guid: c.guid ? fresh('tags', c.guid) : ctx.newGuid(),
        parentId,
        name,
        kind,
        colour: colourOf(c.color) ?? KIND_COLOURS[kind],
        definition: c.description.trim().slice(0, 2000),
        position: position++,
        at,
      });
      counts.tagsCreated++;
    }
    tagId.set(key, id);
    for (const child of c.children) placeCode(child, id);
  };
  for (const c of model.codes) placeCode(c, null);
  if (allCodes.length) report.carry('codes (as tags, with hierarchy and colours)', allCodes.length);
  const matchedTags = allCodes.length - counts.tagsCreated;
  if (matchedTags > 0)
    report.adjust(
      `${matchedTags} code${matchedTags === 1 ? ' was' : 's were'} already in this project (same GUID or name) and ${matchedTags === 1 ? 'was' : 'were'} reused.`,
    );

  // 2. Cases -> participants, with segments and companies from their variables.
  const varName = new Map(model.variables.map((v) => [guidKey(v.guid), v.name]));
  const valuesOf = (values: RefiValue[]): Map<string, string> => {
    const m = new Map<string, string>();
    for (const v of values) {
      const name = varName.get(guidKey(v.variableGuid));
      if (name) m.set(name.toLowerCase(), v.value);
    }
    return m;
  };
  const segmentDescriptions = new Map<string, { guid: string; description: string }>();
  for (const set of model.sets) {
    if (set.name.startsWith(SEGMENT_SET_PREFIX))
      segmentDescriptions.set(set.name.slice(SEGMENT_SET_PREFIX.length).toLowerCase(), {
        guid: set.guid,
        description: set.description,
      });
  }
  const participantOfCase = new Map<string, number>();
  const caseLabels = new Map<number, string[]>();
  const existingCases = repo.idsByGuid(
    db,
    'participants',
    model.cases.map((c) => guidKey(c.guid)),
  );
  const caseVarNames = new Set(Object.values(CASE_VARIABLES).map((v) => v.name.toLowerCase()));
  let unknownVariables = 0;
  for (const c of model.cases) {
    const v = valuesOf(c.values);
    for (const name of v.keys()) if (!caseVarNames.has(name)) unknownVariables++;
    let id = existingCases.get(guidKey(c.guid)) ?? null;
    if (id === null) {
      id = insertParticipant(db, fresh('participants', c.guid), at, {
        pseudonym: uniquePseudonym(ctx, c.name.trim() || 'Imported case'),
        realName: v.get(CASE_VARIABLES.realName.name.toLowerCase()) ?? '',
        email: v.get(CASE_VARIABLES.email.name.toLowerCase()) ?? '',
        role: (v.get(CASE_VARIABLES.role.name.toLowerCase()) ?? '').slice(0, 200),
        careerStage: oneOf(CAREER_STAGES, v.get(CASE_VARIABLES.careerStage.name.toLowerCase()), ''),
        behavior: oneOf(BEHAVIORS, v.get(CASE_VARIABLES.behavior.name.toLowerCase()), ''),
        consent: oneOf(CONSENT_STATES, v.get(CASE_VARIABLES.consent.name.toLowerCase()), 'pending'),
        consentAt: null,
        companyId: companyFor(ctx, v, at),
        segmentId: segmentFor(ctx, v.get(CASE_VARIABLES.segment.name.toLowerCase()), segmentDescriptions, at),
        notes: c.description.trim(),
      });
      counts.participantsCreated++;
    }
    participantOfCase.set(guidKey(c.guid), id);
    caseLabels.set(
      id,
      [
        c.name.trim(),
        v.get(CASE_VARIABLES.realName.name.toLowerCase()) ?? '',
        ...splitLabels(v.get(CASE_VARIABLES.speakerLabels.name.toLowerCase()) ?? ''),
      ].filter(Boolean),
    );
  }
  if (model.cases.length) report.carry('cases (as participants)', model.cases.length);
  if (unknownVariables)
    report.lose(
      'case variables Groundwork has no field for',
      'only role, segment, consent and company details have a place; the others were left out',
      undefined,
      unknownVariables,
    );

  // 3. Text sources -> interviews, transcripts, quotes and codings.
  const casesOfSource = new Map<string, RefiCase[]>();
  for (const c of model.cases)
    for (const s of c.sourceRefs) casesOfSource.set(guidKey(s), [...(casesOfSource.get(guidKey(s)) ?? []), c]);
  const userNames = new Set(model.users.map((u) => u.name.trim().toLowerCase()).filter(Boolean));
  const sourceKeys = staged.sources.map((s) => guidKey(s.source.guid));
  const existingInterviews = new Map([
    ...repo.idsByGuid(db, 'interviews', sourceKeys),
    ...repo.idsByGuid(db, 'transcripts', sourceKeys),
  ]);
  const interviewOfSource = new Map<string, number>();
  const totalSelections = staged.sources.reduce((n, s) => n + s.anchors.size, 0);
  let doneSelections = 0;
  let unmappedSpeakers = 0;
  let skippedSources = 0;
  let coderCopies = 0;
  const { coderOf, added: codersAdded } = codersForUsers(db, model, report, at);
  counts.codersCreated = codersAdded;
  for (const s of staged.sources) {
    const key = guidKey(s.source.guid);
    const existing = existingInterviews.get(key);
    if (existing !== undefined) {
      interviewOfSource.set(key, existing);
      skippedSources++;
      continue;
    }
    const v = valuesOf(s.source.values);
    const V = SOURCE_VARIABLES;
    const dateText = v.get(V.date.name.toLowerCase());
    const date = dateText ? Date.parse(dateText) : NaN;
    const interviewId = insertInterview(db, fresh('interviews', s.source.guid), at, {
      title: s.source.name.trim().slice(0, 200) || 'Imported source',
      date: Number.isFinite(date) ? date : null,
      method: oneOf(RESEARCH_METHODS, v.get(V.method.name.toLowerCase()), 'customer_interview'),
      status: oneOf(INTERVIEW_STATUSES, v.get(V.status.name.toLowerCase()), s.turns.length ? 'transcribed' : 'planned'),
      interviewer: (v.get(V.interviewer.name.toLowerCase()) ?? '').slice(0, 200),
      summary: s.source.description.trim(),
    });
    counts.interviewIds.push(interviewId);
    interviewOfSource.set(key, interviewId);
    if (s.turns.length === 0) continue;

    const transcriptId = insertTranscript(db, {
      guid: nameGuid(`transcript:${key}`),
      interviewId,
      sourceName: s.source.name,
      format: 'text',
      encoding: 'utf-8',
      durationMs: null,
      revision: 1,
      // A REFI source is plain text with no title page; its hash is not a file's, so duplicates are not checked.
      preface: '',
      contentSha256: null,
      at,
    });
    const interviewers = new Set(
      splitLabels(v.get(V.interviewerSpeakers.name.toLowerCase()) ?? '').map((l) => l.toLowerCase()),
    );
    const others = new Set(splitLabels(v.get(V.otherSpeakers.name.toLowerCase()) ?? '').map((l) => l.toLowerCase()));
    const linked = (casesOfSource.get(key) ?? [])
      .map((c) => participantOfCase.get(guidKey(c.guid))!)
      .filter((id) => id !== undefined);
    for (const p of linked) linkParticipant(db, interviewId, p);
    const speakerIds = new Map<string | null, number>();
    for (const label of [...new Set(s.turns.map((t) => t.speaker))]) {
      const lower = (label ?? '').toLowerCase();
      let role: 'participant' | 'interviewer' | 'other' = 'participant';
      let participantId: number | null = null;
      if (label !== null && (interviewers.has(lower) || userNames.has(lower))) role = 'interviewer';
      else if (label !== null && others.has(lower)) role = 'other';
      else if (label !== null) {
        // The file says who speaks: a case linked to this source whose name or labels match, else any case.
        const match = (ids: Iterable<number>): number | null => {
          for (const id of ids) if ((caseLabels.get(id) ?? []).some((l) => l.toLowerCase() === lower)) return id;
          return null;
        };
        participantId = match(linked) ?? match(participantOfCase.values());
        if (participantId !== null) linkParticipant(db, interviewId, participantId);
        else unmappedSpeakers++;
      } else {
        role = 'other';
      }
      speakerIds.set(
        label,
        insertSpeaker(db, {
          transcriptId,
          label: label ?? UNKNOWN_SPEAKER_LABEL,
          role,
          participantId,
          countsAsEvidence: role === 'participant',
        }),
      );
    }
    const turnIds = s.turns.map((t, seq) =>
      insertTurn(db, {
        guid: nameGuid(`turn:${key}:${seq}`),
        transcriptId,
        seq,
        speakerId: speakerIds.get(t.speaker) ?? null,
        startMs: t.startMs,
        endMs: null,
        text: s.text.slice(t.start, t.end),
        cues: [],
      }),
    );
    const flat = flatten(s.turns.map((t, k) => ({ id: turnIds[k]!, text: s.text.slice(t.start, t.end) })));
    for (const [sel, a] of s.anchors) {
      const startGlobal = flat.starts[a.startTurn]! + a.startOffset;
      const endGlobal = flat.starts[a.endTurn]! + a.endOffset;
      const words = quoteTextAt(flat, startGlobal, endGlobal);
      const quoteCoder = coderOf(sel.creatingUser);
      const insertQuote = (guid: string, coderId: number | null): number => {
        counts.quotesCreated++;
        return repo.insertQuoteRow(db, {
          guid,
          interviewId,
          startTurnId: turnIds[a.startTurn]!,
          startOffset: a.startOffset,
          endTurnId: turnIds[a.endTurn]!,
          endOffset: a.endOffset,
          exactText: words.exact,
          prefix: words.prefix,
          suffix: words.suffix,
          comment: sel.description.trim().slice(0, 5000),
          coderId,
          at: parseTime(sel.created) ?? at,
        });
      };
      const quoteId = insertQuote(fresh('quotes', sel.guid), quoteCoder);
      // A quote holds a tag once. Another coder's coding with the same code on this selection is
      // their own judgement (it counts in agreement), so it goes on their own copy of the span — as
      // when two coders quote the same words here.
      const codedBy = new Map<number, number | null>();
      const copies = new Map<number | null, number>();
      for (const c of sel.codings) {
        const tag = tagId.get(guidKey(c.codeGuid));
        if (tag === undefined) {
          report.lose(
            'codings whose code is not in the file',
            'they point at a code GUID the codebook does not define',
            sel.name,
          );
          continue;
        }
        const coderId = coderOf(c.creatingUser) ?? quoteCoder;
        let target = quoteId;
        if (codedBy.has(tag) && codedBy.get(tag) !== coderId) {
          const user = guidKey(c.creatingUser ?? sel.creatingUser ?? '');
          target =
            copies.get(coderId) ??
            insertQuote(fresh('quotes', nameGuid(`selection:${guidKey(sel.guid)}:user:${user}`)), coderId);
          copies.set(coderId, target);
          if (target !== quoteId) coderCopies++;
        } else codedBy.set(tag, coderId);
        if (
          repo.insertCodingRow(db, {
            guid: fresh('codings', c.guid),
            quoteId: target,
            tagId: tag,
            coderId,
            at: parseTime(c.created) ?? at,
          })
        )
          counts.codingsCreated++;
      }
      if (++doneSelections % 5000 === 0) onProgress?.(doneSelections, totalSelections);
    }
  }
  if (staged.sources.length)
    report.carry('text sources (as interviews with transcripts)', staged.sources.length - skippedSources);
  if (skippedSources)
    report.adjust(
      `${skippedSources} source${skippedSources === 1 ? ' is' : 's are'} already in this project (same GUID) and ${skippedSources === 1 ? 'was' : 'were'} not imported again.`,
    );
  report.carry('selections (as quotes)', counts.quotesCreated);
  report.carry('codings', counts.codingsCreated);
  if (coderCopies)
    report.adjust(
      `${coderCopies} selection${coderCopies === 1 ? ' was' : 's were'} given the same code by two coders; each coder’s coding is kept on their own copy of the quote.`,
    );
  if (unmappedSpeakers)
    report.lose(
      'speakers not matched to a case',
      'no case in the file names them; map them to participants in the reader (Speakers)',
      undefined,
      unmappedSpeakers,
    );

  // 4. Notes: attached to the interview whose source refers to them, else project memos.
  const noteOwner = new Map<string, number>();
  for (const s of staged.sources) {
    const interviewId = interviewOfSource.get(guidKey(s.source.guid));
    if (interviewId !== undefined && counts.interviewIds.includes(interviewId))
      for (const r of s.source.noteRefs) noteOwner.set(guidKey(r), interviewId);
  }
  const existingNotes = repo.idsByGuid(
    db,
    'notes',
    model.notes.map((n) => guidKey(n.guid)),
  );
  for (const n of model.notes) {
    const key = guidKey(n.guid);
    if (existingNotes.has(key)) continue;
    const text = staged.noteTexts.get(key);
    if (text === undefined) {
      report.lose('notes without text', 'the note’s text is neither in the file nor in its sources folder', n.name);
      continue;
    }
    repo.insertNoteRow(db, {
      guid: n.guid,
      interviewId: noteOwner.get(key) ?? null,
      title: n.name.slice(0, 200),
      doc: lexicalDoc(text),
      plainText: text,
      coderId: coderOf(n.creatingUser),
      at,
    });
    counts.notesCreated++;
  }
  if (model.description.trim()) {
    repo.insertNoteRow(db, {
      guid: ctx.newGuid(),
      interviewId: null,
      title: 'Project description',
      doc: lexicalDoc(model.description),
      plainText: model.description,
      coderId: null,
      at,
    });
    counts.notesCreated++;
  }
  report.carry('notes and memos', counts.notesCreated);

  recordOperation(db, at, {
    action: 'import-refi',
    entity: 'project',
    entityId: null,
    payload: { file: staged.fileName, origin: model.origin, ...counts, interviewIds: counts.interviewIds.length },
  });
  return counts;
}

function colourOf(color: string | null): string | null {
  if (!color) return null;
  const c = color.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(c)) return c.toLowerCase();
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase() : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  const v = (value ?? '').trim();
  return (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

function parseTime(value: string | null): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

function uniquePseudonym(ctx: ProjectContext, wanted: string): string {
  const base = wanted.slice(0, 190);
  if (!pseudonymTaken(ctx.db, base, null)) return base;
  for (let n = 2; ; n++) if (!pseudonymTaken(ctx.db, `${base} (${n})`, null)) return `${base} (${n})`;
}

function companyFor(ctx: ProjectContext, v: Map<string, string>, at: number): number | null {
  const C = CASE_VARIABLES;
  const name = (v.get(C.company.name.toLowerCase()) ?? '').trim();
  if (!name) return null;
  const found = findCompanyByName(ctx.db, name);
  if (found) return found.id;
  const get = (spec: { name: string }): string => (v.get(spec.name.toLowerCase()) ?? '').trim();
  return insertCompany(ctx.db, ctx.newGuid(), at, {
    name: name.slice(0, 200),
    aliases: [],
    industry: get(C.industry),
    employeeRange: get(C.employeeRange),
    annualRevenue: get(C.annualRevenue),
    geography: get(C.geography),
    growthStage: oneOf(['', 'startup', 'growth', 'enterprise'] as const, get(C.growthStage), ''),
    currentStack: [],
    infrastructure: oneOf(['', 'cloud', 'on_prem', 'hybrid'] as const, get(C.infrastructure), ''),
    techMaturity: oneOf(['', 'early_adopter', 'mainstream', 'laggard'] as const, get(C.techMaturity), ''),
    buyingProcess: oneOf(['', 'simple', 'committee', 'procurement'] as const, get(C.buyingProcess), ''),
    contractValue: '',
    notes: '',
  });
}

function segmentFor(
  ctx: ProjectContext,
  name: string | undefined,
  described: Map<string, { guid: string; description: string }>,
  at: number,
): number | null {
  const n = (name ?? '').trim();
  if (!n) return null;
  const found = repo.segmentIdByName(ctx.db, n);
  if (found !== undefined) return found;
  const d = described.get(n.toLowerCase());
  const guid = d && repo.idsByGuid(ctx.db, 'segments', [guidKey(d.guid)]).size === 0 ? d.guid : ctx.newGuid();
  return repo.insertSegmentRow(ctx.db, { guid, name: n.slice(0, 200), description: d?.description ?? '', at });
}

/** A Lexical document of one paragraph per line: what the note editor opens. */
export function lexicalDoc(text: string): string {
  const paragraph = (line: string) => ({
    children: line ? [{ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 }] : [],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
  });
  return JSON.stringify({
    root: {
      children: text.split(/\r?\n/).map(paragraph),
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
}
