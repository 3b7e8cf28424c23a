// @vitest-environment node
import { english } from '@/tests/support/intl';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';

import { groupedSecret } from '@/components/account/two-step-forms';
import { seal, unseal } from '@/lib/sealing';
import {
  canonicalRecoveryCode,
  reconfirmTwoStepSchema,
  signInCodeSchema,
  signInRecoveryCodeSchema,
} from '@/lib/schemas/two-step';
import { base32Decode, totpCode, wrongCode } from '@/tools/lib/totp';

const RECOVERY = '5a70-5b2f-7469-0a8c-08f2-088c-d132-854f';

const codeError = (schema: ZodMiniType, code: string) => {
  const parsed = schema.safeParse({ code });
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe('the authenticator code field', () => {
  it('takes six digits, with spaces however they were typed', () => {
    expect(signInCodeSchema.parse({ code: '123456' }).code).toBe('123456');
    expect(signInCodeSchema.parse({ code: ' 123 456 ' }).code).toBe('123456');
    expect(signInCodeSchema.parse({ code: '1 2 3 4 5 6' }).code).toBe('123456');
  });

  it('refuses anything but six digits, with the same message', () => {
    const message = 'Enter the 6-digit code from your authenticator app.';
    for (const code of ['', '12345', '1234567', '12345a', '१२३४५६', '123-456', '0x1234'])
      expect(english(codeError(signInCodeSchema, code))).toBe(message);
    // Bounded before anything else is done with it.
    expect(english(codeError(signInCodeSchema, ' '.repeat(40) + '123456'))).toBe(message);
  });
});

describe('the recovery code field', () => {
  it('takes the code as issued, or without hyphens, with spaces and capitals', () => {
    expect(signInRecoveryCodeSchema.parse({ code: RECOVERY }).code).toBe(RECOVERY);
    expect(canonicalRecoveryCode(RECOVERY.replaceAll('-', ''))).toBe(RECOVERY);
    expect(canonicalRecoveryCode(` ${RECOVERY.toUpperCase().replaceAll('-', ' ')} `)).toBe(
      RECOVERY,
    );
  });

  it('refuses codes of the wrong length or with letters beyond hexadecimal', () => {
    for (const code of [
      '',
      RECOVERY.slice(0, -1),
      `${RECOVERY}0`,
      RECOVERY.replace('a', 'g'),
      '123456',
    ])
      expect(english(codeError(signInRecoveryCodeSchema, code))).toMatch(
        /^Enter one of your recovery codes/,
      );
    expect(english(codeError(signInRecoveryCodeSchema, `${RECOVERY} `.repeat(3)))).toMatch(
      /^Enter one of your recovery codes/,
    );
  });
});

describe('the code that confirms turning it off or new recovery codes', () => {
  it('is either kind, told apart by its form', () => {
    expect(reconfirmTwoStepSchema.parse({ currentPassword: 'p', code: '123 456' }).code).toEqual({
      method: 'totp',
      code: '123456',
    });
    expect(
      reconfirmTwoStepSchema.parse({ currentPassword: 'p', code: RECOVERY.toUpperCase() }).code,
    ).toEqual({ method: 'recovery_code', code: RECOVERY });
    const parsed = reconfirmTwoStepSchema.safeParse({ currentPassword: '', code: '12' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toEqual(['currentPassword', 'code']);
  });
});

describe('sealed cookies', () => {
  const env = ['unit-test-session-secret-0123456789abcdef'];
  const schema = z.object({ challengeId: z.string(), token: z.string() });
  const value = { challengeId: 'authmfachal_1', token: 'first-step-jwt' };

  it('give back what was sealed, and hide it from the browser that carries it', () => {
    const sealed = seal(value, 'account_second_step', env);
    expect(sealed).not.toContain('first-step-jwt');
    expect(unseal(sealed, 'account_second_step', schema, env)).toEqual(value);
  });

  it('are worth nothing changed, for another purpose, or under another secret', () => {
    const sealed = seal(value, 'account_second_step', env);
    const [iv, tag, data] = sealed.split('.') as [string, string, string];
    const flipped = `${data.slice(0, -2)}${data.at(-2) === 'A' ? 'B' : 'A'}${data.at(-1)}`;
    expect(unseal(`${iv}.${tag}.${flipped}`, 'account_second_step', schema, env)).toBeNull();
    expect(unseal(sealed, 'account_two_step_setup', schema, env)).toBeNull();
    expect(
      unseal(sealed, 'account_second_step', schema, ['another-session-secret-0123456789abcdef']),
    ).toBeNull();
    expect(unseal('not.a.cookie', 'account_second_step', schema, env)).toBeNull();
    expect(unseal(undefined, 'account_second_step', schema, env)).toBeNull();
  });

  it('must still match their schema', () => {
    const sealed = seal({ challengeId: 1 }, 'account_second_step', env);
    expect(unseal(sealed, 'account_second_step', schema, env)).toBeNull();
  });
});

describe('the test and seed code generator', () => {
  // RFC 6238, appendix B (SHA-1 secret "12345678901234567890"), cut to six digits.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('matches the RFC test vectors', () => {
    expect(base32Decode(secret).toString()).toBe('12345678901234567890');
    expect(totpCode(secret, 59_000)).toBe('287082');
    expect(totpCode(secret, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(secret, 1_234_567_890_000)).toBe('005924');
  });

  it('makes a wrong code that no neighbouring step accepts', () => {
    const at = 1_111_111_109_000;
    const wrong = wrongCode(secret, at);
    for (const step of [-1, 0, 1]) expect(totpCode(secret, at + step * 30_000)).not.toBe(wrong);
  });

  it('shows the secret in groups of four for typing', () => {
    expect(groupedSecret('XOJCR4OQOLN4MUCFSNEOYFLPAYJ3LP4F')).toBe(
      'XOJC R4OQ OLN4 MUCF SNEO YFLP AYJ3 LP4F',
    );
  });
});
