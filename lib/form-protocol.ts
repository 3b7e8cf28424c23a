import type * as z from 'zod/mini';

// The protocol between a form and its server action, typed by the form's zod schema: the
// action parses the submitted FormData with `parseForm`, and answers with a `FormState`
// whose field names are the schema's, so a misspelt field is a compile error on both sides.

/**
 * A form's schema: a zod/mini object (its checks keep it one). Mini, because the same schema
 * validates in the browser, and only mini's checks are left out of a bundle that does not use
 * them.
 */
export type FormSchema = z.ZodMiniObject<z.core.$ZodShape>;

/** The field names of a form's schema. */
export type FieldsOf<Schema extends FormSchema> = keyof z.input<Schema> & string;

/**
 * What every server action returns to its form: field errors next to fields, one
 * form-level message, and the submitted values (never passwords) so nothing typed is lost.
 */
export type FormState<Field extends string = never> = {
  status: 'idle' | 'error' | 'success';
  fieldErrors?: Partial<Record<Field, string>>;
  formError?: string;
  message?: string;
  values?: Partial<Record<Field, string>>;
  /** Shown once and never again: the recovery codes two-step sign-in just issued. */
  recoveryCodes?: string[];
};

export type FormStateOf<Schema extends FormSchema> = FormState<FieldsOf<Schema>>;

/** A server action as a form calls it: `(previous state, form data) → next state`. */
export type FormAction<Field extends string = never> = (
  previous: FormState<Field>,
  formData: FormData,
) => Promise<FormState<Field>>;

export type FormActionOf<Schema extends FormSchema> = FormAction<FieldsOf<Schema>>;

/** Flattens zod issues to the first message per field. */
export function firstErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/**
 * The first message per field, keyed in the order of the schema's fields (an object-level
 * rule reports after the fields, whatever field it names), so that whoever lists the errors,
 * in the browser or from the server's answer, lists them in the form's order.
 */
export function fieldErrorsOf<Schema extends FormSchema>(
  schema: Schema,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): Partial<Record<FieldsOf<Schema>, string>> {
  const errors = firstErrors(issues);
  const ordered: Partial<Record<FieldsOf<Schema>, string>> = {};
  for (const key of Object.keys(schema.shape) as FieldsOf<Schema>[]) {
    const message = errors[key];
    if (message !== undefined) ordered[key] = message;
  }
  return ordered;
}

/**
 * The submitted text fields the form's schema knows, minus anything secret, for re-filling
 * the form. Anything else a request carries is never echoed back into the page.
 */
export function keepValues<Schema extends FormSchema>(
  formData: FormData,
  schema: Schema,
  secret: readonly FieldsOf<Schema>[] = [],
): Partial<Record<FieldsOf<Schema>, string>> {
  const values: Partial<Record<FieldsOf<Schema>, string>> = {};
  for (const key of Object.keys(schema.shape) as FieldsOf<Schema>[]) {
    const value = formData.get(key);
    if (typeof value === 'string' && !secret.includes(key)) values[key] = value;
  }
  return values;
}

export type ParsedForm<Schema extends FormSchema> =
  | { ok: true; data: z.output<Schema>; values: Partial<Record<FieldsOf<Schema>, string>> }
  | { ok: false; state: FormStateOf<Schema> };

/**
 * Parses a submitted form with its schema. On failure, `state` is what the action returns:
 * the first error per field and the values to put back (never the `secret` ones). `known`
 * supplies fields that do not come from the form (a reset link's token, say).
 */
export function parseForm<Schema extends FormSchema>(
  schema: Schema,
  formData: FormData,
  {
    secret = [],
    known = {},
  }: {
    secret?: readonly FieldsOf<Schema>[];
    known?: Partial<Record<FieldsOf<Schema>, string>>;
  } = {},
): ParsedForm<Schema> {
  const values = keepValues(formData, schema, secret);
  const parsed = schema.safeParse({ ...Object.fromEntries(formData), ...known });
  if (parsed.success) return { ok: true, data: parsed.data, values };
  return {
    ok: false,
    state: {
      status: 'error',
      fieldErrors: fieldErrorsOf(schema, parsed.error.issues),
      values,
    },
  };
}
