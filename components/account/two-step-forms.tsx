'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useSyncExternalStore } from 'react';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { FormActionOf } from '@/lib/form-protocol';
import { translateMessage } from '@/lib/i18n/message';
import type {
  confirmTwoStepSchema,
  reconfirmTwoStepSchema,
  turnOnTwoStepSchema,
} from '@/lib/schemas/two-step';

import { CurrentPasswordField } from './current-password-field';
import { AuthenticatorCodeField } from './authenticator-code-field';
import { ActionForm } from './action-form';
import { useActionStateForm } from './use-action-state-form';

// The form's rules, loaded after the page (see RulesLoader).
const confirmTwoStepRules = () =>
  import('@/lib/schemas/two-step').then((m) => m.confirmTwoStepSchema);
const reconfirmTwoStepRules = () =>
  import('@/lib/schemas/two-step').then((m) => m.reconfirmTwoStepSchema);
const turnOnTwoStepRules = () =>
  import('@/lib/schemas/two-step').then((m) => m.turnOnTwoStepSchema);

// Two-step sign-in on the profile: turning it on (password, then the QR code and the app's
// first code), the recovery codes shown once, and the forms that need the password and a
// current code (new recovery codes, turning it off). All of it works without JavaScript
// but copying to the clipboard.

export type TurnOnAction = FormActionOf<typeof turnOnTwoStepSchema>;
export type ConfirmAction = FormActionOf<typeof confirmTwoStepSchema>;
export type ReconfirmAction = FormActionOf<typeof reconfirmTwoStepSchema>;

export function TurnOnTwoStepForm({ action }: { action: TurnOnAction }) {
  const form = useActionStateForm(turnOnTwoStepRules, action, {}, { formId: 'two-step-on' });
  const { field } = form;
  const t = useTranslations('twoStepForms');
  return (
    <ActionForm form={form}>
      <CurrentPasswordField {...field('currentPassword', { secret: true })} />
      <div>
        <Button type="submit" pending={form.pending} pendingLabel={t('starting')}>
          {t('turnOnTwoStep')}
        </Button>
      </div>
    </ActionForm>
  );
}

/** The secret in groups of four, as people type it into an app by hand. */
export const groupedSecret = (secret: string) => (secret.match(/.{1,4}/g) ?? []).join(' ');

/**
 * The set-up waiting for the app's first code, then (in its place) the recovery codes the
 * confirmation issued. Rendered in the same place whatever the state, so that without
 * JavaScript the page the action answers still holds the codes.
 */
export function TwoStepSetupForm({
  setup,
  action,
}: {
  /** The pending set-up; null once there is none (the codes may still be on show). */
  setup: { qrCode: string; secret: string } | null;
  action: ConfirmAction;
}) {
  const form = useActionStateForm(confirmTwoStepRules, action, {}, { formId: 'two-step-setup' });
  const { field, state } = form;
  const t = useTranslations('twoStepForms');
  const all = useTranslations();
  if (state.status === 'success' && state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-4">
        {state.message ? (
          <Notice tone="success">{translateMessage(all, state.message)}</Notice>
        ) : null}
        <RecoveryCodes
          codes={state.recoveryCodes}
          title={t('recoveryCodesTitle')}
          headingLevel={2}
        />
      </div>
    );
  }
  if (!setup) return null;
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex list-decimal flex-col gap-4 pl-5 text-sm text-gray-800">
        <li className="flex flex-col gap-3">
          <span>{t('scan')}</span>
          {/* A data: URL drawn on the server: next/image has nothing to optimise here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={setup.qrCode}
            width={192}
            height={192}
            alt={t('qrAlt')}
            className="rounded border border-gray-200 bg-white"
          />
        </li>
        <li className="flex flex-col gap-2">
          <span>{t('typeKey')}</span>
          <code
            data-testid="two-step-secret"
            className="w-fit rounded bg-gray-100 px-3 py-2 font-mono text-base tracking-wider text-gray-900"
          >
            {groupedSecret(setup.secret)}
          </code>
        </li>
        <li>{t('enterCode')}</li>
      </ol>
      <ActionForm form={form}>
        <AuthenticatorCodeField {...field('code')} />
        <div>
          <Button type="submit" pending={form.pending} pendingLabel={t('checking')}>
            {t('turnOn')}
          </Button>
        </div>
      </ActionForm>
    </div>
  );
}

const noSubscription = () => () => undefined;

/** The codes, with a download (a data: link, so it works without JavaScript) and a copy. */
export function RecoveryCodes({
  codes,
  title,
  headingLevel,
}: {
  codes: string[];
  title: string;
  /** Under the page's h1 (the set-up), or under a section's h2. */
  headingLevel: 2 | 3;
}) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useTranslations('twoStepForms');
  const text = `${t('fileHeading')}\n\n${codes.join('\n')}\n`;
  // The copy button appears only where a script can press it.
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <Heading id={headingId} className="font-semibold">
        {title}
      </Heading>
      <p className="text-sm text-gray-700">{t('keepSafe')}</p>
      <ul
        data-testid="recovery-codes"
        className="grid w-fit grid-cols-1 gap-x-8 gap-y-1 rounded bg-gray-100 px-4 py-3 font-mono text-sm sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-4">
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="recovery-codes.txt"
          className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm text-gray-900 hover:bg-gray-50"
        >
          {t('download')}
        </a>
        {canCopy ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              navigator.clipboard.writeText(text).then(
                () => setCopied('yes'),
                () => setCopied('failed'),
              );
            }}
          >
            {t('copy')}
          </Button>
        ) : null}
        <span role="status" className="text-sm text-gray-700">
          {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}

/** New recovery codes, or turning it off: the password and a current code. */
export function ReconfirmTwoStepForm({
  action,
  formId,
  submitLabel,
  pendingLabel,
  danger = false,
}: {
  action: ReconfirmAction;
  formId: string;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
}) {
  const form = useActionStateForm(
    reconfirmTwoStepRules,
    action,
    {},
    { formId, resetOnSuccess: true },
  );
  const { field, state } = form;
  const t = useTranslations('twoStepForms');
  const all = useTranslations();
  return (
    <div className="flex flex-col gap-4">
      {state.status === 'success' && state.recoveryCodes ? (
        <>
          {state.message ? (
            <Notice tone="success">{translateMessage(all, state.message)}</Notice>
          ) : null}
          <RecoveryCodes
            codes={state.recoveryCodes}
            title={t('newRecoveryCodesTitle')}
            headingLevel={3}
          />
        </>
      ) : null}
      <ActionForm form={form}>
        <CurrentPasswordField {...field('currentPassword', { secret: true })} />
        <Field
          label={t('codeLabel')}
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={80}
          required
          {...field('code', { secret: true })}
        />
        <div>
          <Button
            type="submit"
            variant={danger ? 'danger' : 'primary'}
            pending={form.pending}
            pendingLabel={pendingLabel}
          >
            {submitLabel}
          </Button>
        </div>
      </ActionForm>
    </div>
  );
}
