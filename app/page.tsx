import Link from 'next/link';

import { storeName } from '@/lib/settings';

export default function HomePage() {
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Welcome to {storeName()}</h1>
      <p className="text-gray-700">Manage your profile, addresses and orders in your account.</p>
      <p>
        <Link href="/account" className="text-indigo-700 underline">
          Go to your account
        </Link>
      </p>
    </section>
  );
}
