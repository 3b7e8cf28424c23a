import { useFormats } from '@/lib/i18n/use-formats';
import type { Address, OrderAddress } from '@/lib/store';

/** A postal address as a person reads it on an envelope; the country in the shopper's language. */
export function AddressLines({ address }: { address: Address | OrderAddress }) {
  const f = useFormats();
  const lines = [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.address1,
    address.address2,
    `${address.postalCode} ${address.city}`.trim(),
    'province' in address ? address.province : null,
    f.country(address.countryCode),
    'phone' in address ? address.phone : null,
  ].filter((line): line is string => Boolean(line));
  return (
    <address className="text-sm leading-6 text-gray-800 not-italic">
      {lines.map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
