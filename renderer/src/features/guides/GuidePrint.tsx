/** The printable page of a guide: hidden on screen, the only thing printed (see the print stylesheet). */
import type { Guide } from '../../../../shared/domain/guide';

export function GuidePrint({ guide }: { guide: Guide }) {
  return (
    <article className="guide-print" aria-hidden="true">
      <h1>{guide.name}</h1>
      {guide.description ? <p className="guide-print-description">{guide.description}</p> : null}
      <ol>
        {guide.items.map((item) => (
          <li key={item.id}>
            <p className="guide-print-question">{item.text}</p>
            {item.followUps.length ? (
              <ul>
                {item.followUps.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            ) : null}
            <div className="guide-print-space" />
          </li>
        ))}
      </ol>
    </article>
  );
}
