/**
 * Every query shows its error: each `useQuery` in the renderer either renders its `error` (with
 * ui/QueryError.tsx or an ErrorNotice) or asks for the failure to be toasted. Read from the source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentQueries } from '../support/queryErrors';

const ROOT = path.resolve(__dirname, '../../renderer/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe('every query shows its error', () => {
  it('finds a planted query that ignores its failure, and accepts the three ways of showing it', () => {
    expect(
      silentQueries(
        `const chart = useQuery('synthesis.saturation', { filters });\nreturn chart.data ? <C/> : 'Loading…';`,
      ),
    ).toEqual(['chart synthesis.saturation']);
    expect(silentQueries(`const chart = useQuery('synthesis.saturation', {});\nif (chart.error) return null;`)).toEqual(
      [],
    );
    expect(silentQueries(`const { data, error } = useQuery('tags.list', {});`)).toEqual([]);
    expect(silentQueries(`const tags = useQuery('tags.list', { a: f(1) }, { errors: 'toast' });`)).toEqual([]);
    expect(silentQueries(`const q = useQuery('tags.list', {});\nreturn <QueryError query={q} />;`)).toEqual([]);
  });

  it('holds for every screen of the renderer', () => {
    const silent = sources(ROOT).flatMap((file) =>
      silentQueries(fs.readFileSync(file, 'utf8')).map((q) => `${path.relative(ROOT, file)}: ${q}`),
    );
    expect(silent, 'queries whose failure is never shown').toEqual([]);
  });
});
