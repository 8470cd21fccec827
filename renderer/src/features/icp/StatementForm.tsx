/** Adds a statement to a section (and field) of the profile; cite its evidence after adding it. */
import { ICP_SECTION_FIELDS, ICP_SECTION_LABELS, type IcpSection } from '../../../../shared/domain/icpProfile';
import { useMutation } from '../../api/useMutation';
import { AddClaimDialog } from '../citations/AddClaimDialog';

export function StatementForm({ section, field, onClose }: { section: IcpSection; field: string; onClose(): void }) {
  const add = useMutation('icp.statements.add');
  return (
    <AddClaimDialog
      title={`Add to ${ICP_SECTION_LABELS[section]}`}
      description="Without cited quotes it is an assumption. Cite evidence after adding it."
      fields={ICP_SECTION_FIELDS[section]}
      field={field}
      submitLabel="Add statement"
      pending={add.pending}
      error={add.error}
      onSubmit={async (claim) => !!(await add.run({ section, field: claim.field, statement: claim.statement }))}
      onClose={onClose}
    />
  );
}
