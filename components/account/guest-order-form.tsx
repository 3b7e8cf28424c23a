'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import type { guestOrderSchema } from '@/lib/schemas/guest-order';

import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const guestOrderRules = () => import('@/lib/schemas/guest-order').then((m) => m.guestOrderSchema);

/** The server action this form posts to. */
export type GuestOrderFormAction = FormActionOf<typeof guestOrderSchema>;

/** "Add an order placed without an account": the order's id, then a mailed confirmation. */
export function GuestOrderForm({ action }: { action: GuestOrderFormAction }) {
  const form = useActionStateForm(
    guestOrderRules,
    action,
    { orderId: '' },
    { formId: 'guest-order' },
  );
  const { field } = form;
  const t = useTranslations('guestOrderForm');
  return (
    <ActionForm form={form}>
      <FormMessage success={form.state.message} />
      <Field
        label={t('orderId')}
        autoComplete="off"
        spellCheck={false}
        required
        hint={t('orderIdHint')}
        {...field('orderId')}
      />
      <Button type="submit" pending={form.pending} pendingLabel={t('sending')}>
        {t('submit')}
      </Button>
    </ActionForm>
  );
}
