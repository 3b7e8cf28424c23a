import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-gray-700">We could not find the page you were looking for.</p>
      <Link href="/account" className="text-indigo-700 underline">
        Go to your account
      </Link>
    </section>
  );
}
