'use client';

import { useTranslations } from 'next-intl';
import { useFormStatus } from 'react-dom';

import { Button, type ButtonProps } from './button';

/**
 * The submit button of a plain form (one whose action needs no form state): while the form
 * is being sent it says so and ignores further presses, so pressing twice sends once.
 */
export function SubmitButton({ pendingLabel, ...props }: Omit<ButtonProps, 'type' | 'pending'>) {
  const { pending } = useFormStatus();
  const t = useTranslations('submitButton');
  return (
    <Button
      {...props}
      type="submit"
      pending={pending}
      pendingLabel={pendingLabel ?? t('working')}
    />
  );
}
