/** Files that could not be read or imported, each by name with the reason; the others go on without them. */
import type { ImportItem } from './useImportBatch';

function Reason({ item }: { item: ImportItem }) {
  const reason = item.error ?? 'It could not be imported.';
  // The core's messages usually start with the file name; bold it there rather than say it twice.
  if (reason.startsWith(item.name)) {
    return (
      <>
        <strong className="failed-name">{item.name}</strong>
        {reason.slice(item.name.length)}
      </>
    );
  }
  return (
    <>
      <strong className="failed-name">{item.name}</strong>: {reason}
    </>
  );
}

export function FailedFiles({ items, title }: { items: ImportItem[]; title: string }) {
  if (items.length === 0) return null;
  return (
    <section className="notice notice-error failed-files" aria-label={title}>
      <div>
        <p className="notice-title">{title}</p>
        <ul className="failed-list">
          {items.map((item) => (
            <li key={item.key}>
              <Reason item={item} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
