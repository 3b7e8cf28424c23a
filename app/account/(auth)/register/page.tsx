import type { Metadata } from 'next';
import Link from 'next/link';

import { RegisterForm } from '@/components/account/register-form';
import { sanitizeReturnTo } from '@/lib/return-to';

import { register } from './actions';

export const metadata: Metadata = { title: 'Create an account' };

export default async function RegisterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const returnTo = sanitizeReturnTo((await searchParams).returnTo);
  return (
    <>
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <RegisterForm action={register} returnTo={returnTo} />
      <p className="text-sm text-gray-700">
        Already have an account?{' '}
        <Link href="/account/login" className="text-indigo-700 underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
