'use client';

import {
  startTransition,
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslations } from 'next-intl';

import type { SummaryError } from '@/components/ui/error-summary';
import type { FieldsOf, FormActionOf, FormSchema, FormStateOf } from '@/lib/form-protocol';
import { translateMessage } from '@/lib/i18n/message';

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
 * A react-hook-form form whose answer comes from a server action (the source of truth, and all
 * there is without JavaScript): the action's state feeds the form, the form's check gates the
 * action.
 *
 * The fields are registered uncontrolled, so typing re-renders nothing until there are errors
 * to update. The form is checked on submit, then each field again as it changes (never on
 * leaving it: an error that appeared on blur would shift the form under the pointer on its way
 * to Save). The server's field errors become the form's errors, its echoed values the fields'
 * defaults; passwords are emptied after a refused attempt, as without JavaScript.
 *
 * `formId` names the controls (`<formId>-<field>`), which the error summary links to. After a
 * refused submit, in the browser or on the server, focus moves to the summary; while a submit
 * is under way, a second one is ignored (a double click adds no second address).
 *
 * `<ActionForm form={…}>` (action-form.tsx) renders the <form> and its error summary from what
 * this returns.
 */
export function useActionStateForm<Schema extends FormSchema>(
  loadRules: RulesLoader<Schema>,
  action: FormActionOf<Schema>,
  initialValues: Partial<Record<FieldsOf<Schema>, string>> = {},
  options: { formId: string; resetOnSuccess?: boolean },
) {
  type Field = FieldsOf<Schema>;
  // Text fields only; their names are typed as `Field` where the forms use them.
  type Values = Record<string, string>;
  type Rules = { fields: readonly Field[]; resolve: Resolver<Values> };
  const { formId, resetOnSuccess = false } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The rules on their way or in, with the loader they came from: a page may hand the same form
  // another loader (the second sign-in step switching to a recovery code).
  const rules = useRef<{ from: RulesLoader<Schema>; loading: Promise<Rules> } | null>(null);
  const submitting = useRef(false);
  // Set by a refused submit; the summary takes the focus once it is on the page.
  const focusSummary = useRef(false);
  // The schema's field order, for the summary: an error that appears as a field changes would
  // otherwise be listed last. Set with the first check, in the same render as its errors.
  const [fieldOrder, setFieldOrder] = useState<{
    from: RulesLoader<Schema>;
    fields: readonly Field[];
  } | null>(null);

  const initialState: FormStateOf<Schema> = { status: 'idle', values: initialValues };
  const [state, formAction, pending] = useActionState(action, initialState);
  const values: Partial<Record<Field, string>> = { ...initialValues, ...state.values };

  /**
   * This loader's rules, fetched once (and again after a failure), with the resolver that
   * applies them: it runs only once they are in, so it waits outside the page's first load too.
   */
  const rulesOf = (from: RulesLoader<Schema>): Promise<Rules> => {
    if (rules.current?.from === from) return rules.current.loading;
    const loading = Promise.all([from(), import('@hookform/resolvers/zod')]).then(
      ([schema, { zodResolver }]) => ({
        fields: Object.keys(schema.shape) as Field[],
        resolve: zodResolver(schema) as unknown as Resolver<Values>,
      }),
    );
    rules.current = { from, loading };
    loading.catch(() => {
      if (rules.current?.loading === loading) rules.current = null;
    });
    return loading;
  };

  const resolver: Resolver<Values> = async (formValues, context, resolverOptions) => {
    const from = loadRules;
    let loaded: Rules;
    try {
      loaded = await rulesOf(from);
    } catch {
      // Without the rules the server still checks.
      return { values: formValues, errors: {} };
    }
    if (fieldOrder?.from !== from) setFieldOrder({ from, fields: loaded.fields });
    return loaded.resolve(formValues, context, resolverOptions);
  };

  // A new object only with a new answer: react-hook-form replaces its errors whenever it changes.
  const serverErrors = useMemo(() => {
    const fieldErrors = Object.entries(state.fieldErrors ?? {}) as [Field, string][];
    if (fieldErrors.length === 0) return undefined;
    return Object.fromEntries(
      fieldErrors.map(([name, message]) => [name, { type: 'server', message }]),
    ) as FieldErrors<Values>;
  }, [state.fieldErrors]);

  const { register, handleSubmit, reset, setValue, formState } = useForm<Values>({
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes the focus instead.
    shouldFocusError: false,
    defaultValues: values,
    errors: serverErrors,
    resolver,
  });
  const { errors } = formState;

  useEffect(() => {
    submitting.current = false;
    if (resetOnSuccess && state.status === 'success') {
      reset();
    } else if (state.status === 'error') {
      formRef.current
        ?.querySelectorAll<HTMLInputElement>('input[type="password"]')
        .forEach((input) => setValue(input.name, ''));
      focusSummary.current = true;
    }
  }, [state, resetOnSuccess, reset, setValue]);

  // What was typed for other rules goes; what they found stays until the field changes, and a
  // remounted field starts empty rather than with the value of the one it replaced.
  const rulesShown = useRef(loadRules);
  useEffect(() => {
    if (rulesShown.current === loadRules) return;
    rulesShown.current = loadRules;
    reset(undefined, { keepErrors: true, keepIsSubmitted: true, keepSubmitCount: true });
  }, [loadRules, reset]);

  // After every render: the browser's errors show a render after the refused submit, and the
  // server's a render after its answer, so the summary may appear only now.
  useEffect(() => {
    if (focusSummary.current && summaryRef.current) {
      focusSummary.current = false;
      summaryRef.current.focus();
    }
  });

  // With JavaScript on, react-hook-form checks first and only then is the form's data handed to
  // the action. Through startTransition rather than the form's own action, so that React does
  // not reset the fields after the action returns.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (submitting.current || pending) {
      event.preventDefault();
      return;
    }
    submitting.current = true;
    const form = event.currentTarget;
    const send = () => startTransition(() => formAction(new FormData(form)));
    handleSubmit(send, () => {
      submitting.current = false;
      focusSummary.current = true;
    })(event).catch(send);
  };

  // Every message, the browser's and the server's, is a catalogue key (lib/i18n/message.ts),
  // shown in the shopper's language.
  const t = useTranslations();
  const translated = (ref: string | undefined) => (ref ? translateMessage(t, ref) : undefined);
  const idOf = (name: Field) => `${formId}-${kebab(name)}`;
  const errorFor = (name: Field) => translated(errors[name]?.message);

  /**
   * Everything a labelled control needs: react-hook-form's registration, its id, the value to
   * start from (also what the server renders) and its error. A `secret` field (a password)
   * always starts empty.
   */
  const field = (name: Field, { secret = false }: { secret?: boolean } = {}) => ({
    ...register(name),
    id: idOf(name),
    defaultValue: secret ? '' : (values[name] ?? ''),
    error: errorFor(name),
  });

  const order =
    fieldOrder?.from === loadRules ? fieldOrder.fields : (Object.keys(errors) as Field[]);
  const summaryErrors: SummaryError[] = order.flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ fieldId: idOf(name), message }] : [];
  });

  /** Spread on the <form>: the action (all there is without JavaScript) and the check. */
  const formProps = {
    ref: formRef,
    action: formAction,
    onSubmit,
    // The first focus inside the form (React's onFocus bubbles) fetches the rules.
    onFocus: () => void rulesOf(loadRules).catch(() => undefined),
    noValidate: true,
  };

  /** Spread on the form's <ErrorSummary>. */
  const summaryProps = {
    ref: summaryRef,
    formError: translated(state.formError),
    errors: summaryErrors,
  };
  return { state, pending, formProps, field, summaryProps };
}
