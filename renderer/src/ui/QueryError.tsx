/**
 * What a screen shows when its query failed: a sentence and "Try again", in place of the content —
 * never an endless "Loading…". Takes the query's error and refetch, so ui/ stays free of api/.
 */
import { ErrorNotice } from './Notice';

export function QueryError({
  what,
  query,
}: {
  /** What could not be loaded, in the researcher's words: "The saturation chart". */
  what: string;
  query: { error: { message: string } | null; refetch(): Promise<void> };
}) {
  if (!query.error) return null;
  return (
    <ErrorNotice
      title={`${what} could not be loaded`}
      message={query.error.message}
      onRetry={() => void query.refetch()}
    />
  );
}
