/** One template section of the persona document: its fields (when the template names them) and attributes. */
import {
  SECTION_FIELDS,
  SECTION_LABELS,
  type Attribute,
  type AttributeSection,
} from '../../../../shared/domain/persona';
import { AttributeItem, type AttributeActions } from './AttributeItem';

export interface SectionActions extends AttributeActions {
  add(section: AttributeSection, field: string): void;
}

function List({
  attributes,
  actions,
  ordered,
  empty,
}: {
  attributes: Attribute[];
  actions: AttributeActions;
  ordered?: boolean;
  empty: string;
}) {
  if (attributes.length === 0) return <p className="section-empty">{empty}</p>;
  const items = attributes.map((a) => <AttributeItem key={a.id} attribute={a} actions={actions} />);
  return ordered ? <ol className="attribute-list is-ranked">{items}</ol> : <ul className="attribute-list">{items}</ul>;
}

export function PersonaSection({
  section,
  attributes,
  actions,
}: {
  section: AttributeSection;
  attributes: Attribute[];
  actions: SectionActions;
}) {
  const fields = SECTION_FIELDS[section];
  const label = SECTION_LABELS[section];
  const headingId = `section-${section}`;
  const known = new Set((fields ?? []).map((f) => f.key));
  const loose = attributes.filter((a) => !known.has(a.field));
  return (
    <section className="persona-section" aria-labelledby={headingId}>
      <header className="persona-section-head">
        <h2 id={headingId}>{label}</h2>
        {!fields ? (
          <button
            type="button"
            className="btn btn-quiet"
            aria-label={`Add to ${label}`}
            onClick={() => actions.add(section, '')}
          >
            + Add
          </button>
        ) : null}
      </header>
      {fields ? (
        <div className="persona-fields">
          {fields.map((f) => {
            const mine = attributes.filter((a) => a.field === f.key);
            return (
              <div key={f.key} className="persona-field">
                <div className="persona-field-head">
                  <h3>{f.label}</h3>
                  <button
                    type="button"
                    className="btn btn-quiet btn-small"
                    aria-label={`Add ${f.label}`}
                    onClick={() => actions.add(section, f.key)}
                  >
                    + Add
                  </button>
                </div>
                <List
                  attributes={mine}
                  actions={actions}
                  ordered={f.key === 'decision_criteria'}
                  empty="Not known yet"
                />
              </div>
            );
          })}
          {loose.length ? (
            <div className="persona-field">
              <h3>Other</h3>
              <List attributes={loose} actions={actions} empty="" />
            </div>
          ) : null}
        </div>
      ) : (
        <List
          attributes={attributes}
          actions={actions}
          empty={
            section === 'quote' ? 'Pick a quote that sums this persona up: + Add, then cite it.' : 'Nothing here yet.'
          }
        />
      )}
    </section>
  );
}
