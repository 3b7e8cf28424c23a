import type { Ref, SelectHTMLAttributes } from 'react';

import { controlProps, FieldFrame, type Labelled } from './field';

// Apart from Field, so that only a form with a select loads it.

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> &
  Labelled & {
    ref?: Ref<HTMLSelectElement>;
  };

/**
 * A labelled select whose error and hint are wired for screen readers, as Field's are; its
 * <option>s are its children.
 */
export function SelectField({ id, label, error, hint, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select {...controlProps({ id, error, hint }, className)} {...select} />
    </FieldFrame>
  );
}
