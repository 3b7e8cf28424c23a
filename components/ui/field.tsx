import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';

import { cn } from '@/lib/utils';

type Wiring = { id: string; error?: string; hint?: ReactNode };

/** ids of the hint and error elements a control points at with aria-describedby. */
function describedBy({ id, error, hint }: Wiring): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({
  id,
  label,
  error,
  hint,
  optional,
  children,
}: Wiring & { label: string; optional?: boolean; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-gray-900">
        {label}
        {optional ? <span className="font-normal text-gray-500"> (optional)</span> : null}
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

const CONTROL =
  'rounded-md border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 shadow-sm focus:border-gray-900 focus:outline-none focus:ring-1 focus:ring-gray-900 aria-invalid:border-red-600 read-only:bg-gray-100';

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  /** Passed on to the input (react-hook-form registers it). */
  ref?: Ref<HTMLInputElement>;
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
};

/** A labelled input whose error and hint are wired for screen readers. */
export function Field({ id, label, error, hint, optional, className, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} optional={optional}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, error, hint })}
        className={cn(CONTROL, className)}
        {...input}
      />
    </FieldFrame>
  );
}

export type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  ref?: Ref<HTMLSelectElement>;
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
  placeholder?: string;
};

export function SelectField({
  id,
  label,
  error,
  hint,
  options,
  placeholder,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, error, hint })}
        className={cn(CONTROL, className)}
        {...select}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
