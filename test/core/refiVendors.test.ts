/** Importing REFI-QDA files written the way each vendor writes them (fixtures: test/support/refiVendors.ts). */
import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../../shared/domain/tag';
import type { TestCore } from '../support/core';
import { emptyProjectCores, packQdpx } from '../support/refi';
import {
  atlasFixture,
  G,
  maxqdaFixture,
  mixedSourcesFixture,
  nvivoFixture,
  project,
  qualcoderFixture,
  selection,
  positions,
  taguetteCodebook,
  TEXT,
} from '../support/refiVendors';

const { core } = emptyProjectCores();

async function importFile(t: TestCore, bytes: Buffer | string, fileName: string) {
  const preview = await t.call('refi.stageFile', {
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  });
  const result = await t.call('refi.commit', { stagingId: preview.stagingId });
  const interviews = await t.call('interviews.list');
  const quotes = (
    await Promise.all(interviews.map((i) => t.call('quotes.forInterview', { interviewId: i.id })))
  ).flat();
  return { preview, result, interviews, quotes };
}

describe('REFI-QDA import: vendor quirks', () => {
  it('NVivo: reads selections counted in UTF-16 code units and says so', async () => {
    const t = await core();
    const { result, quotes } = await importFile(t, await nvivoFixture(), 'nvivo.qdpx');
    expect(quotes.map((q) => q.exactText).sort()).toEqual(['export drops rows', 'the invoice run 📄 fails monthly']);
    expect(result.report.adjustments.join(' ')).toMatch(/UTF-16 code units/);
  });

  it('ATLAS.ti: reads selections that count CRLF as one character', async () => {
    const t = await core();
    const { result, quotes } = await importFile(t, await atlasFixture(), 'atlas.qdpx');
    expect(quotes.map((q) => q.exactText).sort()).toEqual(['Excel and a lot', 'It takes two days.']);
    expect(result.report.adjustments.join(' ')).toMatch(/CRLF line break as one character/);
  });

  it('a standard file with CRLF and emoji is read as code points, not second-guessed', async () => {
    const t = await core();
    const text = TEXT.crlf.replace('Excel', 'Excel 📊');
    const body = `<Sources><TextSource guid="${G.src1}" name="Jane" plainTextPath="internal://a.txt">${selection(1, positions(text, 'It takes two days.'), G.code1)}${selection(2, positions(text, 'Excel 📊 and'), G.code1)}</TextSource></Sources>`;
    const { result, quotes } = await importFile(
      t,
      await packQdpx('project.qde', project('SomeTool 1.0', body), { 'a.txt': text }),
      's.qdpx',
    );
    expect(quotes.map((q) => q.exactText).sort()).toEqual(['Excel 📊 and', 'It takes two days.']);
    expect(result.report.adjustments).toEqual([]);
  });

  it('MAXQDA-style container: XML named after the project, BOM, CRLF, prefixes, capitalised Sources/', async () => {
    const t = await core();
    const { result, quotes, interviews } = await importFile(t, await maxqdaFixture(), 'maxqda.qdpx');
    expect(interviews.map((i) => i.title)).toEqual(['Jane']);
    expect(quotes.map((q) => q.exactText)).toEqual(['Awful 😤 honestly']);
    const adj = result.report.adjustments.join('\n');
    expect(adj).toMatch(/named “Vendor study.qde”/);
    expect(adj).toMatch(/“Sources\/”/);
    const tags = await t.call('tags.list');
    expect(tags.map((x) => [x.name, x.colour]).sort()).toEqual(
      [
        ['Billing pain', '#ff0000'],
        ['Rework', '#00ff00'],
        ['Wishes', KIND_COLOURS.theme],
      ].sort(),
    );
  });

  it('QualCoder-style: embedded text, memos as <Description>, empty <Sets/>, speakers mapped to the linked case', async () => {
    const t = await core();
    const { quotes, interviews } = await importFile(t, await qualcoderFixture(), 'qualcoder.qdpx');
    expect(interviews[0]!.summary).toBe('Memo: follow up in May.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.exactText).toBe('the invoice run');
    expect(quotes[0]!.comment).toBe('Key quote');
    // Jane Roe is the case the source names, so her words count; "Interviewer" is a user.
    expect(quotes[0]!.participantId).not.toBeNull();
    const tr = (await t.call('transcripts.get', { interviewId: interviews[0]!.id }))!;
    expect(tr.speakers.map((s) => [s.label, s.role, s.participantId !== null])).toEqual([
      ['Interviewer', 'interviewer', false],
      ['Jane Roe', 'participant', true],
    ]);
    expect(tr.turns.map((x) => x.text)).toEqual([
      'How is billing?',
      'Awful 😤 honestly, the invoice run 📄 fails monthly.',
      'Why?',
      'The 🙃 export drops rows.',
    ]);
    const people = await t.call('participants.list');
    expect(people.map((p) => [p.pseudonym, p.role, p.notes])).toEqual([['Jane Roe', 'AP clerk', 'Met at the fair.']]);
  });

  it('PDF and picture sources are listed in the loss report; the text source and its codings are imported', async () => {
    const t = await core();
    const { preview, result, quotes } = await importFile(t, await mixedSourcesFixture(), 'mixed.qdpx');
    expect(preview.counts.sources).toBe(1);
    const lost = result.report.notCarried.map((l) => `${l.count} ${l.kind}`);
    expect(lost).toEqual(expect.arrayContaining(['1 PDF sources', '1 picture sources', '1 codings on PDF sources']));
    expect(quotes.map((q) => q.exactText)).toEqual(['export drops rows']);
  });

  it('empty <Codes/> and <Sets/>, and a bare project XML without a zip, import what they hold', async () => {
    const t = await core();
    const xml = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes/></CodeBook><Sources><TextSource guid="${G.src1}" name="Only text"><PlainTextContent>Just prose, no speakers.</PlainTextContent></TextSource></Sources><Sets/></Project>`;
    const { interviews, result } = await importFile(t, xml, 'bare.qde');
    expect(interviews.map((i) => i.title)).toEqual(['Only text']);
    expect(result.tagsCreated).toBe(0);
  });

  it('selections that cannot be anchored are named with the reason; the rest import', async () => {
    const t = await core();
    const text = 'Interviewer: Hi.\n\nJane Roe: Hello there.\n\nInterviewer: Why?\n\nJane Roe: Because.';
    const body = `<Sources><TextSource guid="${G.src1}" name="S" plainTextPath="internal://s.txt">${selection(1, [999, 1005], G.code1, 'beyond')}${selection(2, [0, 12], G.code1, 'label only')}${selection(3, positions(text, 'Hello there'), G.code1)}</TextSource></Sources>`;
    const { result, quotes } = await importFile(
      t,
      await packQdpx('project.qde', project('X', body), { 's.txt': text }),
      'x.qdpx',
    );
    expect(quotes.map((q) => q.exactText)).toEqual(['Hello there']);
    const unanchored = result.report.notCarried.filter((l) => l.kind === 'selections that could not be anchored');
    expect(unanchored.map((l) => l.reason)).toHaveLength(2);
    expect(unanchored.map((l) => l.reason)).toEqual(
      expect.arrayContaining([
        'they cover only a speaker label or blank lines',
        'their positions lie beyond the end of the text',
      ]),
    );
  });

  it('a Taguette .qdc codebook becomes tags (three-digit colours expanded)', async () => {
    const t = await core();
    const { preview, result } = await importFile(t, taguetteCodebook, 'codebook.qdc');
    expect(preview.kind).toBe('qdc');
    expect(result.tagsCreated).toBe(2);
    const tags = await t.call('tags.list');
    expect(tags.find((x) => x.name === 'billing')).toMatchObject({ colour: '#aabbcc', definition: 'From highlights.' });
  });

  it('a .qdpx with more files than DOCX import allows is refused before anything is unpacked', async () => {
    const t = await core();
    const many: Record<string, string> = {};
    for (let i = 0; i < 5001; i++) many[`${i}.txt`] = '';
    const zip = await packQdpx('project.qde', project('X', ''), many);
    await expect(
      t.call('refi.stageFile', { fileName: 'huge.qdpx', dataBase64: zip.toString('base64') }),
    ).rejects.toThrow(/holds 5,00\d files; Groundwork imports projects of up to 5,000 files/);
  });

  it('entity definitions in the XML are not expanded (no "billion laughs")', async () => {
    const t = await core();
    const defs = Array.from({ length: 8 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY l0 "lol">${defs}]><Project xmlns="urn:QDA-XML:project:1.0" name="&l8;"><Sources><TextSource guid="${G.src1}" name="S"><PlainTextContent>&l8;</PlainTextContent></TextSource></Sources></Project>`;
    const preview = await t.call('refi.stageFile', {
      fileName: 'lol.qde',
      dataBase64: Buffer.from(xml).toString('base64'),
    });
    expect(preview.projectName!.length).toBeLessThan(100);
  });

  it('a file that is not REFI-QDA is refused with a sentence and nothing changes', async () => {
    const t = await core();
    await expect(
      t.call('refi.stageFile', { fileName: 'notes.qdpx', dataBase64: Buffer.from('hello').toString('base64') }),
    ).rejects.toThrow(/not readable XML|not a REFI-QDA/);
    const zip = await packQdpx('readme.txt', 'no project here', {});
    await expect(
      t.call('refi.stageFile', { fileName: 'empty.qdpx', dataBase64: zip.toString('base64') }),
    ).rejects.toThrow(/holds no project.qde/);
    expect(await t.call('interviews.list')).toEqual([]);
  });
});
