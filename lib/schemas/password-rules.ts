// Apart from the schemas (and zod) so that a form can state the rules on the page without
// loading the code that checks them.

/** What a new password must be, as the forms state it and the schema's messages repeat it. */
export const PASSWORD_RULES = 'At least 8 characters, including a letter and a number.';
