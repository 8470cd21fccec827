/**
 * REFI-QDA export and import against the official schemas and a full round trip: emoji, combining
 * marks, CRLF and right-to-left text, so code points and UTF-16 are converted at the boundary.
 */
import { describe, expect, it } from 'vitest';
import type { RefiExportResult, RefiImportResult, RefiPreview } from '../../shared/domain/refi';
import { lexicalDoc } from '../../electron/core/services/refi/commit';
import type { TestCore } from '../support/core';
import { buildInteropStudy, emptyProjectCores, HARD_TEXT, unpackQdpx, xsdErrors } from '../support/refi';

const { core } = emptyProjectCores();

async function exportQdpx(t: TestCore, includeRealNames = true): Promise<{ result: RefiExportResult; bytes: Buffer }> {
  const result = await t.call('refi.export', { kind: 'qdpx', includeRealNames });
  return { result, bytes: Buffer.from(result.content, 'base64') };
}

async function importInto(
  t: TestCore,
  bytes: Buffer,
  fileName = 'study.qdpx',
): Promise<{ preview: RefiPreview; result: RefiImportResult }> {
  const preview = await t.call('refi.stageFile', { fileName, dataBase64: bytes.toString('base64') });
  const result = await t.call('refi.commit', { stagingId: preview.stagingId });
  return { preview, result };
}

/** Everything the round trip must keep, without row ids. */
async function snapshot(t: TestCore) {
  const participants = (await t.call('participants.list'))
    .map((p) => ({
      pseudonym: p.pseudonym,
      realName: p.realName,
      role: p.role,
      consent: p.consent,
      company: p.companyName,
      segment: p.segmentName,
    }))
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  const tags = await t.call('tags.list');
  const tagName = new Map(tags.map((x) => [x.id, x.name]));
  const interviews = await t.call('interviews.list');
  const out = [];
  for (const i of interviews.sort((a, b) => a.title.localeCompare(b.title))) {
    const tr = await t.call('transcripts.get', { interviewId: i.id });
    const speakerOf = new Map(tr?.speakers.map((s) => [s.id, s]) ?? []);
    const quotes = await t.call('quotes.forInterview', { interviewId: i.id });
    out.push({
      title: i.title,
      method: i.method,
      status: i.status,
      interviewer: i.interviewer,
      turns: tr?.turns.map((x) => ({
        speaker: x.speakerId === null ? null : speakerOf.get(x.speakerId)!.label,
        role: x.speakerId === null ? null : speakerOf.get(x.speakerId)!.role,
        mapped: x.speakerId !== null && speakerOf.get(x.speakerId)!.participantId !== null,
        text: x.text,
        startMs: x.startMs,
      })),
      quotes: quotes
        .map((q) => ({
          text: q.exactText,
          comment: q.comment,
          counts: q.participantId !== null,
          tags: q.codings.map((c) => tagName.get(c.tagId)).sort(),
        }))
        .sort((a, b) => a.text.localeCompare(b.text)),
    });
  }
  return {
    participants,
    tags: tags
      .map((x) => ({
        name: x.name,
        parent: x.parentId === null ? null : tagName.get(x.parentId),
        colour: x.colour,
        kind: x.kind,
        definition: x.definition,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    interviews: out,
  };
}

describe('REFI-QDA export', () => {
  it('writes a .qdpx whose project.qde validates against the official Project schema', async () => {
    const t = await core();
    await buildInteropStudy(t);
    const { result, bytes } = await exportQdpx(t);
    expect(result.fileName).toMatch(/\.qdpx$/);
    const zip = await unpackQdpx(bytes);
    expect(xsdErrors(zip.qde, 'project')).toBeNull();
    // Every TextSource's plainTextPath names a file in sources/.
    const paths = [...zip.qde.matchAll(/plainTextPath="internal:\/\/([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBe(2);
    for (const p of paths) expect(zip.sources.has(p)).toBe(true);
  });

  it('counts selection positions in code points, not UTF-16 code units', async () => {
    const t = await core();
    await buildInteropStudy(t);
    const zip = await unpackQdpx((await exportQdpx(t)).bytes);
    for (const m of zip.qde.matchAll(
      /<TextSource[^>]*plainTextPath="internal:\/\/([^"]+)"[^>]*>([\s\S]*?)<\/TextSource>/g,
    )) {
      const cps = [...zip.sources.get(m[1]!)!];
      for (const s of m[2]!.matchAll(/<PlainTextSelection[^>]*startPosition="(\d+)" endPosition="(\d+)"/g)) {
        const text = cps.slice(Number(s[1]), Number(s[2])).join('');
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    }
    // The emoji quote reads exactly, counted in code points.
    const emojiFile = [...zip.sources.values()].find((s) => s.includes('😤'))!;
    const sel = /startPosition="(\d+)" endPosition="(\d+)"/.exec(zip.qde.slice(zip.qde.indexOf('the invoice export')))!;
    expect([...emojiFile].slice(Number(sel[1]), Number(sel[2])).join('')).toBe(
      'the invoice export 📄 breaks every month 🙃',
    );
  });

  it('gives every entity the same GUID on every export', async () => {
    const t = await core();
    await buildInteropStudy(t);
    const guids = (qde: string) => [...qde.matchAll(/ (?:guid|targetGUID)="([^"]+)"/g)].map((m) => m[1]).join(',');
    const first = await unpackQdpx((await exportQdpx(t)).bytes);
    await t.call('tags.create', { name: 'Added later' });
    const second = await unpackQdpx((await exportQdpx(t)).bytes);
    const before = guids(first.qde).split(',');
    const after = new Set(guids(second.qde).split(','));
    for (const g of before) expect(after.has(g)).toBe(true);
    expect(first.qde.replace(/modifiedDateTime="[^"]*"/g, '')).toBe(
      (await unpackQdpx((await exportQdpx(t)).bytes)).qde
        .replace(/modifiedDateTime="[^"]*"/g, '')
        .replace(/<Code [^>]*name="Added later"[^>]*><\/Code>\n/, ''),
    );
  });

  it('writes the codebook as a .qdc valid against the official Codebook schema', async () => {
    const t = await core();
    await buildInteropStudy(t);
    const r = await t.call('refi.export', { kind: 'qdc' });
    const xml = Buffer.from(r.content, 'base64').toString('utf8');
    expect(xsdErrors(xml, 'codebook')).toBeNull();
    expect(xml).toContain('name="Manual rework"');
    expect(xml).toContain('color="#ffd8a8"');
  });

  it('refuses an empty codebook with a sentence and validates an empty project', async () => {
    const t = await core();
    await expect(t.call('refi.export', { kind: 'qdc' })).rejects.toThrow(/codebook is empty/);
    const zip = await unpackQdpx((await exportQdpx(t)).bytes);
    expect(xsdErrors(zip.qde, 'project')).toBeNull();
  });

  it('names what REFI cannot hold in the loss report', async () => {
    const t = await core();
    await buildInteropStudy(t);
    const { result } = await exportQdpx(t, false);
    const lost = result.report.notCarried.map((l) => l.kind);
    expect(lost).toContain('real names and e-mail addresses');
    expect(result.reportText).toContain('Not carried over:');
    const zip = await unpackQdpx(Buffer.from(result.content, 'base64'));
    expect(zip.qde).not.toContain('Ana Kowalski"');
    expect(xsdErrors(zip.qde, 'project')).toBeNull();
  });
});

describe('REFI-QDA round trip', () => {
  it('export then import into an empty project reproduces participants, interviews, turns, tags, quotes and codings', async () => {
    const a = await core();
    await buildInteropStudy(a);
    const { bytes } = await exportQdpx(a);
    const b = await core();
    const { preview, result } = await importInto(b, bytes);
    expect(preview.counts).toMatchObject({ sources: 2, codes: 4, selections: 5, cases: 2 });
    expect(result.report.notCarried.filter((l) => /anchored/.test(l.kind))).toEqual([]);
    const want = await snapshot(a);
    const got = await snapshot(b);
    expect(got).toEqual(want);
    // The hard texts arrived character for character.
    const texts = got.interviews.flatMap((i) => i.turns?.map((x) => x.text) ?? []);
    for (const s of Object.values(HARD_TEXT)) expect(texts).toContain(s);
  });

  it('keeps foreign GUIDs: importing and exporting again names every entity alike', async () => {
    const a = await core();
    await buildInteropStudy(a);
    const first = await unpackQdpx((await exportQdpx(a)).bytes);
    const b = await core();
    await importInto(b, (await exportQdpx(a)).bytes);
    const second = await unpackQdpx((await exportQdpx(b)).bytes);
    const guidsOf = (qde: string, el: string) =>
      [...qde.matchAll(new RegExp(`<${el} [^>]*guid="([^"]+)"`, 'g'))].map((m) => m[1]).sort();
    for (const el of ['Code', 'Case', 'TextSource', 'PlainTextSelection', 'Coding'])
      expect(guidsOf(second.qde, el)).toEqual(guidsOf(first.qde, el));
  });

  it('importing the same file twice into one project matches by GUID instead of duplicating', async () => {
    const a = await core();
    await buildInteropStudy(a);
    const { bytes } = await exportQdpx(a);
    const b = await core();
    await importInto(b, bytes);
    const again = await importInto(b, bytes);
    expect(again.preview.matched).toEqual({ codes: 4, cases: 2, sources: 2 });
    expect(again.result.interviewIds).toEqual([]);
    expect((await b.call('interviews.list')).length).toBe(2);
    expect((await b.call('tags.list')).length).toBe(4);
  });

  it('carries notes and memos as REFI notes and back', async () => {
    const a = await core();
    const { interviewIds } = await buildInteropStudy(a);
    await a.call('notes.save', {
      interviewId: interviewIds[0]!,
      guideItemId: null,
      doc: lexicalDoc('Follow up on 📄 exports.\nShe uses Excel.'),
      plainText: 'Follow up on 📄 exports.\nShe uses Excel.',
      baseRevision: null,
    });
    const zip = await unpackQdpx((await exportQdpx(a)).bytes);
    expect(xsdErrors(zip.qde, 'project')).toBeNull();
    const b = await core();
    await importInto(b, (await exportQdpx(a)).bytes);
    const interviews = await b.call('interviews.list');
    const ana = interviews.find((i) => i.title === 'Interview with Ana')!;
    const notes = await b.call('notes.forInterview', { interviewId: ana.id });
    expect(notes.map((n) => n.plainText)).toEqual(['Follow up on 📄 exports.\nShe uses Excel.']);
  });
});
