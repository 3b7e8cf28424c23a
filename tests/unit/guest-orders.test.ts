import { describe, expect, it, vi } from 'vitest';

import {
  CLAIM_LINK_PATH,
  claimLinkFromQuery,
  decodeClaimLink,
  encodeClaimLink,
} from '@/lib/claim-link';
import { firstErrors } from '@/lib/form-protocol';
import { guestOrderMethods, type GuestOrderCalls } from '@/lib/medusa/guest-order-methods';
import { guestOrderMethodsV1 } from '@/lib/medusa/v1/guest-orders';
import type { V1Context } from '@/lib/medusa/v1/client';
import { GUEST_ORDER_COPY, maskEmail, sentMessage } from '@/lib/orders/guest-order';
import { guestOrderSchema } from '@/lib/schemas/guest-order';
import {
  BackendError,
  customerStore,
  type GuestOrderLink,
  type GuestOrders,
  type StoreBackend,
} from '@/lib/store';
import { securityHeaders } from '@/lib/security-headers';
import { expectKind } from '@/tests/support/contract';
import { storeCustomer } from '@/tests/support/customers';
import { english } from '@/tests/support/intl';

const ORDER = 'order_01HZX3J8Q5ZB6T1W4N7M2K9R0C';
const ME = 'cus_me';

describe('guestOrderSchema', () => {
  const errorOf = (orderId: string) =>
    firstErrors(
      (guestOrderSchema.safeParse({ orderId }) as { error?: { issues: never[] } }).error?.issues ??
        [],
    ).orderId;

  it('takes an order id as pasted: spaces around it and a leading # are forgiven', () => {
    expect(guestOrderSchema.parse({ orderId: `  ${ORDER}\n` }).orderId).toBe(ORDER);
    expect(guestOrderSchema.parse({ orderId: `#${ORDER}` }).orderId).toBe(ORDER);
  });

  it('asks for the id when given the order number, nothing, or anything else', () => {
    expect(english(errorOf('1042'))).toMatch(/looks like the order number/);
    expect(english(errorOf('#1042'))).toMatch(/looks like the order number/);
    expect(english(errorOf(''))).toMatch(/It starts with order_/);
    expect(english(errorOf('   '))).toMatch(/It starts with order_/);
    expect(english(errorOf('cart_01HZX3J8Q5ZB6T1W4N7M2K9R0C'))).toMatch(/It starts with order_/);
    expect(english(errorOf('order_../../admin'))).toMatch(/It starts with order_/);
    expect(english(errorOf(`order_${'A'.repeat(65)}`))).toMatch(/It starts with order_/);
    expect(english(errorOf('x'.repeat(101)))).toMatch(/It starts with order_/);
  });
});

describe('what the pages say', () => {
  it('masks the address the confirmation went to, keeping the domain', () => {
    expect(maskEmail('guest.buyer@example.com')).toBe('g***@example.com');
    expect(maskEmail('a@b.example')).toBe('a***@b.example');
    expect(maskEmail('not-an-address')).toBe('***');
    expect(maskEmail('@example.com')).toBe('***');
  });

  it('names the link’s lifetime only where the store gives one', () => {
    expect(english(sentMessage('g***@example.com', 15))).toMatch(
      /emailed a confirmation link to g\*\*\*@example\.com.*works for 15 minutes\.$/,
    );
    expect(english(sentMessage('g***@example.com', null))).toMatch(
      /emailed a confirmation link to g\*\*\*@example\.com.*to your account\.$/,
    );
    expect(english(sentMessage('g***@example.com', null))).not.toMatch(/minutes/);
  });

  it('never names the backend or its token', () => {
    expect(Object.values(GUEST_ORDER_COPY).map(english).join(' ')).not.toMatch(
      /medusa|token|http/i,
    );
  });
});

describe('the claim link', () => {
  it('survives the trip into its cookie and back', () => {
    const link = { orderId: ORDER, token: 'a.b-c_d', customerId: ME };
    expect(decodeClaimLink(encodeClaimLink(link))).toEqual(link);
    expect(decodeClaimLink(encodeClaimLink({ ...link, customerId: null }))).toEqual({
      ...link,
      customerId: null,
    });
  });

  it('is no link without a token, or with a part no store would send', () => {
    expect(claimLinkFromQuery(new URLSearchParams({ order: ORDER }))).toBeNull();
    expect(
      claimLinkFromQuery(new URLSearchParams({ order: ORDER, token: 't'.repeat(2049) })),
    ).toBeNull();
    expect(decodeClaimLink(undefined)).toBeNull();
    expect(decodeClaimLink('')).toBeNull();
  });

  it('keeps a Referer policy under which its plain forms post: its clean URL holds no token', () => {
    // Under `no-referrer` a browser posts a form with `Origin: null`, which Next refuses.
    const headers = securityHeaders(CLAIM_LINK_PATH, { nonce: 'n', production: true });
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});

/** A version's calls, faked: the order belongs to `owner`, the link was made for `askedBy`. */
function fakeCalls(
  owner: { customerId: string; hasAccount: boolean | null },
  askedBy = ME,
): GuestOrderCalls & { sent: string[]; accepted: GuestOrderLink[] } {
  const sent: string[] = [];
  const accepted: GuestOrderLink[] = [];
  return {
    sent,
    accepted,
    owner: async (_session, orderId) => {
      if (orderId !== ORDER) throw new BackendError('not_found', 'no such order');
      return { email: 'guest.buyer@example.com', ...owner };
    },
    send: async (_session, orderId) => {
      sent.push(orderId);
    },
    expiresInMinutes: null,
    readLink: (link) => ({ orderId: link.orderId, customerId: askedBy }),
    accept: async (_session, link) => {
      accepted.push(link);
    },
  };
}

const link: GuestOrderLink = { orderId: ORDER, token: 'token', customerId: ME };
const guestsOrder = { customerId: 'cus_guest', hasAccount: false };

function methods(calls: GuestOrderCalls): GuestOrders {
  return guestOrderMethods('v2', calls).guestOrders!;
}

describe('the decisions both versions share', () => {
  it('mails about a guest’s order, and about one whose owner the store does not describe', async () => {
    for (const hasAccount of [false, null]) {
      const calls = fakeCalls({ customerId: 'cus_guest', hasAccount });
      expect(await methods(calls).request('s', ME, ORDER)).toEqual({
        status: 'sent',
        email: 'guest.buyer@example.com',
        expiresInMinutes: null,
      });
      expect(calls.sent).toEqual([ORDER]);
    }
  });

  it('mails nothing about an order already in an account, this one or another', async () => {
    const mine = fakeCalls({ customerId: ME, hasAccount: true });
    expect(await methods(mine).request('s', ME, ORDER)).toEqual({ status: 'already_yours' });
    const theirs = fakeCalls({ customerId: 'cus_other', hasAccount: true });
    expect(await methods(theirs).request('s', ME, ORDER)).toEqual({
      status: 'in_another_account',
    });
    expect([...mine.sent, ...theirs.sent]).toEqual([]);
  });

  it('passes on an unknown id as not_found', async () => {
    await expectKind(methods(fakeCalls(guestsOrder)).request('s', ME, 'order_X'), 'not_found');
  });

  it('moves the order only for the account the link was made for, when it is in none', async () => {
    const forAnother = fakeCalls(guestsOrder, 'cus_other');
    expect(await methods(forAnother).confirm('s', ME, link)).toEqual({
      status: 'another_account',
    });
    const theirs = fakeCalls({ customerId: 'cus_other', hasAccount: true });
    expect(await methods(theirs).confirm('s', ME, link)).toEqual({ status: 'in_another_account' });
    const mine = fakeCalls({ customerId: ME, hasAccount: true });
    expect(await methods(mine).confirm('s', ME, link)).toEqual({
      status: 'already_yours',
      orderId: ORDER,
    });
    expect([...forAnother.accepted, ...theirs.accepted, ...mine.accepted]).toEqual([]);

    const guest = fakeCalls(guestsOrder);
    expect(await methods(guest).inspect('s', ME, link)).toEqual({
      status: 'ready',
      orderId: ORDER,
    });
    expect(guest.accepted).toEqual([]);
    expect(await methods(guest).confirm('s', ME, link)).toEqual({
      status: 'added',
      orderId: ORDER,
    });
    expect(guest.accepted).toEqual([link]);
  });

  it('calls a link to an order the store does not have, or to no order id, unusable', async () => {
    for (const orderId of ['order_GONE', '', '../customers/me', 'order_1?x=1']) {
      await expectKind(
        methods(fakeCalls(guestsOrder)).inspect('s', ME, { ...link, orderId }),
        'invalid_token',
      );
    }
  });

  it('sends nothing to the backend for what is no order id', async () => {
    const calls = fakeCalls(guestsOrder);
    await expectKind(methods(calls).request('s', ME, '../customers/me'), 'not_found');
    expect(calls.sent).toEqual([]);
  });

  it('has a decline only where the version has one', () => {
    expect(methods(fakeCalls(guestsOrder)).decline).toBeUndefined();
    const decline = vi.fn(async () => undefined);
    expect(methods({ ...fakeCalls(guestsOrder), decline }).decline).toBe(decline);
  });
});

describe('Medusa v1’s claim token, read before Medusa checks it', () => {
  const jwt = (claims: object) =>
    [{ alg: 'HS256', typ: 'JWT' }, claims]
      .map((part) => Buffer.from(JSON.stringify(part)).toString('base64url'))
      .concat('signature')
      .join('.');
  // Nothing is asked of the store before the token is read: these never reach it.
  const v1 = guestOrderMethodsV1({} as V1Context).guestOrders!;
  const later = Math.floor(Date.now() / 1000) + 900;

  it('is for the customer it names', async () => {
    const token = jwt({ claimingCustomerId: 'cus_other', orders: [ORDER], exp: later });
    expect(await v1.inspect('s', ME, { orderId: ORDER, token, customerId: ME })).toEqual({
      status: 'another_account',
    });
  });

  it('is unusable once expired, for another order than the link’s, or when it is no token', async () => {
    const expired = jwt({ claimingCustomerId: ME, orders: [ORDER], exp: later - 1800 });
    const otherOrder = jwt({ claimingCustomerId: ME, orders: ['order_OTHER'], exp: later });
    for (const token of [expired, otherOrder, 'not-a-token', jwt({ orders: [ORDER] })]) {
      await expectKind(
        v1.inspect('s', ME, { orderId: ORDER, token, customerId: ME }),
        'invalid_token',
      );
    }
  });
});

describe('the customer’s store', () => {
  it('binds the session and the signed-in customer’s id, never a caller’s', async () => {
    const calls: unknown[][] = [];
    const guestOrders: GuestOrders = {
      request: async (...args) => {
        calls.push(['request', ...args]);
        return { status: 'already_yours' };
      },
      inspect: async (...args) => {
        calls.push(['inspect', ...args]);
        return { status: 'another_account' };
      },
      confirm: async (...args) => {
        calls.push(['confirm', ...args]);
        return { status: 'another_account' };
      },
    };
    const backend = { capabilities: {}, guestOrders } as unknown as StoreBackend;
    const store = customerStore(backend, 'sess_1', storeCustomer({ id: 'cus_dana' }));
    await store.guestOrders!.request(ORDER);
    await store.guestOrders!.inspect(link);
    await store.guestOrders!.confirm(link);
    expect(calls).toEqual([
      ['request', 'sess_1', 'cus_dana', ORDER],
      ['inspect', 'sess_1', 'cus_dana', link],
      ['confirm', 'sess_1', 'cus_dana', link],
    ]);
    expect(store.guestOrders!.decline).toBeUndefined();
    expect(
      customerStore({ capabilities: {} } as StoreBackend, 's', storeCustomer()).guestOrders,
    ).toBeUndefined();
  });
});
