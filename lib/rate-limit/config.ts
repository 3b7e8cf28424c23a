// The account pages' abuse limits: which actions are limited, per what, and how much.
// Pure (no server-only, no I/O) so the table and its parsing are unit-testable as they are.
//
// Every limit can be overridden with one variable, named after the action and what it counts
// per: RATE_LIMIT_<ACTION>_<SCOPE>=<attempts>/<window>, for example RATE_LIMIT_SIGN_IN_IP=10/15m
// (window units s, m, h). LIMIT_ENV_NAMES lists them all.

export const LIMITED_ACTIONS = [
  'signIn',
  'register',
  'forgotPassword',
  'resetLink',
  'changePassword',
  'changeEmail',
  'profilePhoto',
  'identityToken',
  'guestOrder',
  'requestReturn',
] as const;

export type LimitedAction = (typeof LIMITED_ACTIONS)[number];

/**
 * The actions whose limits count failures only (see limits.ts): a shopper who gets in has not
 * been guessing. Every other action counts each attempt that reaches the backend.
 */
export const COUNTS_ONLY_FAILURES: ReadonlySet<LimitedAction> = new Set(['signIn']);

/**
 * What one limit counts per: the client address, the email typed into a form, the two
 * together, the signed-in customer (by id, which unlike the email survives an email change),
 * a browser's session, or one sign-in's second step (Medusa's challenge).
 */
export type LimitScope = 'ip' | 'email' | 'emailIp' | 'customer' | 'session' | 'challenge';

export type LimitRule = {
  /** Names the limit in logs and namespaces its keys in the store, e.g. `sign-in:email-ip`. */
  readonly name: string;
  readonly envName: string;
  readonly scope: LimitScope;
  readonly points: number;
  readonly durationSeconds: number;
  /** Whether `reset` (called after a success) clears this limit's count. */
  readonly clearedBySuccess: boolean;
};

export type RateLimitConfig = { readonly [A in LimitedAction]: readonly LimitRule[] };

export class RateLimitConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RateLimitConfigError';
  }
}

/** A default limit, `<attempts>/<window>`, with `clearedBySuccess` where a success clears it. */
type DefaultLimit = string | { limit: string; clearedBySuccess: true };

// Values for a real store: loose enough that a shopper who fumbles a password, or a family
// behind one home router, never meets them; tight enough that guessing passwords or using our
// mail sender to flood an inbox is too slow to be worth it. Each action's limits are keyed by
// what they count per, so no action can have two for the same (they would share a variable).
const DEFAULT_LIMITS: {
  readonly [A in LimitedAction]: { readonly [S in LimitScope]?: DefaultLimit };
} = {
  // Only failed sign-ins count (see limits.ts), so these never slow a shopper who gets in.
  // Wrong second-step codes and the password or code typed to change two-step sign-in count
  // here too: each is a guess at the same account.
  signIn: {
    // Five wrong passwords is past the point where typing again helps more than a reset link;
    // a success clears it, so a shopper who gets in starts afresh.
    emailIp: { limit: '5/15m', clearedBySuccess: true },
    // Many emails failing from one address is credential stuffing. Twice the per-email
    // allowance, because a shared router (an office, a mobile carrier) puts several shoppers
    // behind one address, and failures alone rarely add up that far for them.
    ip: '10/15m',
    // Guessing one account's password from many addresses. Looser than the per-address limits
    // because anyone can spend these on someone else's email to lock them out for the hour.
    email: '20/1h',
    // Codes for one sign-in's second step, from wherever they come. Medusa ends a challenge
    // after five wrong codes typed one after another, but codes sent at once are each judged
    // (measured on 2.21: 50 of 50), so the storefront counts them itself.
    challenge: '5/15m',
  },
  // Every attempt that reaches the backend counts; each creates an account or probes whether
  // an email has one, so a real shopper makes one or two.
  register: { ip: '10/1h', email: '5/1h' },
  // Each request sends an email: three per address per hour covers "it didn't arrive, send it
  // again" without letting anyone use the store to flood an inbox.
  forgotPassword: { ip: '10/1h', email: '3/1h' },
  // The profile page's "email me a link": the same mail, for the signed-in customer.
  resetLink: { ip: '10/1h', customer: '3/1h' },
  // The current-password check is a password oracle for whoever holds a stolen session.
  changePassword: { ip: '10/15m', customer: '5/15m' },
  // An email change is rare for a shopper and mails both addresses; keyed by customer id
  // because the email itself changes with every success.
  changeEmail: { ip: '10/1h', customer: '5/1h' },
  // Each photo is decoded and re-encoded here and stored in the merchant's file storage: a
  // shopper trying a few pictures never meets these; a script filling the storage does.
  profilePhoto: { ip: '30/1h', customer: '10/1h' },
  // Apps fetch a token when a page loads and again before it expires (5 minutes): a busy
  // shopper's tab asks a few times a minute; a script minting tokens asks far more.
  identityToken: { ip: '600/5m', session: '60/5m' },
  // "Add an order placed without an account": each request mails the order's address, and
  // tells whether an id exists. A shopper adds one or two orders; ids are random (80 bits),
  // so at this pace no one finds an order by trying ids.
  guestOrder: { ip: '10/1h', customer: '5/1h' },
  // Each return the storefront lets through is one the merchant has to deal with, and a
  // shopper sends back an order's items once or twice: counted only when the storefront's own
  // checks pass and the request goes to Medusa. Per address too, for many accounts at once.
  requestReturn: { ip: '30/1h', customer: '10/1h' },
};

/** An action's default limits, in the order the table lists them. */
const defaultRules = (action: LimitedAction) =>
  (Object.entries(DEFAULT_LIMITS[action]) as [LimitScope, DefaultLimit][]).map(
    ([scope, limit]) => ({
      scope,
      ...(typeof limit === 'string' ? { limit, clearedBySuccess: false } : limit),
    }),
  );

const ENV_PREFIX = 'RATE_LIMIT_';

const words = (camel: string) => camel.replace(/[A-Z]/g, (letter) => ` ${letter}`).split(' ');
const ruleName = (action: LimitedAction, scope: LimitScope) =>
  `${words(action).join('-')}:${words(scope).join('-')}`.toLowerCase();
const envName = (action: LimitedAction, scope: LimitScope) =>
  `${ENV_PREFIX}${[...words(action), ...words(scope)].join('_')}`.toUpperCase();

/** Every variable readRateLimitConfig understands, in table order. */
export const LIMIT_ENV_NAMES: readonly string[] = LIMITED_ACTIONS.flatMap((action) =>
  defaultRules(action).map((rule) => envName(action, rule.scope)),
);

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;
const LIMIT_PATTERN = /^(\d{1,9})\s*\/\s*(\d{1,9})\s*([smh])$/;

/** Parses `<attempts>/<window>` such as `10/15m`; `name` says where the value came from. */
export function parseLimit(
  value: string,
  name: string,
): { points: number; durationSeconds: number } {
  const match = LIMIT_PATTERN.exec(value.trim());
  const points = Number(match?.[1]);
  const amount = Number(match?.[2]);
  const unit = match?.[3] as keyof typeof UNIT_SECONDS | undefined;
  if (!unit || points < 1 || amount < 1) {
    throw new RateLimitConfigError(
      `${name}=${JSON.stringify(value)} is not a valid limit: write <attempts>/<window> with ` +
        `both at least 1 and the window in s, m or h, for example ${name}=10/15m.`,
    );
  }
  return { points, durationSeconds: amount * UNIT_SECONDS[unit] };
}

/**
 * The limits in force: the defaults above with any RATE_LIMIT_* overrides applied. An empty
 * variable counts as unset. A malformed value or an unknown RATE_LIMIT_* name (most likely a
 * typo that would otherwise leave a default silently in force) throws RateLimitConfigError.
 */
export function readRateLimitConfig(
  env: Record<string, string | undefined> = process.env,
): RateLimitConfig {
  const problems: string[] = [];
  const unknown = Object.keys(env).filter(
    (name) => name.startsWith(ENV_PREFIX) && !LIMIT_ENV_NAMES.includes(name),
  );
  if (unknown.length > 0) {
    problems.push(
      `Unknown rate limit setting ${unknown.join(', ')}; the known ones are ${LIMIT_ENV_NAMES.join(', ')}.`,
    );
  }

  const config = {} as { [A in LimitedAction]: LimitRule[] };
  for (const action of LIMITED_ACTIONS) {
    config[action] = defaultRules(action).map((rule) => {
      const name = envName(action, rule.scope);
      const override = env[name]?.trim();
      let limit = parseLimit(rule.limit, name);
      if (override) {
        try {
          limit = parseLimit(override, name);
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      return {
        name: ruleName(action, rule.scope),
        envName: name,
        scope: rule.scope,
        ...limit,
        clearedBySuccess: rule.clearedBySuccess,
      };
    });
  }

  if (problems.length > 0) throw new RateLimitConfigError(problems.join('\n'));
  return config;
}
