/** Adds an attribute by hand to a section (and field); it starts as an assumption until it cites evidence. */
import { SECTION_FIELDS, SECTION_LABELS, type AttributeSection } from '../../../../shared/domain/persona';
import { useMutation } from '../../api/useMutation';
import { AddClaimDialog } from '../citations/AddClaimDialog';
import { SECTION_DETAIL } from './labels';

export function AttributeForm({
  personaId,
  section,
  field,
  onClose,
}: {
  personaId: number;
  section: AttributeSection;
  field: string;
  onClose(): void;
}) {
  const extra = SECTION_DETAIL[section];
  const add = useMutation('attributes.add');
  return (
    <AddClaimDialog
      title={`Add to ${SECTION_LABELS[section]}`}
      description="Without cited quotes it is shown as an assumption. Cite evidence after adding it."
      fields={SECTION_FIELDS[section]}
      field={field}
      detailLabel={extra?.label}
      submitLabel="Add attribute"
      pending={add.pending}
      error={add.error}
      onSubmit={async ({ field: chosen, statement, detail }) =>
        !!(await add.run({
          personaId,
          section,
          field: chosen,
          statement,
          detail: extra && detail ? { [extra.key]: detail } : {},
          quoteIds: [],
        }))
      }
      onClose={onClose}
    />
  );
}
