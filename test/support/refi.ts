/** REFI-QDA test helpers: XSD validation with libxml2 (WebAssembly), unpacking a .qdpx, a study that exercises offsets. */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { afterEach } from 'vitest';
import { makeCore, type TestCore } from './core';
import type { Caller } from './study';
import { importTurns } from './study';

const SCHEMAS = path.resolve('test/fixtures/refi/schemas');

const validators = new Map<string, XsdValidator>();

function validator(kind: 'project' | 'codebook'): XsdValidator {
  let v = validators.get(kind);
  if (!v) {
    const file = kind === 'project' ? 'Project-mrt2019.xsd' : 'Codebook-mrt2019.xsd';
    const schema = XmlDocument.fromString(fs.readFileSync(path.join(SCHEMAS, file), 'utf8'));
    v = XsdValidator.fromDoc(schema);
    validators.set(kind, v);
  }
  return v;
}

/** Null when `xml` is valid against the official schema; otherwise libxml2's messages. */
export function xsdErrors(xml: string, kind: 'project' | 'codebook'): string | null {
  const doc = XmlDocument.fromString(xml);
  try {
    validator(kind).validate(doc);
    return null;
  } catch (err) {
    const details = (err as { details?: { message: string; line?: number }[] }).details;
    return details?.map((d) => `line ${d.line}: ${d.message}`).join('\n') ?? String(err);
  } finally {
    doc.dispose();
  }
}

export interface Unpacked {
  names: string[];
  qde: string;
  sources: Map<string, string>;
}

export async function unpackQdpx(bytes: Uint8Array): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const qde = await zip.file('project.qde')!.async('string');
  const sources = new Map<string, string>();
  for (const n of names)
    if (n.startsWith('sources/')) sources.set(n.slice('sources/'.length), await zip.file(n)!.async('string'));
  return { names, qde, sources };
}

/** Builds a .qdpx from a project XML and source files (for fixtures imitating vendors). */
export async function packQdpx(
  qdeName: string,
  qde: string | Uint8Array,
  sources: Record<string, string | Uint8Array>,
  folder = 'sources',
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(qdeName, qde);
  for (const [name, text] of Object.entries(sources)) zip.file(`${folder}/${name}`, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Turn texts that make UTF-16 and code points differ, reorder, and break lines. */
export const HARD_TEXT = {
  emoji: 'Honestly 😤 the invoice export 📄 breaks every month 🙃 and we redo it by hand.',
  combining: 'We tried the cafe\u0301 app and the re\u0301sume\u0301 builder; nai\u0308ve of us.',
  crlf: 'First line of my answer.\r\nSecond line, after a CRLF.\r\nThird 👍 line.',
  rtl: 'قال العميل: الفاتورة 📄 تتأخر دائماً — and then he switched back to English.',
};

export async function buildInteropStudy(
  t: Caller,
): Promise<{ interviewIds: number[]; tagIds: Record<string, number> }> {
  const seg = await t.call('segments.create', {
    name: 'Mid-market finance',
    approach: 'firmographic',
    description: 'Finance teams of 50–500.',
  });
  const company = await t.call('companies.create', {
    name: 'Acme Freight',
    industry: 'Logistics',
    employeeRange: '51-200',
    geography: 'EU',
  });
  const parent = await t.call('tags.create', {
    name: 'Invoicing',
    kind: 'pain_point',
    colour: '#ffc9c9',
    definition: 'Anything about invoices.',
  });
  const child = await t.call('tags.create', {
    name: 'Manual rework',
    kind: 'pain_point',
    parentId: parent.id,
    colour: '#ffd8a8',
  });
  const goal = await t.call('tags.create', {
    name: 'Close the month fast',
    kind: 'goal',
    definition: 'Speed of month-end close.',
  });
  const theme = await t.call('tags.create', { name: 'Überraschung ✨', colour: '#d0bfff' });

  const a = await importTurns(t, 'Interview with Ana', [
    { speaker: 'Rita Researcher', text: 'Tell me about month end.' },
    { speaker: 'Ana Kowalski', text: 'placeholder one' },
    { speaker: 'Rita Researcher', text: 'And the apps?' },
    { speaker: 'Ana Kowalski', text: 'placeholder two' },
  ]);
  const b = await importTurns(t, 'Interview with Omar', [
    { speaker: 'Rita Researcher', text: 'How do you work?' },
    { speaker: 'Omar Haddad', text: 'placeholder three' },
    { speaker: 'Rita Researcher', text: 'Anything else?' },
    { speaker: 'Omar Haddad', text: 'placeholder four' },
  ]);
  // Put the hard texts in through transcript correction, which keeps every character.
  await t.call('transcripts.editTurn', { turnId: a.turns[1]!.id, text: HARD_TEXT.emoji });
  await t.call('transcripts.editTurn', { turnId: a.turns[3]!.id, text: HARD_TEXT.combining });
  await t.call('transcripts.editTurn', { turnId: b.turns[1]!.id, text: HARD_TEXT.crlf });
  await t.call('transcripts.editTurn', { turnId: b.turns[3]!.id, text: HARD_TEXT.rtl });

  const people = await t.call('participants.list', {});
  for (const p of people)
    await t.call('participants.update', {
      id: p.id,
      patch: { role: 'Finance lead', companyId: company.id, segmentId: seg.id, consent: 'written' },
    });

  const at = (s: string, sub: string) => s.indexOf(sub);
  const quote = (interviewId: number, s: number, so: number, e: number, eo: number, tagIds: number[]) =>
    t.call('quotes.create', {
      interviewId,
      start: { turnId: s, offset: so },
      end: { turnId: e, offset: eo },
      tagIds,
    });
  const E = HARD_TEXT;
  const q1 = await quote(
    a.interviewId,
    a.turns[1]!.id,
    at(E.emoji, 'the invoice'),
    a.turns[1]!.id,
    at(E.emoji, 'month 🙃') + 'month 🙃'.length,
    [parent.id, child.id],
  );
  await quote(
    a.interviewId,
    a.turns[3]!.id,
    at(E.combining, 're\u0301sume\u0301'),
    a.turns[3]!.id,
    E.combining.length,
    [theme.id],
  );
  await quote(
    b.interviewId,
    b.turns[1]!.id,
    at(E.crlf, 'Second'),
    b.turns[1]!.id,
    at(E.crlf, '👍 line') + '👍 line'.length,
    [goal.id],
  );
  await quote(b.interviewId, b.turns[3]!.id, 0, b.turns[3]!.id, at(E.rtl, ' —'), [parent.id]);
  // A quote across turns: from the middle of one turn into the next.
  await quote(
    b.interviewId,
    b.turns[1]!.id,
    at(E.crlf, 'Third'),
    b.turns[3]!.id,
    at(E.rtl, 'الفاتورة') + 'الفاتورة'.length,
    [goal.id, theme.id],
  );
  await t.call('quotes.update', { id: q1.id, patch: { comment: 'Strong pain;\r\nquote in deck.' } });
  return {
    interviewIds: [a.interviewId, b.interviewId],
    tagIds: { parent: parent.id, child: child.id, goal: goal.id, theme: theme.id },
  };
}

/**
 * Cores on new projects without the default codebook, so counts are the study's own; each is closed
 * after its test (or by `closeAll`, between a property's runs). Call at a test file's top level.
 */
export function emptyProjectCores(): { core: () => Promise<TestCore>; closeAll: () => void } {
  const open: TestCore[] = [];
  const closeAll = (): void => {
    while (open.length) open.pop()!.close();
  };
  afterEach(closeAll);
  return {
    closeAll,
    core: async () => {
      const t = await makeCore();
      open.push(t);
      await t.host('host.createProject', { path: path.join(t.dir, EMPTY_PROJECT), withDefaults: false });
      return t;
    },
  };
}

/** The file name `emptyProjectCores` gives each project, in its core's folder. */
export const EMPTY_PROJECT = 'empty.groundwork';
