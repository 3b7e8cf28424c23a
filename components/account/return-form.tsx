'use client';

import {
  Fragment,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TableHead, type Column } from '@/components/ui/table-head';
import { TextareaField } from '@/components/ui/textarea-field';
import { translateMessage, type MessageRef } from '@/lib/i18n/message';
import { useFormats } from '@/lib/i18n/use-formats';
import {
  quantityField,
  reasonField,
  RETURN_MESSAGES,
  RETURN_NOTE_MAX,
  type ReturnField,
  type ReturnFormState,
  type ReturnIntent,
  type ReturnReview,
} from '@/lib/orders/return-form';
import type { Money, ReturnReason, ReturnShippingOption } from '@/lib/store';
import type { StoreImage } from '@/lib/store-image';

import { ProductThumbnail } from './product-thumbnail';

// The return journey's two steps in one form: choose the lines, reasons, a way of sending and a
// note, then check the summary and confirm. Its fields are named after the order's lines, so
// react-hook-form and a fixed schema do not fit it; every step is the server's (one action,
// told which button was pressed), which also renders each step's answer without JavaScript.
// What is kept of the other forms' behaviour: the error summary at the top, focused after a
// refusal, with a link to each field; errors beside the fields; the choice kept through every
// answer; one submit at a time. The action's messages are catalogue keys (MessageRefs), read
// here in the shopper's language.

/** The server action every step of the form posts to. */
export type ReturnFormAction = (
  previous: ReturnFormState,
  formData: FormData,
) => Promise<ReturnFormState>;

/** A line of the order that can go back, as the form shows it. */
export type ReturnFormLine = {
  id: string;
  title: string;
  /** Only where it says more than the title. */
  variantTitle: string | null;
  /** At least 1. */
  returnable: number;
  image: StoreImage | null;
};

type Props = {
  action: ReturnFormAction;
  lines: readonly ReturnFormLine[];
  reasons: readonly ReturnReason[];
  shippingOptions: readonly ReturnShippingOption[];
  /** What the page says instead of the form when nothing can go back (or no longer can). */
  nothingLeft: ReactNode;
};

const INITIAL: ReturnFormState = { status: 'idle' };

/** The controls' ids, which the error summary links to: by position, never by a backend id. */
const ids = {
  quantity: (index: number) => `return-quantity-${index + 1}`,
  reason: (index: number) => `return-reason-${index + 1}`,
  shipping: (index: number) => `return-shipping-${index + 1}`,
  note: 'return-note',
};

/** The buttons' `intent` values: which step the action takes. */
const INTENT = {
  review: 'review',
  change: 'change',
  confirm: 'confirm',
} as const satisfies Record<ReturnIntent, ReturnIntent>;

const minus = (money: Money): Money => ({ ...money, amount: -money.amount });

export function ReturnForm({ action, lines, reasons, shippingOptions, nothingLeft }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const summaryRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef<HTMLHeadingElement>(null);
  const sending = useRef(false);
  const [sentBy, setSentBy] = useState<string | null>(null);
  const t = useTranslations('returnForm');
  const messages = useTranslations();
  const translated = (ref: MessageRef | undefined) =>
    ref ? translateMessage(messages, ref) : undefined;
  const f = useFormats();

  // Every answer moves the focus: to the error summary after a refusal, else to the heading of
  // the step it shows, which has replaced the one the focus was in.
  useEffect(() => {
    sending.current = false;
    if (state === INITIAL) return;
    (state.status === 'error' ? (summaryRef.current ?? stepRef.current) : stepRef.current)?.focus();
  }, [state]);

  // With JavaScript the form's data goes to the action from here, so that React does not reset
  // the fields after the answer (what was chosen stays as chosen), and a second press while
  // one is under way is dropped: two presses confirm one return.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current || pending) return;
    sending.current = true;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const button = submitter instanceof HTMLButtonElement ? submitter : null;
    setSentBy(button?.value ?? null);
    const data = new FormData(event.currentTarget, button);
    startTransition(() => formAction(data));
  };
  // Every button ignores presses while a step is under way; the one pressed says so.
  const busy = (intent: ReturnIntent, label?: string) => ({
    pending,
    pendingLabel: sentBy === intent ? label : undefined,
  });

  const errors: Partial<Record<ReturnField, string>> = Object.fromEntries(
    Object.entries(state.fieldErrors ?? {}).map(([field, ref]) => [field, translated(ref)]),
  );
  const placed: [fieldId: string, field: ReturnField][] = [
    ...lines.flatMap((line, index): [string, ReturnField][] => [
      [ids.quantity(index), quantityField(line.id)],
      [ids.reason(index), reasonField(line.id)],
    ]),
    [ids.shipping(0), 'shippingOptionId'],
    [ids.note, 'note'],
  ];
  const summaryErrors: SummaryError[] = placed.flatMap(([fieldId, field]) => {
    const message = errors[field];
    return message ? [{ fieldId, message }] : [];
  });
  // An error for a field this page does not show can only come from a form it did not make.
  const unplaced = Object.keys(errors).length > summaryErrors.length;
  const summary = (
    <ErrorSummary
      ref={summaryRef}
      formError={translated(state.formError ?? (unplaced ? RETURN_MESSAGES.malformed : undefined))}
      errors={summaryErrors}
    />
  );

  if (state.review) {
    return (
      <ReviewStep review={state.review} headingRef={stepRef} summary={summary}>
        <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center gap-4">
          <CarriedChoice review={state.review} />
          <Button
            type="submit"
            name="intent"
            value={INTENT.confirm}
            {...busy(INTENT.confirm, t('sending'))}
          >
            {t('confirm')}
          </Button>
          <Button
            type="submit"
            name="intent"
            value={INTENT.change}
            variant="secondary"
            {...busy(INTENT.change)}
          >
            {t('change')}
          </Button>
        </form>
      </ReviewStep>
    );
  }

  if (lines.length === 0) {
    return (
      <div className="flex flex-col gap-4">
        {summary}
        {nothingLeft}
      </div>
    );
  }

  const values = state.values ?? {};
  const shippingError = errors.shippingOptionId;
  const chosenOption =
    values.shippingOptionId ?? (shippingOptions.length === 1 ? shippingOptions[0]!.id : '');
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {summary}
      <h2 ref={stepRef} tabIndex={-1} className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {lines.map((line, index) => (
        <fieldset key={line.id} className="rounded-md border border-gray-200 p-4">
          <legend className="float-left mb-3 flex w-full items-center gap-3">
            <ProductThumbnail image={line.image} title={line.title} size={48} />
            <span className="text-sm font-medium text-gray-900">
              {line.title}
              {line.variantTitle ? (
                <span className="block text-xs font-normal text-gray-700">{line.variantTitle}</span>
              ) : null}
            </span>
          </legend>
          <div className="clear-left grid gap-4 sm:grid-cols-2">
            <SelectField
              id={ids.quantity(index)}
              name={quantityField(line.id)}
              label={t('quantityLabel')}
              hint={t('quantityHint', { max: line.returnable })}
              defaultValue={values[quantityField(line.id)] ?? '0'}
              error={errors[quantityField(line.id)]}
            >
              {Array.from({ length: line.returnable + 1 }, (_, count) => (
                <option key={count} value={String(count)}>
                  {count}
                </option>
              ))}
            </SelectField>
            {reasons.length > 0 ? (
              <SelectField
                id={ids.reason(index)}
                name={reasonField(line.id)}
                label={t('reasonLabel')}
                defaultValue={values[reasonField(line.id)] ?? ''}
                error={errors[reasonField(line.id)]}
              >
                <option value="">{t('chooseReason')}</option>
                {reasons.map((reason) => (
                  <option key={reason.id} value={reason.id}>
                    {reason.label}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>
        </fieldset>
      ))}

      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={shippingError ? 'return-shipping-error' : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-gray-900">{t('shippingLegend')}</legend>
        {shippingError ? (
          <p id="return-shipping-error" role="alert" className="text-sm text-red-700">
            {shippingError}
          </p>
        ) : null}
        {shippingOptions.map((option, index) => (
          <label
            key={option.id}
            htmlFor={ids.shipping(index)}
            className="flex min-h-6 items-center gap-2 text-sm text-gray-900"
          >
            <input
              type="radio"
              id={ids.shipping(index)}
              name="shippingOptionId"
              value={option.id}
              defaultChecked={option.id === chosenOption}
              className="size-4 accent-gray-900"
            />
            <span>{option.name}</span>{' '}
            <span className="text-gray-700">{f.money(option.price)}</span>
          </label>
        ))}
      </fieldset>

      <TextareaField
        id={ids.note}
        name="note"
        label={t('noteLabel')}
        optional
        hint={t('noteHint', { max: RETURN_NOTE_MAX })}
        rows={3}
        defaultValue={values.note ?? ''}
        error={errors.note}
      />

      <div>
        <Button
          type="submit"
          name="intent"
          value={INTENT.review}
          {...busy(INTENT.review, t('checking'))}
        >
          {t('continue')}
        </Button>
      </div>
    </form>
  );
}

/** The summary step: what goes back, how, what it may refund, and the buttons (`children`). */
function ReviewStep({
  review,
  headingRef,
  summary,
  children,
}: {
  review: ReturnReview;
  headingRef: Ref<HTMLHeadingElement>;
  summary: ReactNode;
  children: ReactNode;
}) {
  const { estimate } = review;
  const t = useTranslations('returnForm.review');
  const f = useFormats();
  const columns: readonly Column[] = [
    [t('item'), 'py-2 pr-4 font-medium'],
    [t('quantity'), 'py-2 pr-4 font-medium'],
    [t('reason'), 'py-2 font-medium'],
  ];
  return (
    <section aria-labelledby="return-review-heading" className="flex flex-col gap-4">
      {summary}
      <h2
        id="return-review-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-lg font-semibold"
      >
        {t('heading')}
      </h2>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('itemsCaption')}</caption>
        <TableHead columns={columns} />
        <tbody>
          {review.lines.map((line) => (
            <tr key={line.lineId} className="border-b border-gray-100">
              <th scope="row" className="py-3 pr-4 font-medium wrap-anywhere">
                {line.title}
                {line.variantTitle ? (
                  <span className="block text-xs font-normal text-gray-700">
                    {line.variantTitle}
                  </span>
                ) : null}
              </th>
              <td className="py-3 pr-4">{line.quantity}</td>
              <td className="py-3">{line.reason ?? t('noReason')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="grid grid-cols-[10rem_1fr] gap-1 text-sm">
        <dt className="text-gray-700">{t('sendingBack')}</dt>
        <dd>
          {review.shipping.name} ({f.money(review.shipping.price)})
        </dd>
        {review.note ? (
          <>
            <dt className="text-gray-700">{t('note')}</dt>
            <dd className="wrap-anywhere whitespace-pre-line">{review.note}</dd>
          </>
        ) : null}
      </dl>
      <table className="w-full max-w-sm text-left text-sm">
        <caption className="pb-1 text-left font-semibold">{t('refundCaption')}</caption>
        <tbody>
          <tr>
            <th scope="row" className="py-1 pr-4 font-normal text-gray-700">
              {t('itemsValue')}
            </th>
            <td className="py-1 text-right">{f.money(estimate.items)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1 pr-4 font-normal text-gray-700">
              {t('returnShipping')}
            </th>
            <td className="py-1 text-right">{f.money(minus(estimate.shipping))}</td>
          </tr>
          <tr className="border-t border-gray-200">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {t('estimatedRefund')}
            </th>
            <td className="py-2 text-right font-semibold">{f.money(estimate.refund)}</td>
          </tr>
        </tbody>
      </table>
      <p className="text-sm text-gray-800">{t('refundNote')}</p>
      {children}
    </section>
  );
}

/** The choice the summary shows, as the form's own fields: what Confirm and Change post. */
function CarriedChoice({ review }: { review: ReturnReview }) {
  return (
    <>
      {review.lines.map((line) => (
        <Fragment key={line.lineId}>
          <input type="hidden" name={quantityField(line.lineId)} value={String(line.quantity)} />
          <input type="hidden" name={reasonField(line.lineId)} value={line.reasonId ?? ''} />
        </Fragment>
      ))}
      <input type="hidden" name="shippingOptionId" value={review.shipping.id} />
      <input type="hidden" name="note" value={review.note ?? ''} />
    </>
  );
}
