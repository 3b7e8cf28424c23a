'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';

import type { FieldsOf, FormActionOf, FormSchema, FormStateOf } from '@/lib/form-protocol';

/**
 * Joins a server action (the source of truth, and all there is without JavaScript) with
 * react-hook-form validation using the same zod schema, so mistakes show before a round trip.
 */
export function useActionForm<Schema extends FormSchema>(
  schema: Schema,
  action: FormActionOf<Schema>,
  initialValues: Partial<Record<FieldsOf<Schema>, string>> = {},
  options: { resetOnSuccess?: boolean } = {},
) {
  type Field = FieldsOf<Schema>;
  const formRef = useRef<HTMLFormElement>(null);
  const initialState: FormStateOf<Schema> = { status: 'idle', values: initialValues };
  const [state, formAction, pending] = useActionState(action, initialState);
  const values: Partial<Record<Field, string>> = { ...initialValues, ...state.values };
  // react-hook-form runs untyped here (field names are strings from the schema, checked by
  // `Field` above); its Path types cannot follow a schema that is itself a type parameter.
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: values,
    mode: 'onTouched',
  });

  const { resetOnSuccess = false } = options;
  useEffect(() => {
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
    }
  }, [state, resetOnSuccess, form]);

  // With JavaScript on, validate first and only then hand the form's data to the action.
  // Submitting through startTransition (not the form's own action) keeps React from
  // resetting the fields after the action returns.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formElement = event.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(formElement)));
    })(event);
  };

  /** The client's error for a field, else the server's from the last submit. */
  const errorFor = (name: Field): string | undefined => {
    const clientError = form.formState.errors[name]?.message;
    if (typeof clientError === 'string') return clientError;
    return state.fieldErrors?.[name];
  };

  /** Props for a text control: registration plus the server-rendered default value. */
  const fieldProps = (name: Field) => ({
    ...form.register(name),
    defaultValue: values[name] ?? '',
  });

  /**
   * Everything a labelled control needs: registration, the value to start from and its
   * error. A `secret` field (a password) always starts empty.
   */
  const field = (name: Field, { secret = false }: { secret?: boolean } = {}) => ({
    ...fieldProps(name),
    ...(secret ? { defaultValue: '' } : {}),
    error: errorFor(name),
  });

  /** Spread on the <form>: the action (all there is without JavaScript) and validation. */
  const formProps = { ref: formRef, action: formAction, onSubmit, noValidate: true };

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
  };
}
