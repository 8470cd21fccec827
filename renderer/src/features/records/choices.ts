/** Select options from the framework's vocabularies, labelled in the researcher's words. */
import { CHOICE_LABELS } from '../../../../shared/domain/framework';
import type { Choice } from '../../ui/Field';

export function choicesOf(values: readonly string[], labels: Record<string, string> = CHOICE_LABELS): Choice[] {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}

export function choiceLabel(value: string, labels: Record<string, string> = CHOICE_LABELS): string {
  return value ? (labels[value] ?? value) : '';
}
