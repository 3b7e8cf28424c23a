/**
 * What every server action returns to its form: field errors next to fields, one
 * form-level message, and the submitted values (never passwords) so nothing typed is lost.
 */
export type FormState<Values extends Record<string, unknown> = Record<string, string>> = {
  status: 'idle' | 'error' | 'success';
  fieldErrors?: Partial<Record<keyof Values & string, string>>;
  formError?: string;
  message?: string;
  values?: Partial<Values>;
};

export const idleState: FormState = { status: 'idle' };

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
 * The submitted text fields the form's schema knows, minus anything secret, for re-filling
 * the form. Anything else a request carries is never echoed back into the page.
 */
export function keepValues(
  formData: FormData,
  schema: { shape: Record<string, unknown> },
  secret: readonly string[] = [],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = formData.get(key);
    if (typeof value === 'string' && !secret.includes(key)) values[key] = value;
  }
  return values;
}
