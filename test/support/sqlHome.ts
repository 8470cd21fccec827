/**
 * Where SQL may live (docs/architecture.md, "SQL has one home"), as data, and a finder the
 * architecture test runs over the tree: SQL statement text in a string or template literal, and calls
 * that prepare or run SQL (`stmt`, `rawStmt`, `.prepare`, `.pragma`, `.exec` of a literal). It reads
 * the TypeScript syntax tree, so comments and regular expressions are never mistaken for SQL.
 */
import ts from 'typescript';

/** The homes of SQL: the database layer (helpers, migrations), the repos and the undo change set. */
const HOMES = ['electron/core/db/', 'electron/core/repos/', 'electron/core/history/'];

/**
 * Outside the homes, by design. project/ manages the file itself rather than a study's data (pragmas,
 * the lock file's own database, backup and integrity checks, project_meta at open); the CLI's `info`
 * reads below the dispatcher to start fast (test/support/layers.ts allows it the same imports).
 */
const BY_DESIGN = ['electron/core/project/', 'electron/cli/run.ts'];

export function sqlAllowedIn(file: string): boolean {
  return [...HOMES, ...BY_DESIGN].some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
}

/** Statement text, as this code base writes it (keywords in capitals). */
const SQL_TEXT =
  /\bSELECT\s[\s\S]*\bFROM\s|\bSELECT\s+(?:1|count|coalesce|max|min)\b|\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\s|\bUPDATE\s+\w+\s+SET\s|\bDELETE\s+FROM\s|\bREPLACE\s+INTO\s|\b(?:CREATE|DROP|ALTER)\s+(?:TABLE|INDEX|VIEW|TRIGGER)\b|\bWITH\s+\w+\s+AS\b|\bWHERE\s|\b(?:LEFT\s+)?JOIN\s+\w+\s+\w+\s+ON\s|\bPRAGMA\s|\b(?:BEGIN|COMMIT|ROLLBACK)\b(?:\s+(?:IMMEDIATE|TRANSACTION))?$/;

/** Cheap first pass: a file without any of these words holds no SQL the finder would report. */
const MAYBE_SQL =
  /SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|WITH|WHERE|JOIN|PRAGMA|BEGIN|COMMIT|ROLLBACK|stmt|rawStmt|prepare|pragma/;

const RUNS_SQL = new Set(['prepare', 'pragma']);
const CACHE_FUNCTIONS = new Set(['stmt', 'rawStmt']);

export interface SqlUse {
  line: number;
  what: string;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => ` \${} ${s.literal.text}`).join('');
  return null;
}

/** Every place in `source` that holds or runs SQL. */
export function sqlUses(file: string, source: string): SqlUse[] {
  if (!MAYBE_SQL.test(source)) return []; // most files: no parse needed
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const uses: SqlUse[] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null && SQL_TEXT.test(text.trim())) {
      uses.push({ line: at(node), what: `SQL text ${JSON.stringify(text.trim().slice(0, 60))}` });
      return; // a template's spans are inside the same statement
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      if (ts.isIdentifier(callee) && CACHE_FUNCTIONS.has(callee.text))
        uses.push({ line: at(node), what: `${callee.text}(…)` });
      else if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        const literalArg = first !== undefined && literalText(first) !== null;
        if (RUNS_SQL.has(name) || (name === 'exec' && literalArg)) uses.push({ line: at(node), what: `.${name}(…)` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** Names of repo functions that change data; a handler reaching one skips its service. */
const WRITER =
  /^(insert|update|delete|remove|set|write|record|link|unlink|park|move|touch|apply|replace|save|create|upsert|clear|mark|drop)/;

/**
 * Handlers may read a repo directly (a pure read: no rule, no transaction, no event) but not write
 * through one. Returns each repo import in `source` that is a writer, or a namespace import (which
 * would hide what is used).
 */
export function handlerRepoWrites(file: string, source: string): SqlUse[] {
  if (!file.startsWith('electron/core/rpc/handlers/')) return [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const uses: SqlUse[] = [];
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    if (!/(^|\/)repos\//.test(st.moduleSpecifier.text) || st.importClause?.isTypeOnly) continue;
    const line = sf.getLineAndCharacterOfPosition(st.getStart(sf)).line + 1;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings))
      uses.push({ line, what: `import * from ${st.moduleSpecifier.text}` });
    else if (bindings)
      for (const el of bindings.elements)
        if (!el.isTypeOnly && WRITER.test((el.propertyName ?? el.name).text))
          uses.push({ line, what: `${(el.propertyName ?? el.name).text} from ${st.moduleSpecifier.text}` });
  }
  return uses;
}
