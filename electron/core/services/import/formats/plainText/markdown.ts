/**
 * Markdown structure that is not speech: front matter, headings, rules, blockquote markers and
 * emphasis. Lines keep their positions (removed lines become blank) so warnings keep line numbers.
 */

export interface MarkdownLines {
  lines: string[];
  headings: string[];
  /** 1-based line of each heading, parallel to `headings`. */
  headingLines: number[];
}

export function stripMarkdownStructure(lines: readonly string[]): MarkdownLines {
  const out: string[] = [];
  const headings: string[] = [];
  const headingLines: number[] = [];
  let inFrontMatter = lines[0]?.trim() === '---';
  lines.forEach((line, i) => {
    if (inFrontMatter) {
      if (i > 0 && line.trim() === '---') inFrontMatter = false;
      out.push('');
      return;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      headings.push(heading[1]!);
      headingLines.push(i + 1);
      out.push('');
      return;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('');
      return;
    }
    out.push(line.replace(/^\s{0,3}>\s?/, ''));
  });
  return { lines: out, headings, headingLines };
}

/** `**bold**`, `__bold__`, `*em*`, `_em_` and `inline code` markers around words. */
export function stripInlineEmphasis(text: string): string {
  return text
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
