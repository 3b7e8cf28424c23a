import { describe, expect, it } from 'vitest';

import { addressSchema, toAddressFormValues } from '@/lib/schemas/address';
import {
  chooseNewPasswordSchema,
  forgotPasswordSchema,
  loginSchema,
  registerSchema,
  resetPasswordSchema,
} from '@/lib/schemas/auth';
import { firstErrors, keepValues, parseForm, type FormStateOf } from '@/lib/form-protocol';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/profile';
import { english } from '@/tests/support/intl';

/** The first error of each field, as the shopper reads it in English. */
const inEnglish = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([field, ref]) => [field, english(ref)!]));

const errorsOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? {} : inEnglish(firstErrors(result.error!.issues)));

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
  it('leaves the company alone when the form has no field for it, and clears it when emptied', () => {
    const base = { firstName: 'Dana', lastName: 'Demo', phone: '' };
    expect(profileSchema.parse(base).companyName).toBeUndefined();
    expect(profileSchema.parse({ ...base, companyName: '  ' }).companyName).toBeNull();
    expect(profileSchema.parse({ ...base, companyName: ' Acme ' }).companyName).toBe('Acme');
    expect(profileSchema.safeParse({ ...base, companyName: 'x'.repeat(101) }).success).toBe(false);
    expect(profileSchema.safeParse({ ...base, companyName: 'Acme\u202E' }).success).toBe(false);
  });

  it('accepts a profile without an email (backends that cannot change it)', () => {
    expect(profileSchema.parse({ firstName: 'Dana', lastName: 'Demo', phone: '+44 20' })).toEqual({
      firstName: 'Dana',
      lastName: 'Demo',
      phone: '+44 20',
    });
  });
});

describe('what a form can write', () => {
  it("is the schema's fields alone: metadata keys posted with a form never reach the action", () => {
    const hostile = {
      metadata: '{"sessions_valid_after":""}',
      'metadata[sessions_valid_after]': '',
      sessions_valid_after: '',
      profile_photo_url: 'https://evil.example/x.png',
    };
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({ ...fields, ...hostile }))
        data.append(name, value);
      return data;
    };
    const profile = parseForm(
      profileSchema,
      form({ firstName: 'Dana', lastName: 'Demo', phone: '' }),
    );
    expect(profile.ok && Object.keys(profile.data).sort()).toEqual([
      'firstName',
      'lastName',
      'phone',
    ]);
    const address = parseForm(
      addressSchema,
      form({
        firstName: 'Dana',
        lastName: 'Demo',
        address1: '1 Main St',
        city: 'Springfield',
        postalCode: '12345',
        countryCode: 'us',
      }),
    );
    expect(address.ok).toBe(true);
    for (const key of Object.keys(hostile)) {
      expect(address.ok && Object.keys(address.data)).not.toContain(key);
    }
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
    expect(keepValues(data, loginSchema, ['password'])).toEqual({ email: 'dana@example.com' });
  });

  it("echoes only the schema's own keys, whatever else the request carries", () => {
    const data = new FormData();
    data.set('firstName', 'Dana');
    data.set('isAdmin', 'true');
    data.set('<script>', 'x');
    expect(keepValues(data, profileSchema)).toEqual({ firstName: 'Dana' });
  });
});

describe('limits on every input', () => {
  const long = (n: number) => 'a1'.repeat(Math.ceil(n / 2)).slice(0, n);
  const every = [
    loginSchema,
    registerSchema,
    forgotPasswordSchema,
    resetPasswordSchema,
    profileSchema,
    changePasswordSchema,
    chooseNewPasswordSchema,
    addressSchema,
  ];

  it('gives every string field of every schema a maximum', () => {
    for (const schema of every) {
      for (const [key, field] of Object.entries(schema.shape)) {
        const huge = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, '']));
        huge[key] = `${'x'.repeat(5000)}@example.com`;
        const result = schema.safeParse(huge);
        const issue = result.success
          ? undefined
          : result.error.issues.find((i) => i.path[0] === key);
        expect(issue, `${key} accepts 5000 characters`).toBeDefined();
        expect(field).toBeDefined();
      }
    }
  });

  it('lets passwords be up to 256 characters and tokens up to 2,048', () => {
    expect(loginSchema.safeParse({ email: 'a@b.co', password: long(256) }).success).toBe(true);
    expect(loginSchema.safeParse({ email: 'a@b.co', password: long(257) }).success).toBe(false);
    const reset = (token: string) =>
      resetPasswordSchema.safeParse({
        email: 'a@b.co',
        token,
        password: 'new-pass-1',
        confirmPassword: 'new-pass-1',
      }).success;
    expect(reset('t'.repeat(2048))).toBe(true);
    expect(reset('t'.repeat(2049))).toBe(false);
  });

  it.each([
    ['a right-to-left override', 'Dana\u202Eevil'],
    ['a NUL', 'Da\u0000na'],
    ['a line break', 'Da\nna'],
    ['an isolate', '\u2067Dana'],
  ])('refuses names and addresses holding %s, with a message on the field', (_what, value) => {
    const profile = profileSchema.safeParse({ firstName: value, lastName: 'Demo' });
    expect(profile.success).toBe(false);
    expect(english(firstErrors(profile.error!.issues).firstName)).toBe(
      'Remove the control or text-direction characters.',
    );
    const address = addressSchema.safeParse({
      firstName: 'Dana',
      lastName: 'Demo',
      address1: '1 High St',
      city: value,
      postalCode: 'N1',
      countryCode: 'gb',
    });
    expect(english(firstErrors(address.error!.issues).city)).toBe(
      'Remove the control or text-direction characters.',
    );
  });

  it('still accepts names in any script', () => {
    for (const name of ['Zoë', 'José', 'Åsa', 'محمد', 'דנה', '山田', "O'Brien-Smith"]) {
      expect(profileSchema.safeParse({ firstName: name, lastName: name }).success, name).toBe(true);
    }
  });
});

describe('the form protocol', () => {
  const formData = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };

  it('parses a valid form into typed data, keeping what may be shown again', () => {
    const form = parseForm(loginSchema, formData({ email: ' Dana@Example.com ', password: 'pw' }), {
      secret: ['password'],
    });
    expect(form).toEqual({
      ok: true,
      data: { email: 'dana@example.com', password: 'pw' },
      values: { email: ' Dana@Example.com ' },
    });
  });

  it('answers an invalid form with the state the action returns', () => {
    const form = parseForm(loginSchema, formData({ email: 'nope', password: 'secret-1' }), {
      secret: ['password'],
    });
    expect(form).toEqual({
      ok: false,
      state: {
        status: 'error',
        fieldErrors: { email: 'validation.email.invalid' },
        values: { email: 'nope' },
      },
    });
  });

  it('lists the field errors in the form’s order, those of rules across fields too', () => {
    // Both cross-field rules fail, the confirmation's first; the form shows the new password first.
    const form = parseForm(
      changePasswordSchema,
      formData({
        currentPassword: 'same-pass-1',
        newPassword: 'same-pass-1',
        confirmPassword: 'x',
      }),
    );
    expect(form.ok ? [] : Object.keys(form.state.fieldErrors ?? {})).toEqual([
      'newPassword',
      'confirmPassword',
    ]);
  });

  it('takes fields the form does not carry from `known`, over anything submitted', () => {
    const form = parseForm(
      resetPasswordSchema,
      formData({ password: 'new-pass-1', confirmPassword: 'new-pass-1', token: 'forged' }),
      { known: { token: 'from-the-cookie', email: 'dana@example.com' } },
    );
    expect(form.ok && form.data.token).toBe('from-the-cookie');
  });

  it('knows the fields of its schema: a misspelt field does not compile', () => {
    type ProfileState = FormStateOf<typeof profileSchema>;
    const state: ProfileState = {
      status: 'error',
      // @ts-expect-error firstNmae is not a field of the profile form
      fieldErrors: { firstNmae: 'Enter your first name.' },
    };
    expect(state.status).toBe('error');
  });

  it('turns an address, or what is known for a new one, into the form’s text fields', () => {
    expect(toAddressFormValues({ firstName: 'Dana', company: null, phone: '+44 1' })).toEqual({
      firstName: 'Dana',
      lastName: '',
      company: '',
      address1: '',
      address2: '',
      city: '',
      province: '',
      postalCode: '',
      countryCode: '',
      phone: '+44 1',
    });
  });
});
