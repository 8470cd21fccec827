/** Synthesis benchmarks on the standard corpus: full roll-up, evidence for one tag, persona Markdown export. */
import { randomUUID } from 'node:crypto';
import { personaDocument } from '../electron/core/services/export/personaDocument';
import { documentMarkdown } from '../electron/core/services/export/documentMarkdown';
import { evidenceCount, rankedQuoteIds } from '../electron/core/repos/evidence';
import { draftPersona } from '../electron/core/services/synthesis/draft';
import { createPersona, getPersona } from '../electron/core/services/synthesis/personas';
import { rollup } from '../electron/core/services/synthesis/rollup';
import { quoteCardsByIds } from '../electron/core/repos/quoteLibrary';
import { EvidenceFilters } from '../shared/domain/synthesis';
import { PersonaFields } from '../shared/domain/persona';
import { corpusCopy } from './standardCorpus';
import { median, percentile, type BenchResult } from './util';

/** Quote cards on the evidence drawer's first page (renderer/src/features/synthesis). */
const EVIDENCE_PAGE = 25;

export async function benchSynthesis(): Promise<BenchResult[]> {
  // Work on a copy: the persona written below must not change the cached corpus.
  const { ctx, dispose } = await corpusCopy('synthesis', { automaticBackups: false });
  const filters = EvidenceFilters.parse({});

  rollup(ctx.db, filters); // warm
  const rollupMs: number[] = [];
  let tagCount = 0;
  for (let i = 0; i < 10; i++) {
    const s = performance.now();
    tagCount = rollup(ctx.db, filters).tags.length;
    rollupMs.push(performance.now() - s);
  }

  const tagIds = (ctx.db.prepare('SELECT id FROM tags').all() as { id: number }[]).map((r) => r.id);
  const evidenceMs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const s = performance.now();
    // What the evidence drawer asks for: the count and the first page of quote cards.
    const focus = { tagId: tagIds[i % tagIds.length]! };
    evidenceCount(ctx.db, filters, focus);
    quoteCardsByIds(ctx.db, rankedQuoteIds(ctx.db, filters, focus, EVIDENCE_PAGE));
    evidenceMs.push(performance.now() - s);
  }

  // A persona citing 500 quotes: members = 60 participants, drafted, then every proposal accepted.
  const members = (ctx.db.prepare('SELECT id FROM participants LIMIT 60').all() as { id: number }[]).map((r) => r.id);
  const persona = createPersona(
    ctx,
    PersonaFields.parse({ name: 'Benchmark persona', membership: { participantIds: members } }),
  );
  draftPersona(ctx, persona.id);
  const quoteIds = (ctx.db.prepare('SELECT id FROM quotes LIMIT 500').all() as { id: number }[]).map((r) => r.id);
  const attrs = getPersona(ctx, persona.id).attributes;
  ctx.db.transaction(() => {
    attrs.forEach((a, i) => {
      ctx.db.prepare("UPDATE attributes SET status = 'accepted' WHERE id = ?").run(a.id);
      for (const q of quoteIds.filter((_, k) => k % attrs.length === i)) {
        ctx.db
          .prepare(
            "INSERT OR IGNORE INTO citations (guid, quote_id, attribute_id, polarity, created_at) VALUES (?, ?, ?, 'supports', 0)",
          )
          .run(randomUUID(), q, a.id);
      }
    });
  })();
  const cited = (
    ctx.db
      .prepare(
        'SELECT count(*) AS n FROM citations c JOIN attributes a ON a.id = c.attribute_id WHERE a.persona_id = ?',
      )
      .get(persona.id) as { n: number }
  ).n;
  const exportMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const s = performance.now();
    documentMarkdown(personaDocument(getPersona(ctx, persona.id)));
    exportMs.push(performance.now() - s);
  }
  dispose();
  return [
    {
      name: 'full roll-up (every tag, no filters)',
      value: median(rollupMs),
      unit: 'ms',
      target: 150,
      detail: `${tagCount} tags over the standard corpus; median of 10`,
    },
    {
      name: 'evidence for one tag (quotes behind a count), p95',
      value: percentile(evidenceMs, 95),
      unit: 'ms',
      target: 5,
      detail: `count + first ${EVIDENCE_PAGE} cards, each of 100 tags`,
    },
    {
      name: `persona Markdown export (${cited} citations)`,
      value: median(exportMs),
      unit: 'ms',
      target: 100,
      detail: 'load persona + checklist + render; median of 10',
    },
  ];
}
