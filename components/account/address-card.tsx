import type { Address, OrderAddress } from '@/lib/store';

import { countryName } from './format';

/** A postal address as a person reads it on an envelope. */
export function AddressLines({ address }: { address: Address | OrderAddress }) {
  const lines = [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.address1,
    address.address2,
    `${address.postalCode} ${address.city}`.trim(),
    'province' in address ? address.province : null,
    countryName(address.countryCode),
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
