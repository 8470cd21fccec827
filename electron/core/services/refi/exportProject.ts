/**
 * A Groundwork project -> REFI-QDA project XML (project.qde) plus one UTF-8 plain-text file per
 * interview. Interviews are TextSources whose text is the turns with speaker labels; quotes are
 * PlainTextSelections (positions in code points, converted from UTF-16 here) with Codings; tags are
 * the CodeBook; participants are Cases with Variables; notes, memos and the features REFI has no
 * element for travel as Notes; segments and tag kinds as Sets. Every GUID is the entity's own (or
 * derived from it), so two exports of the same project name every entity alike.
 */
import type { Database } from 'better-sqlite3';
import { TAG_KIND_LABELS, type TagKind } from '../../../../shared/domain/tag';
import { listCoders } from '../../repos/coders';
import * as repo from '../../repos/refi';
import { nameGuid, refiGuid } from './guid';
import { codePointOffsets } from './offsets';
import { ReportBuilder, shorten } from './report';
import { sourceTurns } from './turns';
import {
  ALL_VARIABLES,
  CASE_VARIABLES,
  formatClock,
  joinLabels,
  KIND_SET_PREFIX,
  SEGMENT_SET_PREFIX,
  SOURCE_VARIABLES,
  UNKNOWN_LABEL,
  type VariableSpec,
} from './vocabulary';
import { attrs, escText, sanitise } from './xml';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Groundwork';

export interface ExportOptions {
  /** Real names and e-mail addresses of participants; off by default, pseudonyms always travel. */
  includeRealNames?: boolean;
  fileName: string;
  now: number;
}

export interface ProjectExport {
  qde: string;
  /** Files for the sources/ folder: name (without folder) -> UTF-8 text. */
  sources: { name: string; text: string }[];
  report: ReportBuilder;
}

interface SourceText {
  text: string;
  /** UTF-16 start of each turn's text, by turn id. */
  turnStart: Map<number, number>;
  turns: { id: number; speaker: string | null; startMs: number | null; start: number; end: number }[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function buildProjectExport(db: Database, opts: ExportOptions): ProjectExport {
  const report = new ReportBuilder('export', opts.fileName, ORIGIN);
  const meta = repo.projectMeta(db);
  const projectGuid = refiGuid(meta['guid'] ?? 'project');
  const derived = (key: string): string => nameGuid(`${projectGuid}:${key}`);
  let replacedChars = 0;
  const clean = (s: string): string => {
    const r = sanitise(s);
    replacedChars += r.replaced;
    return r.text;
  };
  const txt = (s: string): string => escText(clean(s));

  const tags = repo.allTags(db);
  const participants = repo.allParticipants(db);
  const companies = new Map(repo.allCompanies(db).map((c) => [c.id, c]));
  const segments = repo.allSegments(db);
  const segmentName = new Map(segments.map((s) => [s.id, s.name]));
  const interviews = repo.allInterviews(db);
  const speakers = repo.allSpeakers(db);
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const quotes = repo.allQuotes(db);
  const codings = repo.allCodings(db);
  const notes = repo.allNotes(db);
  const tagGuid = new Map(tags.map((t) => [t.id, refiGuid(t.guid)]));

  // Users: the coders who made quotes, codings or notes (under their own GUIDs, so who coded what
  // comes back, and a colleague's tool can compute agreement), and the interviewers named on
  // interviews — a coder who also interviewed is one user.
  const userList: { guid: string; name: string }[] = [];
  const coderUser = new Map<number, string>();
  const made = new Set([...quotes, ...codings, ...notes].map((r) => r.coder_id));
  for (const c of listCoders(db)) {
    if (!made.has(c.id)) continue;
    coderUser.set(c.id, refiGuid(c.guid));
    userList.push({ guid: refiGuid(c.guid), name: c.name });
  }
  const users = new Map<string, string>(userList.map((u) => [u.name.trim().toLowerCase(), u.guid]));
  const interviewerUser = (name: string): string | undefined => users.get(name.trim().toLowerCase());
  for (const i of interviews) {
    const name = i.interviewer.trim();
    if (name && !users.has(name.toLowerCase())) {
      users.set(name.toLowerCase(), derived(`user:${name}`));
      userList.push({ guid: derived(`user:${name}`), name });
    }
  }
  const madeBy = (coderId: number | null): string | undefined =>
    coderId === null ? undefined : coderUser.get(coderId);

  // Source texts, built from the turns in one pass.
  const texts = new Map<number, SourceText>();
  let endTimes = 0;
  for (const turn of repo.iterateTurns(db)) {
    let s = texts.get(turn.transcript_id);
    if (!s) texts.set(turn.transcript_id, (s = { text: '', turnStart: new Map(), turns: [] }));
    const speaker = turn.speaker_id === null ? null : (speakerById.get(turn.speaker_id)?.label ?? null);
    const label = speaker ?? UNKNOWN_LABEL;
    const head = turn.start_ms === null ? `[${label}]: ` : `[${formatClock(turn.start_ms)}] ${label}: `;
    if (s.text.length > 0) s.text += '\n\n';
    s.text += head;
    const start = s.text.length;
    s.text += clean(turn.text);
    s.turnStart.set(turn.id, start);
    s.turns.push({ id: turn.id, speaker, startMs: turn.start_ms, start, end: s.text.length });
    if (turn.end_ms !== null) endTimes++;
  }
  if (endTimes > 0)
    report.lose(
      'turn end times',
      'a REFI text source has no timing; start times travel in the text as [hh:mm:ss.mmm]',
      undefined,
      endTimes,
    );

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="utf-8"?>\n');
  out.push(
    `<Project${attrs({
      xmlns: PROJECT_NS,
      name: clean(meta['name'] ?? 'Groundwork project'),
      origin: ORIGIN,
      creationDateTime: meta['created_at'] ? iso(Number(meta['created_at'])) : undefined,
      modifiedDateTime: iso(opts.now),
    })}>\n`,
  );

  if (userList.length > 0) {
    out.push('<Users>\n');
    for (const u of userList) out.push(`<User${attrs({ guid: u.guid, name: clean(u.name) })}/>\n`);
    out.push('</Users>\n');
    if (coderUser.size) report.carry('users (coders: who made each quote, coding and note)', coderUser.size);
    if (userList.length > coderUser.size) report.carry('users (interviewers)', userList.length - coderUser.size);
  }

  // CodeBook: the tag tree.
  if (tags.length > 0) {
    const children = new Map<number | null, repo.TagRow[]>();
    for (const t of tags) {
      const list = children.get(t.parent_id) ?? [];
      list.push(t);
      children.set(t.parent_id, list);
    }
    const writeCode = (t: repo.TagRow): void => {
      const colour = /^#[0-9a-fA-F]{6}$/.test(t.colour) ? t.colour : undefined;
      out.push(`<Code${attrs({ guid: tagGuid.get(t.id)!, name: clean(t.name), isCodable: 'true', color: colour })}>`);
      if (t.definition) out.push(`<Description>${txt(t.definition)}</Description>`);
      for (const c of children.get(t.id) ?? []) writeCode(c);
      out.push('</Code>\n');
    };
    out.push('<CodeBook><Codes>\n');
    for (const t of children.get(null) ?? []) writeCode(t);
    out.push('</Codes></CodeBook>\n');
    report.carry('codes (tags, with hierarchy, colours and definitions)', tags.length);
    const withExamples = tags.filter((t) => t.examples.trim());
    if (withExamples.length)
      report.lose(
        'tag examples',
        'a REFI code has only a description; the definition travels there',
        withExamples[0]!.name,
        withExamples.length,
      );
    const archived = tags.filter((t) => t.archived === 1);
    if (archived.length)
      report.lose(
        'archived marks on tags',
        'REFI has no archived codes; they travel as ordinary codes',
        archived[0]!.name,
        archived.length,
      );
  }

  // Variables.
  const variableGuid = (v: VariableSpec): string => derived(`variable:${v.key}`);
  const vars = ALL_VARIABLES.filter((v) => opts.includeRealNames || (v.key !== 'realName' && v.key !== 'email'));
  out.push('<Variables>\n');
  for (const v of vars)
    out.push(`<Variable${attrs({ guid: variableGuid(v), name: v.name, typeOfVariable: v.type })}/>\n`);
  out.push('</Variables>\n');
  const value = (v: VariableSpec, raw: string | null | undefined): string => {
    if (raw === null || raw === undefined || raw === '') return '';
    const body = v.type === 'DateTime' ? `<DateTimeValue>${raw}</DateTimeValue>` : `<TextValue>${txt(raw)}</TextValue>`;
    return `<VariableValue><VariableRef targetGUID="${variableGuid(v)}"/>${body}</VariableValue>`;
  };

  // Cases: participants, with the sources they took part in.
  const interviewsOf = new Map<number, number[]>();
  for (const p of repo.interviewParticipantPairs(db)) {
    const list = interviewsOf.get(p.participant_id) ?? [];
    list.push(p.interview_id);
    interviewsOf.set(p.participant_id, list);
  }
  const interviewById = new Map(interviews.map((i) => [i.id, i]));
  const sourceGuid = (i: repo.InterviewRow): string => refiGuid(i.guid);
  const labelsOf = new Map<number, string[]>();
  for (const s of speakers) {
    if (s.role !== 'participant' || s.participant_id === null) continue;
    const list = labelsOf.get(s.participant_id) ?? [];
    if (!list.includes(s.label)) list.push(s.label);
    labelsOf.set(s.participant_id, list);
  }
  if (participants.length > 0) {
    out.push('<Cases>\n');
    const C = CASE_VARIABLES;
    for (const p of participants) {
      const company = p.company_id === null ? undefined : companies.get(p.company_id);
      out.push(`<Case${attrs({ guid: refiGuid(p.guid), name: clean(p.pseudonym) })}>`);
      if (p.notes) out.push(`<Description>${txt(p.notes)}</Description>`);
      out.push(
        (opts.includeRealNames ? value(C.realName, p.real_name) + value(C.email, p.email) : '') +
          value(C.role, p.role) +
          value(C.careerStage, p.career_stage) +
          value(C.behavior, p.behavior) +
          value(C.consent, p.consent) +
          value(C.segment, p.segment_id === null ? null : segmentName.get(p.segment_id)) +
          value(C.company, company?.name) +
          value(C.industry, company?.industry) +
          value(C.employeeRange, company?.employee_range) +
          value(C.annualRevenue, company?.annual_revenue) +
          value(C.geography, company?.geography) +
          value(C.growthStage, company?.growth_stage) +
          value(C.infrastructure, company?.infrastructure) +
          value(C.techMaturity, company?.tech_maturity) +
          value(C.buyingProcess, company?.buying_process) +
          value(C.speakerLabels, joinLabels(labelsOf.get(p.id) ?? [])),
      );
      for (const iid of interviewsOf.get(p.id) ?? []) {
        const i = interviewById.get(iid);
        if (i) out.push(`<SourceRef targetGUID="${sourceGuid(i)}"/>`);
      }
      out.push('</Case>\n');
    }
    out.push('</Cases>\n');
    report.carry('cases (participants, with role, segment and company as variables)', participants.length);
    if (!opts.includeRealNames) {
      const named = participants.filter((p) => p.real_name || p.email).length;
      report.lose(
        'real names and e-mail addresses',
        'left out to protect participants (cases carry pseudonyms); choose “Include real names” to export them',
        undefined,
        named,
      );
    }
  }

  // Sources.
  const codingsOf = new Map<number, repo.CodingRow[]>();
  for (const c of codings) {
    const list = codingsOf.get(c.quote_id) ?? [];
    list.push(c);
    codingsOf.set(c.quote_id, list);
  }
  const quotesOf = new Map<number, repo.QuoteRow[]>();
  for (const q of quotes) {
    const list = quotesOf.get(q.interview_id) ?? [];
    list.push(q);
    quotesOf.set(q.interview_id, list);
  }
  const notesOf = new Map<number | null, repo.NoteRow[]>();
  for (const n of notes) {
    const list = notesOf.get(n.interview_id) ?? [];
    list.push(n);
    notesOf.set(n.interview_id, list);
  }
  const files: { name: string; text: string }[] = [];
  let selections = 0;
  let codingCount = 0;
  let contradicting = 0;
  let intensities = 0;
  let starred = 0;
  if (interviews.length > 0) out.push('<Sources>\n');
  const S = SOURCE_VARIABLES;
  for (const i of interviews) {
    const guid = sourceGuid(i);
    const source = i.transcript_id === null ? undefined : texts.get(i.transcript_id);
    const text = source?.text ?? '';
    const fileName = `${guid}.txt`;
    files.push({ name: fileName, text });
    if (source && !sameLayout(text, source)) {
      report.lose(
        'interviews whose turns may split differently when read back',
        'a turn’s text contains a line that looks like a speaker label',
        i.title,
      );
    }
    out.push(
      `<TextSource${attrs({
        guid,
        name: clean(i.title),
        plainTextPath: `internal://${fileName}`,
        creatingUser: interviewerUser(i.interviewer),
        creationDateTime: iso(i.created_at),
        modifiedDateTime: iso(i.updated_at),
      })}>`,
    );
    if (i.summary) out.push(`<Description>${txt(i.summary)}</Description>`);
    const toCp = codePointOffsets(text);
    for (const q of quotesOf.get(i.id) ?? []) {
      if (q.source === 'note') {
        report.lose(
          'quotes made in notes',
          'REFI selections belong to sources; quotes taken from notes stay in Groundwork',
          shorten(q.exact_text),
        );
        continue;
      }
      const a = source?.turnStart.get(q.start_segment_id ?? -1);
      const b = source?.turnStart.get(q.end_segment_id ?? -1);
      if (q.anchor_status !== 'ok' || a === undefined || b === undefined) {
        report.lose(
          'quotes flagged as no longer anchored',
          'they have no place in the transcript to point at; review them in the quote library',
          shorten(q.exact_text),
        );
        continue;
      }
      const start = toCp(a + q.start_offset);
      const end = toCp(b + q.end_offset);
      selections++;
      out.push(
        `<PlainTextSelection${attrs({
          guid: refiGuid(q.guid),
          name: clean(shorten(q.exact_text, 80)),
          startPosition: start,
          endPosition: end,
          creatingUser: madeBy(q.coder_id),
          creationDateTime: iso(q.created_at),
          modifiedDateTime: iso(q.updated_at),
        })}>`,
      );
      if (q.comment) out.push(`<Description>${txt(q.comment)}</Description>`);
      if (q.starred) starred++;
      for (const c of codingsOf.get(q.id) ?? []) {
        const code = tagGuid.get(c.tag_id);
        if (!code) continue;
        codingCount++;
        if (c.stance === 'contradicts') contradicting++;
        if (c.intensity !== null) intensities++;
        out.push(
          `<Coding${attrs({ guid: refiGuid(c.guid), creatingUser: madeBy(c.coder_id), creationDateTime: iso(c.created_at) })}><CodeRef targetGUID="${code}"/></Coding>`,
        );
      }
      out.push('</PlainTextSelection>\n');
    }
    for (const n of notesOf.get(i.id) ?? []) out.push(`<NoteRef targetGUID="${refiGuid(n.guid)}"/>`);
    const roleLabels = (role: string): string =>
      joinLabels(speakers.filter((s) => s.transcript_id === i.transcript_id && s.role === role).map((s) => s.label));
    out.push(
      value(S.date, i.date === null ? null : iso(i.date)) +
        value(S.method, i.method) +
        value(S.status, i.status) +
        value(S.interviewer, i.interviewer) +
        value(S.interviewerSpeakers, i.transcript_id === null ? '' : roleLabels('interviewer')) +
        value(S.otherSpeakers, i.transcript_id === null ? '' : roleLabels('other')),
    );
    out.push('</TextSource>\n');
  }
  if (interviews.length > 0) out.push('</Sources>\n');
  report.carry('text sources (interviews, with speaker-labelled turns)', interviews.length);
  report.carry('selections (quotes, positions in code points)', selections);
  report.carry('codings', codingCount);
  if (contradicting)
    report.lose(
      '“contradicts” stances on codings',
      'REFI codings have no stance; they travel as ordinary codings',
      undefined,
      contradicting,
    );
  if (intensities) report.lose('coding intensities', 'REFI codings have no intensity', undefined, intensities);
  if (starred) report.lose('stars on quotes', 'REFI selections cannot be starred', undefined, starred);

  // Notes: interview notes, memos, and what REFI has no element for.
  const extraNotes = groundworkNotes(db, derived, report, opts.now);
  const allNotes = [
    ...notes.map((n) => ({
      guid: refiGuid(n.guid),
      name: n.title || (n.interview_id === null ? 'Memo' : `Notes: ${interviewById.get(n.interview_id)?.title ?? ''}`),
      text: n.plain_text,
      user: madeBy(n.coder_id),
      created: n.created_at,
      modified: n.updated_at,
    })),
    ...extraNotes,
  ];
  if (allNotes.length > 0) {
    out.push('<Notes>\n');
    for (const n of allNotes) {
      out.push(
        `<Note${attrs({ guid: n.guid, name: clean(n.name), creatingUser: n.user, creationDateTime: iso(n.created), modifiedDateTime: iso(n.modified) })}>` +
          `<PlainTextContent>${txt(n.text)}</PlainTextContent></Note>\n`,
      );
    }
    out.push('</Notes>\n');
    report.carry('notes (interview notes and memos)', notes.length);
  }

  // Sets: segments (their members' interviews) and tag kinds (their codes).
  const sets: string[] = [];
  for (const seg of segments) {
    const members = participants.filter((p) => p.segment_id === seg.id);
    const sourceIds = [...new Set(members.flatMap((p) => interviewsOf.get(p.id) ?? []))];
    let s = `<Set${attrs({ guid: refiGuid(seg.guid), name: clean(`${SEGMENT_SET_PREFIX}${seg.name}`) })}>`;
    if (seg.description) s += `<Description>${txt(seg.description)}</Description>`;
    for (const id of sourceIds) {
      const i = interviewById.get(id);
      if (i) s += `<MemberSource targetGUID="${sourceGuid(i)}"/>`;
    }
    sets.push(`${s}</Set>\n`);
  }
  for (const [kind, members] of groupByKind(tags)) {
    let s = `<Set${attrs({ guid: derived(`kind:${kind}`), name: `${KIND_SET_PREFIX}${TAG_KIND_LABELS[kind]}` })}>`;
    for (const t of members) s += `<MemberCode targetGUID="${tagGuid.get(t.id)!}"/>`;
    sets.push(`${s}</Set>\n`);
  }
  if (sets.length > 0) out.push('<Sets>\n', ...sets, '</Sets>\n');
  if (segments.length) report.carry('sets (segments)', segments.length);

  // Project-level notes: memos and the Groundwork-only summaries.
  for (const n of notesOf.get(null) ?? []) out.push(`<NoteRef targetGUID="${refiGuid(n.guid)}"/>`);
  for (const n of extraNotes) out.push(`<NoteRef targetGUID="${n.guid}"/>`);
  out.push('</Project>\n');

  if (replacedChars > 0)
    report.lose('characters XML cannot hold', 'control characters were replaced by “�”', undefined, replacedChars);
  return { qde: out.join(''), sources: files, report };
}

function groupByKind(tags: readonly repo.TagRow[]): Map<TagKind, repo.TagRow[]> {
  const out = new Map<TagKind, repo.TagRow[]>();
  for (const t of tags) {
    const kind = t.kind as TagKind;
    if (kind === 'theme') continue; // the default kind needs no set
    const list = out.get(kind) ?? [];
    list.push(t);
    out.set(kind, list);
  }
  return out;
}

/** Would reading the text back give the same turns? (A turn holding "\n\n[Name]: …" would split.) */
function sameLayout(text: string, source: SourceText): boolean {
  const back = sourceTurns(text, { strict: true });
  if (back.length !== source.turns.length) return false;
  return back.every(
    (t, k) =>
      t.start === source.turns[k]!.start && t.end === source.turns[k]!.end && t.speaker === source.turns[k]!.speaker,
  );
}

interface ExtraNote {
  guid: string;
  name: string;
  text: string;
  user?: string | undefined;
  created: number;
  modified: number;
}

/**
 * Personas, job statements and the ICP profile have no element in REFI: each travels as a Note
 * (readable in any tool) and is named in the report as not carried as itself.
 */
function groundworkNotes(
  db: Database,
  derived: (key: string) => string,
  report: ReportBuilder,
  now: number,
): ExtraNote[] {
  const notes: ExtraNote[] = [];
  const personas = repo.allPersonas(db);
  const attributes = repo.personaAttributes(db);
  for (const p of personas) {
    const lines = [
      `${p.kind === 'buyer' ? 'Buyer' : 'User'} persona: ${p.name}`,
      p.role ? `Role: ${p.role}` : '',
      p.summary,
    ];
    for (const a of attributes.filter((x) => x.persona_guid === p.guid)) lines.push(`${a.section}: ${a.statement}`);
    notes.push({
      guid: derived(`persona:${p.guid}`),
      name: `Persona: ${p.name}`,
      text: lines.filter(Boolean).join('\n'),
      created: now,
      modified: now,
    });
  }
  if (personas.length)
    report.lose(
      'personas and their attributes',
      'REFI has no personas; each travels as a note, without its citations',
      personas[0]!.name,
      personas.length,
    );
  const jobs = repo.allJobStatements(db);
  if (jobs.length) {
    const text = jobs
      .map((j) => `When ${j.situation}, I want to ${j.motivation}, so I can ${j.outcome}. (${j.kind})`)
      .join('\n');
    notes.push({ guid: derived('jobs'), name: 'Job statements', text, created: now, modified: now });
    report.lose(
      'job statements',
      'REFI has no jobs-to-be-done; they travel as one note, without citations',
      undefined,
      jobs.length,
    );
  }
  const icp = repo.allIcpStatements(db);
  if (icp.length) {
    notes.push({
      guid: derived('icp'),
      name: 'Ideal customer profile',
      text: icp.map((s) => `${s.section}: ${s.statement}`).join('\n'),
      created: now,
      modified: now,
    });
    report.lose(
      'ICP statements',
      'REFI has no customer profile; it travels as one note, without citations',
      undefined,
      icp.length,
    );
  }
  const scores = repo.companyScoreCount(db);
  if (scores)
    report.lose('ICP scores of companies', 'REFI has no scoring; scores stay in Groundwork', undefined, scores);
  return notes;
}
