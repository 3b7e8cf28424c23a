import { describe, expect, it } from 'vitest';

import { addressSchema } from '@/lib/schemas/address';
import { loginSchema, registerSchema, resetPasswordSchema } from '@/lib/schemas/auth';
import { firstErrors, keepValues } from '@/lib/schemas/form-state';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';

const errorsOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? {} : firstErrors(result.error!.issues));

describe('registerSchema', () => {
  const valid = {
    email: ' Dana@Example.com ',
    password: 'secret-pass-1',
    firstName: 'Dana',
    lastName: 'Demo',
    phone: '',
  };

  it('normalises the email and turns an empty phone into null', () => {
    const result = registerSchema.parse(valid);
    expect(result.email).toBe('dana@example.com');
    expect(result.phone).toBeNull();
  });

  it('states the password rules when a password breaks them', () => {
    expect(errorsOf(registerSchema.safeParse({ ...valid, password: 'short1' })).password).toMatch(
      /at least 8 characters/i,
    );
    expect(
      errorsOf(registerSchema.safeParse({ ...valid, password: 'no-digits-here' })).password,
    ).toMatch(/number/);
    expect(errorsOf(registerSchema.safeParse({ ...valid, password: '12345678' })).password).toMatch(
      /letter/,
    );
  });

  it('requires names and a well-formed email', () => {
    const errors = errorsOf(
      registerSchema.safeParse({ ...valid, email: 'not-an-email', firstName: ' ', lastName: '' }),
    );
    expect(Object.keys(errors).sort()).toEqual(['email', 'firstName', 'lastName']);
  });

  it('rejects a phone with letters', () => {
    expect(errorsOf(registerSchema.safeParse({ ...valid, phone: 'call me' })).phone).toBeDefined();
  });
});

describe('loginSchema', () => {
  it('asks for both fields', () => {
    expect(
      Object.keys(errorsOf(loginSchema.safeParse({ email: '', password: '' }))).sort(),
    ).toEqual(['email', 'password']);
  });
});

describe('resetPasswordSchema and changePasswordSchema', () => {
  it('reports mismatched passwords on the confirmation field', () => {
    const errors = errorsOf(
      resetPasswordSchema.safeParse({
        email: 'a@b.co',
        token: 't',
        password: 'new-pass-1',
        confirmPassword: 'new-pass-2',
      }),
    );
    expect(errors).toEqual({ confirmPassword: 'The two passwords do not match.' });
  });

  it('refuses a new password equal to the current one', () => {
    const errors = errorsOf(
      changePasswordSchema.safeParse({
        currentPassword: 'same-pass-1',
        newPassword: 'same-pass-1',
        confirmPassword: 'same-pass-1',
      }),
    );
    expect(errors.newPassword).toMatch(/different/);
  });
});

describe('profileSchema', () => {
  it('accepts a profile without an email (backends that cannot change it)', () => {
    expect(profileSchema.parse({ firstName: 'Dana', lastName: 'Demo', phone: '+44 20' })).toEqual({
      firstName: 'Dana',
      lastName: 'Demo',
      phone: '+44 20',
    });
  });
});

describe('addressSchema', () => {
  const valid = {
    firstName: 'Dana',
    lastName: 'Demo',
    company: '',
    address1: '1 Road',
    address2: '',
    city: 'London',
    province: '',
    postalCode: 'EC1A 1BB',
    countryCode: 'GB',
    phone: '',
  };

  it('lower-cases the country and nulls empty optional fields', () => {
    expect(addressSchema.parse(valid)).toMatchObject({
      countryCode: 'gb',
      company: null,
      address2: null,
      province: null,
      phone: null,
    });
  });

  it('names every missing required field', () => {
    const errors = errorsOf(
      addressSchema.safeParse({
        ...valid,
        address1: '',
        city: '',
        postalCode: '',
        countryCode: '',
      }),
    );
    expect(errors).toEqual({
      address1: 'Enter the street address.',
      city: 'Enter the city.',
      postalCode: 'Enter the postal code.',
      countryCode: 'Choose a country.',
    });
  });
});

describe('keepValues', () => {
  it('keeps typed text but never secrets or React internals', () => {
    const data = new FormData();
    data.set('email', 'dana@example.com');
    data.set('password', 'hunter2-secret');
    data.set('$ACTION_ID_abc', '');
    expect(keepValues(data, ['password'])).toEqual({ email: 'dana@example.com' });
  });
});
