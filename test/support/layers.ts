/** The import rules of DESIGN.md §2 as data, and a checker the architecture test runs over the tree. */

export type Layer = 'shared' | 'core' | 'shell' | 'host' | 'renderer' | 'other';

export function layerOf(file: string): Layer {
  if (file.startsWith('shared/')) return 'shared';
  if (file.startsWith('electron/core/')) return 'core';
  if (file.startsWith('electron/main/') || file.startsWith('electron/preload/')) return 'shell';
  if (file.startsWith('electron/web/') || file.startsWith('electron/cli/')) return 'host';
  if (file.startsWith('renderer/')) return 'renderer';
  return 'other';
}

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

const IMPORT_RE =
  /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const specifier = m[3] ?? m[4];
    if (!specifier) continue;
    const line = source.slice(0, m.index).split('\n').length;
    refs.push({ specifier, typeOnly: !!m[2], line });
  }
  return refs;
}

/** Resolves a relative specifier against the importing file, giving a repo-relative path. */
export function resolveRelative(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const seg of specifier.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

const NODE_ONLY = /^(node:|better-sqlite3$|fs$|path$|os$|child_process$|crypto$|http$|net$|url$|worker_threads$)/;
const UI_ONLY = /^(react($|\/|-dom)|lexical$|@lexical\/|@tanstack\/react-|react-aria)/;

/** Returns a message for a forbidden import, or null when the import is allowed. */
export function violation(file: string, ref: ImportRef): string | null {
  const from = layerOf(file);
  const spec = ref.specifier;
  if (spec === 'electron' || spec.startsWith('electron/')) {
    if (from === 'shell' || ref.typeOnly) return null;
    return `imports the electron module (only electron/main and electron/preload may)`;
  }
  if (spec.startsWith('.')) {
    const target = resolveRelative(file, spec);
    const to = layerOf(target);
    if (from === 'renderer' && to === 'renderer') return rendererImport(file, target);
    return crossLayer(from, to, target, ref.typeOnly, file);
  }
  if (NODE_ONLY.test(spec) && (from === 'shared' || from === 'renderer')) {
    return `imports ${spec}, which needs Node (not allowed in ${from})`;
  }
  if (UI_ONLY.test(spec) && (from === 'shared' || from === 'core' || from === 'shell' || from === 'host')) {
    return `imports ${spec}, a UI library (not allowed in ${from})`;
  }
  return null;
}

/**
 * The CLI is a host like the others: its commands call createCore(...).dispatch. `info` alone reads
 * below the dispatcher (it must start in under 200 ms; docs/architecture.md says why), so run.ts may
 * also import what that command uses and nothing else.
 */
const CLI_INFO_IMPORTS = new Set([
  'electron/core/project/integrity',
  'electron/core/project/lock',
  'electron/core/project/standalone',
  'electron/core/repos/counts',
]);

function cliReachesPastDispatch(file: string, target: string, typeOnly: boolean): string | null {
  if (!file.startsWith('electron/cli/') || typeOnly || target === 'electron/core/createCore') return null;
  if (file === 'electron/cli/run.ts' && CLI_INFO_IMPORTS.has(target)) return null;
  return `the CLI calls the core through createCore(...).dispatch, not ${target}`;
}

function crossLayer(from: Layer, to: Layer, target: string, typeOnly: boolean, file = ''): string | null {
  if (from === 'other' || from === to || to === 'shared' || to === 'other') return null;
  switch (from) {
    case 'shared':
      return `shared/ may import only shared/ (imports ${target})`;
    case 'core':
      return `electron/core may not import ${to} (${target})`;
    case 'shell':
      if (to === 'core' && (target === 'electron/core/createCore' || typeOnly)) return null;
      return `the Electron shell may import only createCore from the core (imports ${target})`;
    case 'host':
      if (to !== 'core') return `web host and CLI may import only shared/ and the core (imports ${target})`;
      return cliReachesPastDispatch(file, target, typeOnly);
    case 'renderer':
      return `the renderer may import only shared/ and renderer/ (imports ${target})`;
    default:
      return null;
  }
}

// ---- Inside the renderer: plumbing below the features, features behind their public files ----------

const FEATURES = 'renderer/src/features/';

/**
 * What each feature lends to the others, as paths inside its folder (no extension). Everything else
 * in a feature is its own: another feature importing it fails the architecture test, so a new
 * dependency between features is a decision taken here, in review. Besides these, the composition
 * root (features/app) mounts every feature's `…Screen` file, and no feature imports features/app.
 */
export const FEATURE_SURFACE: Readonly<Record<string, readonly string[]>> = {
  backups: ['BackupsDialog', 'ProjectStatusBanner'],
  citations: [
    'AddClaimDialog',
    'CitationChip',
    'CitedQuoteList',
    'CitedQuotes',
    'CiteQuoteDialog',
    'ClaimEditor',
    'stance',
  ],
  coders: ['CoderBadge', 'CoderLegend', 'CoderPrompt', 'CoderSwitcher', 'useCoders'],
  coding: ['TagPicker', 'colours', 'history'],
  coverage: ['InterviewCoverageView', 'StudyCoverageView'],
  crm: ['CrmImportAction'],
  documents: ['DocumentImportAction'],
  export: ['ExportButtons', 'TableExportDialog'],
  guides: ['GuidesView'],
  import: ['DropTarget', 'ImportDialog', 'files'],
  jobs: ['PersonaJobs'],
  live: ['GuideField'],
  merge: ['MergeActions'],
  names: ['PresentationToggle', 'aliases', 'display', 'presentationMode', 'useNames'],
  palette: ['CommandPalette'],
  project: ['ProjectSwitcher'],
  questions: ['questionSearch'],
  records: ['RecordDialog', 'RecordScreen', 'choices', 'useRecordForm'],
  refi: ['RefiActions'],
  synthesis: ['EvidenceDrawer'],
  transcript: ['TranscriptView', 'domRange', 'time'],
};

function featureOf(path: string): string | null {
  return path.startsWith(FEATURES) ? (path.slice(FEATURES.length).split('/')[0] ?? null) : null;
}

/** The renderer's own layering: ui/, editor/, api/, keys/, routes and sections sit below the features. */
function rendererImport(file: string, target: string): string | null {
  const owner = featureOf(target);
  if (owner === null) return null;
  const importer = featureOf(file);
  if (importer === null) {
    // The entry point renders the app and its providers; nothing else below the features reaches up.
    if (file === 'renderer/src/main.tsx') return null;
    return `${file.split('/').slice(0, 3).join('/')} sits below the features and may not import one (${target})`;
  }
  if (importer === owner) return null;
  if (owner === 'app') return `features/app is the composition root: no feature imports it (${target})`;
  const inside = target.slice(FEATURES.length + owner.length + 1);
  if (FEATURE_SURFACE[owner]?.includes(inside)) return null;
  if (importer === 'app' && /Screen$/.test(inside)) return null;
  return `features/${importer} imports ${inside}, which features/${owner} keeps to itself (its public files: FEATURE_SURFACE)`;
}

/** The import cycles among `graph`'s files (Tarjan's strongly connected components of two or more). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
