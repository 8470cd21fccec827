/**
 * The standard benchmark corpus of the issues: 500 interviews, 350k turns, 50k quotes, 200 tags,
 * 100k codings, 10 segments and an operation log of 250k rows (a quarter's coding). `--scale N`
 * multiplies every count that grows with a study (interviews, participants, companies, tags, quotes,
 * codings, log rows); at 4× the log holds 1M rows, a year of coding. Written straight through SQL in
 * one transaction (seeded, deterministic) and cached in node_modules/.cache so later runs reuse it.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { flatten, quoteTextAt, anchorFromRange } from '../shared/domain/anchoring';
import { KIND_COLOURS, TAG_KINDS } from '../shared/domain/tag';
import type { ProjectContext } from '../electron/core/context';
import type { ProjectSession } from '../electron/core/project/session';
import { standaloneSession } from '../electron/core/project/standalone';
import { seedNewProject } from '../electron/core/services/seed';
import { seeded } from './corpus';

const VERSION = 6;
export const CORPUS = {
  interviews: 500,
  turnsPerInterview: 700,
  quotesPerInterview: 100,
  tags: 200,
  codingsPerQuote: 2,
  companies: 100,
  segments: 10,
  operations: 250_000,
};

/** The scale every benchmark runs at (`npm run bench -- --scale 4`); set once by bench/run.ts. */
let currentScale = 1;
export function setScale(scale: number): void {
  currentScale = scale;
}
export function benchScale(): number {
  return currentScale;
}

/**
 * Text with the statistics of real speech: a Zipf-distributed vocabulary (function words first, then
 * a long tail of pseudo-words), with the domain words researchers search for at mid-frequency ranks,
 * where each appears in a few percent of turns — not in a quarter of them.
 */
const FUNCTION_WORDS = (
  'the and to of a i it that you in we is was so like for they but just on with have this ' +
  'not be are do what at as our there or if about know think people all can one when get would yeah really they re ' +
  'from more some then had because time how which out very also been them go by could much other thing things'
).split(' ');
export const DOMAIN_WORDS = (
  'invoice reconciliation spreadsheet carrier detention approval budget onboarding dashboard ' +
  'forecast audit compliance integration workflow handover escalation renewal pricing contract champion ' +
  'procurement migration adoption latency outage backlog roadmap quarterly manual automated duplicate'
).split(' ');

function buildVocabulary(r: () => number): string[] {
  const syll = [
    'ka',
    'lo',
    'mi',
    'ren',
    'tas',
    'vo',
    'pel',
    'dri',
    'sun',
    'mar',
    'ot',
    'fen',
    'gla',
    'bri',
    'cor',
    'nu',
  ];
  const tail: string[] = [];
  const seen = new Set<string>();
  // 16 syllables, 2–4 per word: ~69,000 possible words, so 6,000 distinct ones are found quickly.
  while (tail.length < 6000) {
    const w = Array.from({ length: 2 + Math.floor(r() * 3) }, () => syll[Math.floor(r() * syll.length)]).join('');
    if (!seen.has(w)) {
      seen.add(w);
      tail.push(w);
    }
  }
  // Domain words sit at ranks ~150–600 of the distribution.
  const vocab = [...FUNCTION_WORDS, ...tail.slice(0, 50)];
  DOMAIN_WORDS.forEach((w, i) => vocab.splice(150 + i * 15, 0, w));
  return [...vocab, ...tail.slice(50)];
}

function zipfSampler(vocab: string[], r: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  vocab.forEach((_, i) => cumulative.push((total += 1 / (i + 1) ** 1.05)));
  return () => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
}

/**
 * A working copy of the standard corpus, opened (background check settled) for a benchmark that
 * writes to it; `dispose` closes it and removes the copy and its sidecars.
 */
export async function corpusCopy(
  name: string,
  opts: { automaticBackups?: boolean } = {},
): Promise<{ session: ProjectSession; ctx: ProjectContext; file: string; dispose(): void }> {
  const source = await standardCorpus();
  const file = source.replace(/\.groundwork$/, `.${name}.groundwork`);
  fs.copyFileSync(source, file);
  const session = standaloneSession(opts);
  await session.open(file);
  await session.settled(); // the integrity check of a large file runs in the background first
  return {
    session,
    ctx: session.context(),
    file,
    dispose() {
      session.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    },
  };
}

export function corpusPath(scale = currentScale): string {
  return path.resolve(`node_modules/.cache/groundwork-bench/standard-v${VERSION}-x${scale}.groundwork`);
}

export async function standardCorpus(scale = currentScale): Promise<string> {
  const file = corpusPath(scale);
  const n = {
    interviews: CORPUS.interviews * scale,
    tags: CORPUS.tags * scale,
    companies: CORPUS.companies * scale,
    operations: CORPUS.operations * scale,
  };
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  const session = standaloneSession({ seed: seedNewProject });
  await session.create(tmp, scale === 1 ? 'Standard corpus' : `Standard corpus ×${scale}`);
  const { db } = session.context();
  const r = seeded(42);
  const word = zipfSampler(buildVocabulary(r), r);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const now = Date.UTC(2026, 0, 1);

  db.transaction(() => {
    const existing = (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n;
    const insTag = db.prepare(
      'INSERT INTO tags (guid, name, kind, colour, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (let i = existing; i < n.tags; i++) {
      const kind = TAG_KINDS[i % TAG_KINDS.length]!;
      insTag.run(randomUUID(), `${word()} ${word()} ${i}`, kind, KIND_COLOURS[kind], i, now, now);
    }
    const tagIds = (db.prepare('SELECT id FROM tags').all() as { id: number }[]).map((t) => t.id);
    const insCompany = db.prepare(
      'INSERT INTO companies (guid, name, industry, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (let c = 0; c < n.companies; c++)
      insCompany.run(randomUUID(), `Company ${c}`, ['Logistics', 'Fintech', 'Retail', 'Health'][c % 4], now, now);
    const insSegment = db.prepare('INSERT INTO segments (guid, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const segmentIds: number[] = [];
    for (let g = 0; g < CORPUS.segments; g++)
      segmentIds.push(Number(insSegment.run(randomUUID(), `Segment ${g}`, now, now).lastInsertRowid));
    const insParticipant = db.prepare(
      'INSERT INTO participants (guid, pseudonym, real_name, company_id, segment_id, consent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insInterview = db.prepare(
      "INSERT INTO interviews (guid, title, date, status, interviewer, created_at, updated_at) VALUES (?, ?, ?, 'coded', 'Maya', ?, ?)",
    );
    const insLink = db.prepare('INSERT INTO interview_participants (interview_id, participant_id) VALUES (?, ?)');
    const insTranscript = db.prepare(
      "INSERT INTO transcripts (guid, interview_id, source_name, format, duration_ms, imported_at) VALUES (?, ?, ?, 'webvtt', ?, ?)",
    );
    const insSpeaker = db.prepare(
      'INSERT INTO speakers (transcript_id, label, role, participant_id, counts_as_evidence) VALUES (?, ?, ?, ?, ?)',
    );
    const insSeg = db.prepare(
      'INSERT INTO transcript_segments (guid, transcript_id, seq, speaker_id, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insQuote = db.prepare(
      `INSERT INTO quotes (guid, interview_id, start_segment_id, start_offset, end_segment_id, end_offset, exact_text, prefix, suffix, starred, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insCoding = db.prepare(
      'INSERT OR IGNORE INTO codings (guid, quote_id, tag_id, intensity, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < n.interviews; i++) {
      const date = now + i * 86_400_000;
      const pid = Number(
        insParticipant.run(
          randomUUID(),
          `P${i}`,
          `Person ${i}`,
          1 + (i % n.companies),
          i % 7 === 6 ? null : segmentIds[i % CORPUS.segments]!,
          'written',
          now,
          now,
        ).lastInsertRowid,
      );
      const iid = Number(insInterview.run(randomUUID(), `Interview ${i}`, date, now, now).lastInsertRowid);
      insLink.run(iid, pid);
      const tid = Number(
        insTranscript.run(randomUUID(), iid, `interview-${i}.vtt`, CORPUS.turnsPerInterview * 10_000, now)
          .lastInsertRowid,
      );
      const interviewer = Number(insSpeaker.run(tid, 'Maya', 'interviewer', null, 0).lastInsertRowid);
      const participant = Number(insSpeaker.run(tid, `Person ${i}`, 'participant', pid, 1).lastInsertRowid);
      const turns: { id: number; text: string }[] = [];
      for (let s = 0; s < CORPUS.turnsPerInterview; s++) {
        const text = s % 2 === 0 ? `${sentence(6)}?` : `${sentence(10 + Math.floor(r() * 20))}.`;
        const id = Number(
          insSeg.run(
            randomUUID(),
            tid,
            s,
            s % 2 === 0 ? interviewer : participant,
            s * 10_000,
            s * 10_000 + 9_000,
            text,
          ).lastInsertRowid,
        );
        turns.push({ id, text });
      }
      const flat = flatten(turns);
      for (let q = 0; q < CORPUS.quotesPerInterview; q++) {
        const seg = 1 + 2 * Math.floor(r() * (CORPUS.turnsPerInterview / 2 - 1));
        const start = flat.starts[seg]!;
        const end = start + Math.min(turns[seg]!.text.length, 40 + Math.floor(r() * 80));
        const a = anchorFromRange(flat, start, end);
        const t = quoteTextAt(flat, start, end);
        const qid = Number(
          insQuote.run(
            randomUUID(),
            iid,
            a.startTurnId,
            a.startOffset,
            a.endTurnId,
            a.endOffset,
            t.exact,
            t.prefix,
            t.suffix,
            r() < 0.05 ? 1 : 0,
            date,
            date,
          ).lastInsertRowid,
        );
        for (let c = 0; c < CORPUS.codingsPerQuote; c++) {
          insCoding.run(randomUUID(), qid, tagIds[Math.floor(r() * tagIds.length)]!, 1 + Math.floor(r() * 5), date);
        }
      }
    }
    operationLog(db, n.operations, now, r);
  })();
  db.pragma('optimize');
  session.close();
  fs.renameSync(tmp, file);
  return file;
}

/**
 * A long operation log like a year of coding: mostly undoable tag, untag and quote steps with their
 * change payloads, some settings edits that are not undoable, and every so often an undo followed by
 * a new action (which discards the redo, so those rows stay undone and no longer undoable). The rows
 * describe codings that are not in the corpus: only the log's size and shape matter to the benchmarks.
 */
function operationLog(db: Database, count: number, now: number, r: () => number): void {
  const ins = db.prepare(
    'INSERT INTO operations (at, action, entity, entity_id, payload, undoable, undone) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (let k = 0; k < count; k++) {
    const at = now + k * 30_000;
    const quoteId = 1 + Math.floor(r() * 50_000);
    if (r() < 0.1) {
      ins.run(
        at,
        'update',
        'interview',
        1 + Math.floor(r() * 500),
        JSON.stringify({ before: { status: 'transcribed' }, after: { status: 'coded' } }),
        0,
        0,
      );
      continue;
    }
    const coding = {
      id: 1_000_000 + k,
      guid: randomUUID(),
      quote_id: quoteId,
      tag_id: 1 + Math.floor(r() * 200),
      intensity: null,
      stance: 'supports',
      created_at: at,
    };
    const tag = r() < 0.7;
    const payload = {
      label: tag ? 'Tag with "Manual reconciliation"' : 'Remove "Manual reconciliation"',
      changes: [{ table: 'codings', id: coding.id, before: tag ? null : coding, after: tag ? coding : null }],
      kinds: ['quote', 'tag'],
    };
    // One step in fifty was undone and then overtaken by a new action: undone, no longer undoable.
    const discarded = r() < 0.02 && k < count - 1;
    ins.run(at, 'tag', 'quote', quoteId, JSON.stringify(payload), discarded ? 0 : 1, discarded ? 1 : 0);
  }
}
