'use client';

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
} from 'react';

import type { SummaryError } from '@/components/ui/error-summary';
import {
  fieldErrorsOf,
  type FieldsOf,
  type FormActionOf,
  type FormSchema,
  type FormStateOf,
} from '@/lib/form-protocol';

/** `firstName` → `first-name`, for element ids. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Loads a form's zod schema, from `lib/schemas/`: `() => import('@/lib/schemas/auth').then((m) =>
 * m.loginSchema)`, defined once beside the form. The rules and zod come in a chunk of their own,
 * fetched when the shopper first moves into the form (a field takes the focus), not with the
 * page: a visitor who only reads the page never loads them, and one who fills the form has
 * them long before the first check, which is at submit. The server parses with the very same
 * schema.
 */
export type RulesLoader<Schema extends FormSchema> = () => Promise<Schema>;

/**
 * Joins a server action (the source of truth, and all there is without JavaScript) with
 * validation in the browser by the same zod schema, so mistakes show before a round trip.
 *
 * The controls are uncontrolled: each starts from its `defaultValue` and the schema checks the
 * form's own FormData, so typing re-renders nothing until there are errors to update. The form
 * is checked when the shopper submits, then each field again as they correct it (on change,
 * never on leaving it: an error that appeared on blur would shift the form under the pointer on
 * its way to Save).
 *
 * `formId` names the form's controls (`<formId>-<field>`), which the error summary links to.
 * After a failed submit, in the browser or on the server, focus moves to the summary; while a
 * submit is under way, a second one is ignored (a double click adds no second address).
 */
export function useActionForm<Schema extends FormSchema>(
  loadRules: RulesLoader<Schema>,
  action: FormActionOf<Schema>,
  initialValues: Partial<Record<FieldsOf<Schema>, string>> = {},
  options: { formId: string; resetOnSuccess?: boolean },
) {
  type Field = FieldsOf<Schema>;
  type Errors = Partial<Record<Field, string>>;
  /** The browser's last check: each field's error, and all the form's fields in order. */
  type Checked = { errors: Errors; fields: readonly Field[] };
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The schema once its chunk is in, with the loader it came from: a page may hand the same
  // form another loader (the second sign-in step switching to a recovery code), whose rules
  // are then loaded afresh. Only event handlers read it, so its arrival renders nothing.
  const loaded = useRef<{ from: RulesLoader<Schema>; schema: Schema } | null>(null);
  const requested = useRef<RulesLoader<Schema> | null>(null);
  /** The rules for this render's loader, if they are in. */
  const currentRules = () => (loaded.current?.from === loadRules ? loaded.current.schema : null);
  const keep = (from: RulesLoader<Schema>, schema: Schema) => {
    loaded.current = { from, schema };
  };
  const submitting = useRef(false);
  // Whether the shopper has tried to submit since the form was last reset: from then on a
  // change re-checks the field it was made in.
  const triedToSubmit = useRef(false);
  // Set by a failed submit; the summary takes the focus once it is on the page.
  const focusSummary = useRef(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const initialState: FormStateOf<Schema> = { status: 'idle', values: initialValues };
  const [state, formAction, pending] = useActionState(action, initialState);
  const values: Partial<Record<Field, string>> = { ...initialValues, ...state.values };

  // The first focus inside the form (React's onFocus bubbles) fetches the rules. A failed load
  // is tried again on submit (and without the rules the server still checks).
  const onFocus = () => {
    if (requested.current === loadRules) return;
    const from = loadRules;
    requested.current = from;
    from().then(
      (schema) => keep(from, schema),
      () => undefined,
    );
  };

  /** The first error per field for what the form holds now, as the server would find it. */
  const check = (schema: Schema, form: HTMLFormElement): Errors => {
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    return parsed.success ? {} : fieldErrorsOf(schema, parsed.error.issues);
  };

  const { formId, resetOnSuccess = false } = options;
  // A reset also drops the browser's errors (for what was typed while the submit was under
  // way, now gone), set as the answer is rendered rather than in the effect below.
  const [resetFor, setResetFor] = useState(state);
  if (resetOnSuccess && state.status === 'success' && resetFor !== state) {
    setResetFor(state);
    setChecked((last) => (last ? { errors: {}, fields: last.fields } : last));
  }
  useEffect(() => {
    submitting.current = false;
    if (resetOnSuccess && state.status === 'success') {
      formRef.current?.reset();
      triedToSubmit.current = false;
    } else if (state.status === 'error') {
      // Passwords are never kept after a failed attempt, as without JavaScript.
      formRef.current
        ?.querySelectorAll<HTMLInputElement>('input[type="password"]')
        .forEach((input) => {
          input.value = '';
        });
      focusSummary.current = true;
    }
  }, [state, resetOnSuccess]);

  // After every render: the browser-side errors show a render after the refused submit, and
  // the server's with the render of its answer, so the summary may appear only now.
  useEffect(() => {
    if (focusSummary.current && summaryRef.current) {
      focusSummary.current = false;
      summaryRef.current.focus();
    }
  });

  /** Hands the form's data to the action (React keeps the fields as they are, see below). */
  const send = (formElement: HTMLFormElement) => {
    submitting.current = true;
    startTransition(() => formAction(new FormData(formElement)));
  };

  const checkThenSend = (schema: Schema, formElement: HTMLFormElement) => {
    const errors = check(schema, formElement);
    // A new object even when the errors are the same, so that the summary takes the focus
    // again on every refused submit.
    setChecked({ errors, fields: Object.keys(schema.shape) as Field[] });
    if (Object.keys(errors).length > 0) {
      focusSummary.current = true;
      return;
    }
    send(formElement);
  };

  // With JavaScript on, validate first and only then hand the form's data to the action.
  // Submitting through startTransition (not the form's own action) keeps React from
  // resetting the fields after the action returns.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current || pending) return;
    triedToSubmit.current = true;
    const formElement = event.currentTarget;
    const rules = currentRules();
    if (rules) {
      checkThenSend(rules, formElement);
      return;
    }
    // Submitted before the rules came in: wait for them, ignoring other submits meanwhile.
    submitting.current = true;
    const from = loadRules;
    from().then(
      (schema) => {
        keep(from, schema);
        submitting.current = false;
        checkThenSend(schema, formElement);
      },
      () => send(formElement),
    );
  };

  // One listener for the whole form (change events bubble): after a submit was tried, the
  // field just changed is checked again, and the form re-renders only if its error changed.
  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const schema = currentRules();
    if (!triedToSubmit.current || !schema || !checked) return;
    const name = (event.target as { name?: unknown }).name;
    if (typeof name !== 'string' || !Object.hasOwn(schema.shape, name)) return;
    const field = name as Field;
    const message = check(schema, event.currentTarget)[field];
    // Compared with what this render shows, so that an unchanged error queues no update at all.
    if (checked.errors[field] === message) return;
    const errors: Errors = { ...checked.errors };
    if (message === undefined) delete errors[field];
    else errors[field] = message;
    setChecked({ errors, fields: checked.fields });
  };

  /** The client's error for a field, else the server's from the last submit. */
  const errorFor = (name: Field): string | undefined =>
    checked?.errors[name] ?? state.fieldErrors?.[name];

  const idOf = (name: Field) => `${formId}-${kebab(name)}`;

  /** Props for a text control: its id, name and the server-rendered default value. */
  const fieldProps = (name: Field) => ({
    id: idOf(name),
    name,
    defaultValue: values[name] ?? '',
  });

  /**
   * Everything a labelled control needs: id, name, the value to start from and its error. A
   * `secret` field (a password) always starts empty.
   */
  const field = (name: Field, { secret = false }: { secret?: boolean } = {}) => ({
    ...fieldProps(name),
    ...(secret ? { defaultValue: '' } : {}),
    error: errorFor(name),
  });

  /**
   * Each invalid field, in the schema's order, for the error summary: the order the browser's
   * check found, else the server's answer, which lists its errors in that order already.
   */
  const fieldOrder = checked?.fields ?? (Object.keys(state.fieldErrors ?? {}) as Field[]);
  const summaryErrors: SummaryError[] = fieldOrder.flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ fieldId: idOf(name), message }] : [];
  });

  /** Spread on the <form>: the action (all there is without JavaScript) and validation. */
  const formProps = {
    ref: formRef,
    action: formAction,
    onSubmit,
    onChange,
    onFocus,
    noValidate: true,
  };

  /** Spread on the form's <ErrorSummary>. */
  const summaryProps = { ref: summaryRef, formError: state.formError, errors: summaryErrors };

  return {
    state,
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
