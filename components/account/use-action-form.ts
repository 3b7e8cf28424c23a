'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import {
  startTransition,
  useActionState,
  useEffect,
  useReducer,
  useRef,
  type FormEvent,
} from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';

import type { SummaryError } from '@/components/ui/error-summary';
import type { FieldsOf, FormActionOf, FormSchema, FormStateOf } from '@/lib/form-protocol';

/** `firstName` → `first-name`, for element ids. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Joins a server action (the source of truth, and all there is without JavaScript) with
 * react-hook-form validation using the same zod schema, so mistakes show before a round trip.
 *
 * `formId` names the form's controls (`<formId>-<field>`), which the error summary links to.
 * After a failed submit, in the browser or on the server, focus moves to the summary; while a
 * submit is under way, a second one is ignored (a double click adds no second address).
 */
export function useActionForm<Schema extends FormSchema>(
  schema: Schema,
  action: FormActionOf<Schema>,
  initialValues: Partial<Record<FieldsOf<Schema>, string>> = {},
  options: { formId: string; resetOnSuccess?: boolean },
) {
  type Field = FieldsOf<Schema>;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submitting = useRef(false);
  // Set by a failed submit; the summary takes the focus once it is on the page.
  const focusSummary = useRef(false);
  const [, renderAgain] = useReducer((count: number) => count + 1, 0);
  const initialState: FormStateOf<Schema> = { status: 'idle', values: initialValues };
  const [state, formAction, pending] = useActionState(action, initialState);
  const values: Partial<Record<Field, string>> = { ...initialValues, ...state.values };
  // react-hook-form runs untyped here (field names are strings from the schema, checked by
  // `Field` above); its Path types cannot follow a schema that is itself a type parameter.
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: values,
    // Checked when the shopper submits, then again as they correct a field: an error that
    // appeared on leaving a field would shift the form under the pointer on its way to Save.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
  });

  const { formId, resetOnSuccess = false } = options;
  useEffect(() => {
    submitting.current = false;
    if (resetOnSuccess && state.status === 'success') {
      formRef.current?.reset();
      form.reset();
    } else if (state.status === 'error') {
      // Passwords are never kept after a failed attempt, as without JavaScript.
      formRef.current
        ?.querySelectorAll<HTMLInputElement>('input[type="password"]')
        .forEach((input) => {
          input.value = '';
          form.setValue(input.name, '');
        });
      focusSummary.current = true;
    }
  }, [state, resetOnSuccess, form]);

  // After every render: react-hook-form shows the browser-side errors a render after it
  // refused the submit, so the summary may appear only now.
  useEffect(() => {
    if (focusSummary.current && summaryRef.current) {
      focusSummary.current = false;
      summaryRef.current.focus();
    }
  });

  // With JavaScript on, validate first and only then hand the form's data to the action.
  // Submitting through startTransition (not the form's own action) keeps React from
  // resetting the fields after the action returns.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current || pending) return;
    submitting.current = true;
    const formElement = event.currentTarget;
    void form.handleSubmit(
      () => {
        startTransition(() => formAction(new FormData(formElement)));
      },
      () => {
        submitting.current = false;
        focusSummary.current = true;
        renderAgain();
      },
    )(event);
  };

  /** The client's error for a field, else the server's from the last submit. */
  const errorFor = (name: Field): string | undefined => {
    const clientError = form.formState.errors[name]?.message;
    if (typeof clientError === 'string') return clientError;
    return state.fieldErrors?.[name];
  };

  const idOf = (name: Field) => `${formId}-${kebab(name)}`;

  /** Props for a text control: its id, registration and the server-rendered default value. */
  const fieldProps = (name: Field) => ({
    id: idOf(name),
    ...form.register(name),
    defaultValue: values[name] ?? '',
  });

  /**
   * Everything a labelled control needs: id, registration, the value to start from and its
   * error. A `secret` field (a password) always starts empty.
   */
  const field = (name: Field, { secret = false }: { secret?: boolean } = {}) => ({
    ...fieldProps(name),
    ...(secret ? { defaultValue: '' } : {}),
    error: errorFor(name),
  });

  /** Each invalid field, in the schema's order, for the error summary. */
  const summaryErrors: SummaryError[] = (Object.keys(schema.shape) as Field[]).flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ fieldId: idOf(name), message }] : [];
  });

  /** Spread on the <form>: the action (all there is without JavaScript) and validation. */
  const formProps = { ref: formRef, action: formAction, onSubmit, noValidate: true };

  /** Spread on the form's <ErrorSummary>. */
  const summaryProps = { ref: summaryRef, formError: state.formError, errors: summaryErrors };

  return {
    state,
    form,
    formRef,
    formAction,
    pending,
    onSubmit,
    errorFor,
    fieldProps,
    field,
    formProps,
    summaryProps,
  };
}
