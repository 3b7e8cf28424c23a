// The apps a store lets see who is signed in (loyalty widgets, reviews, support chat), as the
// store registers them: IDENTITY_APPS (JSON) or IDENTITY_APPS_FILE (a file holding it).
// Pure apart from reading that file, so the parsing is unit-testable as it is.
import { z } from 'zod';

import { readSetting, SettingError } from '../settings';

const origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}, 'an origin is a scheme, host and port only, e.g. "https://widgets.example.com"');

const appSchema = z.strictObject({
  /** What the app asks with (`?app=`) and finds in the token's `aud`. */
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, ".", "_" or "-", 64 at most'),
  /** For people reading the configuration and the logs. */
  name: z.string().min(1).max(100),
  /** Pages there may ask for a token from the browser (CORS, with the cookie). */
  origins: z.array(origin).default([]),
  /** Whether the token carries the customer's email and company. */
  shareEmail: z.boolean().default(false),
});

export type IdentityApp = z.infer<typeof appSchema>;

const appsSchema = z
  .array(appSchema)
  .refine(
    (apps) => new Set(apps.map((app) => app.clientId)).size === apps.length,
    'each clientId may appear once',
  );

/** A bad identity setting (IDENTITY_APPS, IDENTITY_SIGNING_KEYS). */
export class IdentityConfigError extends SettingError {
  constructor(message: string) {
    super(message);
    this.name = 'IdentityConfigError';
  }
}

/** The registered apps; none when neither variable is set. */
export function readIdentityApps(
  env: Record<string, string | undefined> = process.env,
): readonly IdentityApp[] {
  const setting = readSetting(env, 'IDENTITY_APPS');
  if (!setting?.text.trim()) return [];
  return parseJsonSetting(setting.text, setting.source, appsSchema);
}

let registered: readonly IdentityApp[] | undefined;

/** This server's apps, read once (the start-up checks have refused a bad setting). */
export function getIdentityApps(): readonly IdentityApp[] {
  registered ??= readIdentityApps();
  return registered;
}

/**
 * A setting holding JSON, checked against `schema`; the first problem, with where it is,
 * becomes one IdentityConfigError line (`path` names an element, "key 0.d" say).
 */
export function parseJsonSetting<T>(
  text: string,
  source: string,
  schema: z.ZodType<T>,
  { path = (at: string) => at, hint = '' } = {},
): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new IdentityConfigError(`${source} is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.length ? `${path(issue.path.join('.'))}: ` : '';
  throw new IdentityConfigError(`${source}: ${at}${issue.message}${hint}`);
}

export function findApp(apps: readonly IdentityApp[], clientId: string | null) {
  return apps.find((app) => app.clientId === clientId);
}

/** Whether a page at `requestOrigin` may read this app's tokens from the browser. */
export const allowsOrigin = (app: IdentityApp, requestOrigin: string) =>
  app.origins.includes(requestOrigin);
