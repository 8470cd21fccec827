/**
 * Finds the queries a screen reads without saying when they fail: a `useQuery` whose result is
 * never asked for its `error` (read, destructured or handed on whole) and that does not ask for the
 * failure to be toasted (`{ errors: 'toast' }`). Such a query is how a chart says "Loading…" forever.
 */

/** The argument text of the call that opens at `open` (the index of its "("), parentheses balanced. */
function callArguments(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

/** `name method` for each query in `source` whose failure nobody shows. */
export function silentQueries(source: string): string[] {
  const silent: string[] = [];
  for (const m of source.matchAll(/const (\{[^}]*\}|\w+) = useQuery\(\s*['`]([^'`]+)['`]/g)) {
    const [, binding = '', method = ''] = m;
    const args = callArguments(source, (m.index ?? 0) + m[0].indexOf('('));
    if (/errors:\s*'toast'/.test(args)) continue;
    if (binding.startsWith('{')) {
      if (/\berror\b/.test(binding)) continue;
    } else {
      const name = binding.replace(/[$]/g, '\\$');
      const shown = new RegExp(`\\b${name}\\.error\\b|=\\{${name}\\}|\\.\\.\\.${name}\\b`);
      if (shown.test(source)) continue;
    }
    silent.push(`${binding} ${method}`);
  }
  return silent;
}
