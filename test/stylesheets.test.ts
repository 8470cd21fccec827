/**
 * Stylesheets stay split by feature: none over 300 lines, each opening with a comment saying what
 * it styles, and every one imported somewhere (a split piece nobody imports would drop its rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = path.resolve('renderer/src/styles');
const sheets = readdirSync(STYLES).filter((f) => f.endsWith('.css'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe('stylesheets', () => {
  it('are each under 300 lines and open with what they style', () => {
    const long = sheets.filter((f) => readFileSync(path.join(STYLES, f), 'utf8').split('\n').length > 301);
    expect(long).toEqual([]);
    const unlabelled = sheets.filter((f) => !readFileSync(path.join(STYLES, f), 'utf8').startsWith('/*'));
    expect(unlabelled).toEqual([]);
  });

  it('are all imported by the renderer', () => {
    const imports = sources(path.resolve('renderer/src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const orphans = sheets.filter(
      (f) => !new RegExp(`import '[./]*(?:styles/)?${f.replace('.', '\\.')}';`).test(imports),
    );
    expect(orphans).toEqual([]);
  });
});
