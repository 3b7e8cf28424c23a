import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

import { cn } from '@/lib/utils';

type Wiring = { id: string; error?: string; hint?: ReactNode };
/** What every field is given besides its control's own attributes. */
export type Labelled = Wiring & { label: string };

const CONTROL =
  'rounded-md border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 shadow-sm focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900 aria-invalid:border-red-600 read-only:bg-gray-100';

/**
 * What a control takes from its field: its id, whether it is invalid, the ids of the hint and
 * error elements it points at (aria-describedby), and the shared look.
 */
export function controlProps({ id, error, hint }: Wiring, className: string | undefined) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy.length ? describedBy.join(' ') : undefined,
    className: cn(CONTROL, className),
  };
}

/** A field's label, then its control, its hint and its error (SelectField has one too). */
export function FieldFrame({
  id,
  label,
  error,
  hint,
  optional,
  children,
}: Labelled & { optional?: boolean; children: ReactNode }) {
  const t = useTranslations('form');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-gray-900">
        {label}
        {optional ? <span className="font-normal text-gray-500"> {t('optional')}</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type FieldProps = InputHTMLAttributes<HTMLInputElement> &
  Labelled & {
    /** Passed on to the input (react-hook-form registers it). */
    ref?: Ref<HTMLInputElement>;
    optional?: boolean;
  };

/** A labelled input whose error and hint are wired for screen readers. */
export function Field({ id, label, error, hint, optional, className, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} optional={optional}>
      <input {...controlProps({ id, error, hint }, className)} {...input} />
    </FieldFrame>
  );
}
