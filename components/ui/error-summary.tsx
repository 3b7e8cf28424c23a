'use client';

import { useTranslations } from 'next-intl';
import { useId, type MouseEvent, type Ref } from 'react';

export type SummaryError = { fieldId: string; message: string };

/**
 * What went wrong with a form, at its top: the form's own message and a link to each invalid
 * field. The form moves focus here after a failed submit, so a screen reader reads it at
 * once and a keyboard user is one Tab from the first field to fix. Without JavaScript it is
 * rendered with the page and the links still jump to the fields.
 */
export function ErrorSummary({
  formError,
  errors,
  ref,
}: {
  formError?: string;
  errors: readonly SummaryError[];
  /** The form moves the focus here (`useActionStateForm`). */
  ref?: Ref<HTMLDivElement>;
}) {
  const headingId = useId();
  const t = useTranslations('form');
  if (!formError && errors.length === 0) return null;

  // The jump scrolls to the field; focusing it too puts the cursor where the fix goes.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
      className="rounded-md border-2 border-red-700 bg-white px-4 py-3 text-sm text-gray-900 focus:outline-3 focus:outline-offset-2 focus:outline-red-700"
    >
      <h2 id={headingId} className="font-semibold text-red-800">
        {t('problem')}
      </h2>
      {formError ? <p className="mt-1">{formError}</p> : null}
      {errors.length > 0 ? (
        // 24-pixel lines: each link is a target of the size WCAG 2.2 asks for.
        <ul className="mt-1 list-disc pl-5 leading-6">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => focusField(event, error.fieldId)}
                className="inline-block text-red-800 underline underline-offset-2"
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
