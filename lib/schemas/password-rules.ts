import type { MessageRef } from '../i18n/message';

// Apart from the schemas (and zod) so that a form can state the rules on the page without
// loading the code that checks them.

/**
 * What a new password must be, as the forms state it and the schema's messages repeat it: the
 * catalogue key (messages/*.json, `passwordRules`), shown with `translateMessage`.
 */
export const PASSWORD_RULES: MessageRef = 'passwordRules';
