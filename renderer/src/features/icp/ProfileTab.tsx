/**
 * The profile as a document: the personas it contains, then the framework's template sections, each
 * with statements that cite quotes.
 */
import { useState } from 'react';
import {
  ICP_SECTION_FIELDS,
  ICP_SECTION_HINTS,
  ICP_SECTION_LABELS,
  ICP_SECTIONS,
  type IcpSection,
  type IcpStatement,
} from '../../../../shared/domain/icpProfile';
import { useQuery } from '../../api/hooks';
import { useMutation } from '../../api/useMutation';
import { count } from '../../ui/format';
import { ErrorNotice } from '../../ui/Notice';
import { CiteQuoteDialog } from '../citations/CiteQuoteDialog';
import { IcpPersonas } from './IcpPersonas';
import { StatementForm } from './StatementForm';
import { StatementItem } from './StatementItem';

function StatementList({
  statements,
  onCite,
  empty,
}: {
  statements: IcpStatement[];
  onCite(s: IcpStatement): void;
  empty: string;
}) {
  if (statements.length === 0) return <p className="section-empty">{empty}</p>;
  return (
    <ul className="attribute-list">
      {statements.map((s) => (
        <StatementItem key={s.id} statement={s} onCite={onCite} />
      ))}
    </ul>
  );
}

function Section({
  section,
  statements,
  onAdd,
  onCite,
}: {
  section: IcpSection;
  statements: IcpStatement[];
  onAdd(field: string): void;
  onCite(s: IcpStatement): void;
}) {
  const fields = ICP_SECTION_FIELDS[section];
  const label = ICP_SECTION_LABELS[section];
  const headingId = `icp-section-${section}`;
  const known = new Set((fields ?? []).map((f) => f.key));
  const loose = statements.filter((s) => !known.has(s.field));
  return (
    <section className="persona-section" aria-labelledby={headingId}>
      <header className="persona-section-head">
        <h2 id={headingId}>{label}</h2>
        {!fields ? (
          <button type="button" className="btn btn-quiet" aria-label={`Add to ${label}`} onClick={() => onAdd('')}>
            + Add
          </button>
        ) : null}
      </header>
      <p className="icp-section-hint">{ICP_SECTION_HINTS[section]}</p>
      {fields ? (
        <div className="persona-fields">
          {fields.map((f) => (
            <div key={f.key} className="persona-field">
              <div className="persona-field-head">
                <h3>{f.label}</h3>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-label={`Add ${f.label}`}
                  onClick={() => onAdd(f.key)}
                >
                  + Add
                </button>
              </div>
              <StatementList
                statements={statements.filter((s) => s.field === f.key)}
                onCite={onCite}
                empty="Not known yet"
              />
            </div>
          ))}
          {loose.length ? (
            <div className="persona-field">
              <h3>Other</h3>
              <StatementList statements={loose} onCite={onCite} empty="" />
            </div>
          ) : null}
        </div>
      ) : (
        <StatementList statements={statements} onCite={onCite} empty="Nothing here yet." />
      )}
    </section>
  );
}

function CiteStatement({ statement, onClose }: { statement: IcpStatement; onClose(): void }) {
  const cite = useMutation('icp.statements.cite');
  return (
    <CiteQuoteDialog
      claim={statement.statement}
      cited={new Set(statement.citations.map((c) => c.quoteId))}
      pending={cite.pending}
      error={cite.error?.message ?? null}
      onCite={async (quoteId, polarity) => Boolean(await cite.run({ statementId: statement.id, quoteId, polarity }))}
      onClose={onClose}
    />
  );
}

export function ProfileTab() {
  const list = useQuery('icp.statements.list', {});
  const [adding, setAdding] = useState<{ section: IcpSection; field: string } | null>(null);
  const [citing, setCiting] = useState<IcpStatement | null>(null);
  const statements = list.data ?? [];
  const cited = statements.filter((s) => s.citationCount > 0).length;
  return (
    <article className="persona-doc icp-doc" aria-label="Ideal customer profile">
      {list.error && !list.data ? (
        <ErrorNotice
          title="The profile could not be loaded"
          message={list.error.message}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        <p className="persona-intro">
          {statements.length === 0
            ? 'Describe the companies you should sell to, section by section. Write each statement from what interviews showed, then cite the quotes behind it; a statement without quotes is an assumption.'
            : `${count(statements.length, 'statement')}, ${cited} citing evidence. Score companies against the criteria on the Scoring tab.`}
        </p>
      ) : null}
      <IcpPersonas />
      {ICP_SECTIONS.map((section) => (
        <Section
          key={section}
          section={section}
          statements={statements.filter((s) => s.section === section)}
          onAdd={(field) => setAdding({ section, field })}
          onCite={setCiting}
        />
      ))}
      {adding ? <StatementForm section={adding.section} field={adding.field} onClose={() => setAdding(null)} /> : null}
      {citing ? (
        <CiteStatement
          statement={statements.find((s) => s.id === citing.id) ?? citing}
          onClose={() => setCiting(null)}
        />
      ) : null}
    </article>
  );
}
