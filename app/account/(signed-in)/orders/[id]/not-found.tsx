import Link from 'next/link';

export default function OrderNotFound() {
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Order not found</h1>
      <p className="text-gray-700">We could not find that order in your account.</p>
      <Link href="/account/orders" className="text-indigo-700 underline">
        Back to your orders
      </Link>
    </section>
  );
}
