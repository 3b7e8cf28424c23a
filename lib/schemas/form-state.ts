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

/** The submitted text fields minus anything secret, for re-filling a form. */
export function keepValues(
  formData: FormData,
  secret: readonly string[] = [],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !secret.includes(key))
      values[key] = value;
  }
  return values;
}
