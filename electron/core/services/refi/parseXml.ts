/**
 * REFI-QDA XML (project.qde or a .qdc codebook) -> a plain model. Lenient where vendors differ and
 * the meaning is clear: any namespace prefix, a byte order mark, CRLF line ends, empty <Codes/> or
 * <Sets/>, memos written as <Description>. Parsed with fast-xml-parser in order-preserving mode.
 */
import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../../../shared/errors';

export interface RefiCode {
  guid: string;
  name: string;
  color: string | null;
  description: string;
  children: RefiCode[];
}

export interface RefiValue {
  variableGuid: string;
  value: string;
}

export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  values: RefiValue[];
  sourceRefs: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  created: string | null;
  /** The GUID of the <User> who made it (creatingUser), if the file says. */
  creatingUser: string | null;
}

export interface RefiSelection {
  guid: string;
  name: string;
  start: number;
  end: number;
  description: string;
  codings: RefiCoding[];
  created: string | null;
  creatingUser: string | null;
}

export type SourceKind = 'text' | 'pdf' | 'picture' | 'audio' | 'video';

export interface RefiSource {
  kind: SourceKind;
  guid: string;
  name: string;
  plainTextPath: string | null;
  content: string | null;
  description: string;
  selections: RefiSelection[];
  /** Codings of the whole source (not of a selection). */
  sourceCodings: number;
  /** Selections of kinds Groundwork cannot read (pictures, PDF regions, audio spans). */
  otherSelections: number;
  noteRefs: string[];
  values: RefiValue[];
  created: string | null;
}

export interface RefiNote {
  guid: string;
  name: string;
  content: string | null;
  plainTextPath: string | null;
  description: string;
  creatingUser: string | null;
}

export interface RefiSet {
  guid: string;
  name: string;
  description: string;
  memberCodes: string[];
  memberSources: string[];
  memberNotes: string[];
}

export interface RefiModel {
  root: 'Project' | 'CodeBook';
  name: string | null;
  origin: string | null;
  description: string;
  users: { guid: string; name: string }[];
  codes: RefiCode[];
  variables: { guid: string; name: string; type: string }[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  projectNoteRefs: string[];
  links: number;
  graphs: number;
}

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

type Raw = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function toNodes(list: unknown): Node[] {
  if (!Array.isArray(list)) return [];
  const out: Node[] = [];
  for (const item of list as Raw[]) {
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (!tag || tag === '#text' || tag === '#comment') continue;
    const kids = item[tag] as Raw[];
    const attrs = (item[':@'] as Record<string, string> | undefined) ?? {};
    const text = Array.isArray(kids)
      ? kids.map((k) => (typeof k['#text'] === 'string' ? k['#text'] : '')).join('')
      : '';
    out.push({ tag, attrs, children: toNodes(kids), text });
  }
  return out;
}

const kids = (n: Node, tag: string): Node[] => n.children.filter((c) => c.tag === tag);
const kid = (n: Node, tag: string): Node | undefined => n.children.find((c) => c.tag === tag);
const textOf = (n: Node, tag: string): string => kid(n, tag)?.text ?? '';
const int = (v: string | undefined): number => (v !== undefined && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN);

export function parseRefiXml(xml: string, fileName: string): RefiModel {
  let nodes: Node[];
  try {
    // XML 1.0 §2.11: a literal CRLF or CR is a line feed; a written &#13; stays a carriage return.
    nodes = toNodes(parser.parse(xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')));
  } catch {
    throw new AppError('PARSE', `${fileName} is not readable XML, so it is not a REFI-QDA file.`);
  }
  const root = nodes.find((n) => n.tag === 'Project' || n.tag === 'CodeBook');
  if (!root)
    throw new AppError(
      'PARSE',
      `${fileName} is XML but not a REFI-QDA project or codebook (no <Project> or <CodeBook>).`,
    );
  const model: RefiModel = {
    root: root.tag as RefiModel['root'],
    name: root.attrs['name'] ?? null,
    origin: root.attrs['origin'] ?? null,
    description: textOf(root, 'Description'),
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    sets: [],
    projectNoteRefs: kids(root, 'NoteRef')
      .map((r) => r.attrs['targetGUID'] ?? '')
      .filter(Boolean),
    links: 0,
    graphs: 0,
  };
  const codesParent = root.tag === 'CodeBook' ? kid(root, 'Codes') : kid(kid(root, 'CodeBook') ?? root, 'Codes');
  model.codes = codesParent ? kids(codesParent, 'Code').map(code) : [];
  for (const u of kids(kid(root, 'Users') ?? root, 'User'))
    if (u.attrs['guid']) model.users.push({ guid: u.attrs['guid'], name: u.attrs['name'] ?? '' });
  for (const v of kids(kid(root, 'Variables') ?? root, 'Variable')) {
    if (v.attrs['guid'])
      model.variables.push({
        guid: v.attrs['guid'],
        name: v.attrs['name'] ?? '',
        type: v.attrs['typeOfVariable'] ?? 'Text',
      });
  }
  for (const c of kids(kid(root, 'Cases') ?? root, 'Case')) {
    if (!c.attrs['guid']) continue;
    model.cases.push({
      guid: c.attrs['guid'],
      name: c.attrs['name'] ?? '',
      description: textOf(c, 'Description'),
      values: kids(c, 'VariableValue')
        .map(variableValue)
        .filter((v): v is RefiValue => v !== null),
      sourceRefs: kids(c, 'SourceRef')
        .map((r) => r.attrs['targetGUID'] ?? '')
        .filter(Boolean),
    });
  }
  const sources = kid(root, 'Sources');
  for (const s of sources?.children ?? []) {
    const kind = SOURCE_TAGS[s.tag];
    if (!kind || !s.attrs['guid']) continue;
    model.sources.push(source(s, kind));
  }
  for (const n of kids(kid(root, 'Notes') ?? root, 'Note')) {
    if (!n.attrs['guid']) continue;
    model.notes.push({
      guid: n.attrs['guid'],
      name: n.attrs['name'] ?? '',
      content: kid(n, 'PlainTextContent') ? textOf(n, 'PlainTextContent') : null,
      plainTextPath: n.attrs['plainTextPath'] ?? null,
      description: textOf(n, 'Description'),
      creatingUser: n.attrs['creatingUser'] || null,
    });
  }
  for (const s of kids(
    kid(root, 'Sets') ?? (root.tag === 'CodeBook' ? root : { tag: '', attrs: {}, children: [], text: '' }),
    'Set',
  )) {
    if (!s.attrs['guid']) continue;
    model.sets.push({
      guid: s.attrs['guid'],
      name: s.attrs['name'] ?? '',
      description: textOf(s, 'Description'),
      // A codebook's MemberCode has guid=; a project's has targetGUID=.
      memberCodes: kids(s, 'MemberCode')
        .map((m) => m.attrs['targetGUID'] ?? m.attrs['guid'] ?? '')
        .filter(Boolean),
      memberSources: kids(s, 'MemberSource')
        .map((m) => m.attrs['targetGUID'] ?? '')
        .filter(Boolean),
      memberNotes: kids(s, 'MemberNote')
        .map((m) => m.attrs['targetGUID'] ?? '')
        .filter(Boolean),
    });
  }
  model.links = kids(kid(root, 'Links') ?? root, 'Link').length;
  model.graphs = kids(kid(root, 'Graphs') ?? root, 'Graph').length;
  return model;
}

const SOURCE_TAGS: Record<string, SourceKind> = {
  TextSource: 'text',
  PDFSource: 'pdf',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

function code(n: Node): RefiCode {
  return {
    guid: n.attrs['guid'] ?? '',
    name: n.attrs['name'] ?? '',
    color: n.attrs['color'] ?? null,
    description: textOf(n, 'Description'),
    children: kids(n, 'Code').map(code),
  };
}

function variableValue(n: Node): RefiValue | null {
  const ref = kid(n, 'VariableRef')?.attrs['targetGUID'];
  if (!ref) return null;
  const v = n.children.find((c) => c.tag.endsWith('Value') && c.tag !== 'VariableRef');
  return { variableGuid: ref, value: v?.text ?? '' };
}

function source(s: Node, kind: SourceKind): RefiSource {
  const selections: RefiSelection[] = [];
  let otherSelections = 0;
  for (const sel of s.children) {
    if (sel.tag === 'PlainTextSelection') {
      selections.push({
        guid: sel.attrs['guid'] ?? '',
        name: sel.attrs['name'] ?? '',
        start: int(sel.attrs['startPosition']),
        end: int(sel.attrs['endPosition']),
        description: textOf(sel, 'Description'),
        codings: kids(sel, 'Coding')
          .map((c) => ({
            guid: c.attrs['guid'] ?? '',
            codeGuid: kid(c, 'CodeRef')?.attrs['targetGUID'] ?? '',
            created: c.attrs['creationDateTime'] ?? null,
            creatingUser: c.attrs['creatingUser'] || null,
          }))
          .filter((c) => c.codeGuid),
        created: sel.attrs['creationDateTime'] ?? null,
        creatingUser: sel.attrs['creatingUser'] || null,
      });
    } else if (sel.tag.endsWith('Selection')) {
      otherSelections++;
    }
  }
  return {
    kind,
    guid: s.attrs['guid'] ?? '',
    name: s.attrs['name'] ?? '',
    plainTextPath: s.attrs['plainTextPath'] ?? null,
    content: kid(s, 'PlainTextContent') ? textOf(s, 'PlainTextContent') : null,
    description: textOf(s, 'Description'),
    selections,
    sourceCodings: kids(s, 'Coding').length,
    otherSelections,
    noteRefs: kids(s, 'NoteRef')
      .map((r) => r.attrs['targetGUID'] ?? '')
      .filter(Boolean),
    values: kids(s, 'VariableValue')
      .map(variableValue)
      .filter((v): v is RefiValue => v !== null),
    created: s.attrs['creationDateTime'] ?? null,
  };
}
