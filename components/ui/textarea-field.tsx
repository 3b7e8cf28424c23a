import type { Ref, TextareaHTMLAttributes } from 'react';

import { controlProps, FieldFrame, type Labelled } from './field';

// Apart from Field, so that only a form with a text area loads it.

export type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> &
  Labelled & {
    ref?: Ref<HTMLTextAreaElement>;
    optional?: boolean;
  };

/** A labelled text area whose error and hint are wired for screen readers, as Field's are. */
export function TextareaField({
  id,
  label,
  error,
  hint,
  optional,
  className,
  ...textarea
}: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} optional={optional}>
      <textarea {...controlProps({ id, error, hint }, className)} {...textarea} />
    </FieldFrame>
  );
}
