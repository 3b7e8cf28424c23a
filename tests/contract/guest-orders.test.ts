import { beforeAll, describe, expect, it } from 'vitest';

import { claimLinkFromQuery } from '@/lib/claim-link';
import { createBackend } from '@/lib/medusa';
import type { GuestOrderLink, GuestOrders, SignedIn, StoreBackend } from '@/lib/store';
import { backendInfo, versionsUnderTest } from '@/tests/support/backends';
import { expectKind, uniqueEmail } from '@/tests/support/contract';
import { claimMailsTo, waitForClaimMail } from '@/tests/support/outbox';
import { StoreApi } from '@/tests/support/store-api';

// Adding an order placed without an account, against each real seeded backend: the order id
// alone moves nothing; the link mailed to the order's address does, for the account that
// asked, once. Orders here are new for each case (the seeded guest buyer's stays for support).

/** An id in the form both versions give orders, which no order has. */
const MADE_UP_ID = 'order_01ZZZZZZZZZZZZZZZZZZZZZZZZ';

for (const version of versionsUnderTest()) {
  const info = backendInfo(version);

  describe(`guest orders on Medusa ${version}`, () => {
    let backend: StoreBackend;
    let guestOrders: GuestOrders;
    let api: StoreApi;

    beforeAll(() => {
      backend = createBackend({
        version,
        baseUrl: info.url,
        publishableApiKey: info.publishableKey,
      });
      api = new StoreApi(info);
      if (!backend.guestOrders) throw new Error(`Medusa ${version} has no guestOrders part`);
      guestOrders = backend.guestOrders;
    });

    async function account(email = uniqueEmail(version)): Promise<SignedIn> {
      return backend.register({
        email,
        password: 'contract-pass-1',
        firstName: 'Gale',
        lastName: 'Guest',
        phone: null,
      });
    }

    /**
     * A shopper who bought as a guest, then made an account with the same email (in this
     * order: on v2 a guest checkout with an account's email goes into that account at once).
     */
    async function guestThenAccount() {
      const email = uniqueEmail(version);
      const orderId = await api.placeOrder(email);
      return { email, orderId, ...(await account(email)) };
    }

    /**
     * Asks for the link as `who`, and reads it from the outbox as the shopper would (a link
     * other than the `seen` ones).
     */
    async function mailedLink(
      who: SignedIn,
      email: string,
      orderId: string,
      seen: readonly GuestOrderLink[] = [],
    ): Promise<GuestOrderLink> {
      const since = new Date(Date.now() - 1000);
      const sent = await guestOrders.request(who.session, who.customer.id, orderId);
      expect(sent).toEqual({
        status: 'sent',
        email,
        expiresInMinutes: version === 'v1' ? 15 : null,
      });
      const mail = await waitForClaimMail(info.outboxFile, email, orderId, since, {
        seen: seen.map((link) => link.token),
      });
      expect(mail.kind).toBe(version === 'v1' ? 'order-claim' : 'order-transfer');
      const link = claimLinkFromQuery(new URL(mail.link).searchParams);
      if (!link) throw new Error(`an incomplete link in the mail: ${mail.link}`);
      return link;
    }

    const ownIds = async (who: SignedIn) =>
      (await backend.listOrders(who.session, { page: 1, pageSize: 10 })).items.map((o) => o.id);

    it('declares the capability that its guestOrders part is there', () => {
      expect(backend.capabilities.addsGuestOrders).toBe(true);
    });

    it('moves the order into the account that asked through the mailed link, once', async () => {
      const shopper = await guestThenAccount();
      expect(await ownIds(shopper)).toEqual([]);
      const link = await mailedLink(shopper, shopper.email, shopper.orderId);
      expect(link).toMatchObject({ orderId: shopper.orderId, customerId: shopper.customer.id });

      expect(await guestOrders.inspect(shopper.session, shopper.customer.id, link)).toEqual({
        status: 'ready',
        orderId: shopper.orderId,
      });
      // Looking changes nothing.
      expect(await ownIds(shopper)).toEqual([]);
      expect(await guestOrders.confirm(shopper.session, shopper.customer.id, link)).toEqual({
        status: 'added',
        orderId: shopper.orderId,
      });
      expect(await ownIds(shopper)).toEqual([shopper.orderId]);
      expect((await backend.retrieveOrder(shopper.session, shopper.orderId)).id).toBe(
        shopper.orderId,
      );

      // The same link again: the order is this account's now.
      for (const step of [guestOrders.inspect, guestOrders.confirm]) {
        expect(await step(shopper.session, shopper.customer.id, link)).toEqual({
          status: 'already_yours',
          orderId: shopper.orderId,
        });
      }
      expect(
        await guestOrders.request(shopper.session, shopper.customer.id, shopper.orderId),
      ).toEqual({ status: 'already_yours' });
    });

    it('refuses the link to another account, which it leaves unchanged', async () => {
      const shopper = await guestThenAccount();
      const link = await mailedLink(shopper, shopper.email, shopper.orderId);
      const stranger = await account();
      for (const step of [guestOrders.inspect, guestOrders.confirm]) {
        expect(await step(stranger.session, stranger.customer.id, link)).toEqual({
          status: 'another_account',
        });
      }
      expect(await ownIds(stranger)).toEqual([]);
      // The account that asked still can.
      expect(await guestOrders.confirm(shopper.session, shopper.customer.id, link)).toMatchObject({
        status: 'added',
      });
    });

    it('does not mail about an order already in an account, its own or another', async () => {
      const owner = await account();
      const orderId = await api.placeOrder(owner.customer.email, owner.session);
      const stranger = await account();
      expect(await guestOrders.request(stranger.session, stranger.customer.id, orderId)).toEqual({
        status: 'in_another_account',
      });
      expect(await guestOrders.request(owner.session, owner.customer.id, orderId)).toEqual({
        status: 'already_yours',
      });
      // Give a late mail the time a real one takes (v1 delivers events up to 3 s late).
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(claimMailsTo(info.outboxFile, owner.customer.email)).toEqual([]);
      expect(await ownIds(stranger)).toEqual([]);
    });

    it('answers an unknown order id not_found, and mails nothing', async () => {
      const shopper = await account();
      await expectKind(
        guestOrders.request(shopper.session, shopper.customer.id, MADE_UP_ID),
        'not_found',
      );
    });

    it('refuses a changed token, and one that is not a token, as invalid_token', async () => {
      const shopper = await guestThenAccount();
      const link = await mailedLink(shopper, shopper.email, shopper.orderId);
      // The same length and alphabet, one character different: for v1 the JWT's signature.
      const last = link.token.at(-1) === 'A' ? 'B' : 'A';
      const changed = { ...link, token: `${link.token.slice(0, -1)}${last}` };
      await expectKind(
        guestOrders.confirm(shopper.session, shopper.customer.id, changed),
        'invalid_token',
      );
      await expectKind(
        guestOrders
          .inspect(shopper.session, shopper.customer.id, { ...link, token: 'not-a-token' })
          .then((state) =>
            // v2's tokens are opaque: only Medusa can tell, when asked to accept.
            state.status === 'ready'
              ? guestOrders.confirm(shopper.session, shopper.customer.id, {
                  ...link,
                  token: 'not-a-token',
                })
              : state,
          ),
        'invalid_token',
      );
      await expectKind(
        guestOrders.inspect(shopper.session, shopper.customer.id, { ...link, orderId: MADE_UP_ID }),
        'invalid_token',
      );
      expect(await ownIds(shopper)).toEqual([]);
      // The genuine link still works.
      expect(await guestOrders.confirm(shopper.session, shopper.customer.id, link)).toMatchObject({
        status: 'added',
      });
    });

    it('mails a new link when asked again; where requests stay open, the first stops working', async () => {
      const shopper = await guestThenAccount();
      const first = await mailedLink(shopper, shopper.email, shopper.orderId);
      // v1 signs the same claims within one second into the same token.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const second = await mailedLink(shopper, shopper.email, shopper.orderId, [first]);
      expect(second.token).not.toBe(first.token);
      if (version === 'v2') {
        // Medusa v2 allows one open request an order: asking again cancels the earlier one.
        await expectKind(
          guestOrders.confirm(shopper.session, shopper.customer.id, first),
          'invalid_token',
        );
      } else {
        // Medusa v1's tokens are stateless JWTs: each works for its 15 minutes.
        expect(
          await guestOrders.inspect(shopper.session, shopper.customer.id, first),
        ).toMatchObject({ status: 'ready' });
      }
      expect(await guestOrders.confirm(shopper.session, shopper.customer.id, second)).toMatchObject(
        {
          status: 'added',
        },
      );
    });

    it('lets the mailbox decline another account’s request only where requests stay open', async () => {
      // v2 keeps a request open until it is answered, and allows one an order; v1 keeps none.
      expect(guestOrders.decline !== undefined).toBe(version === 'v2');
      if (!guestOrders.decline) return;
      const email = uniqueEmail(version);
      const orderId = await api.placeOrder(email);
      // Someone who is not the order's shopper asks; the mail goes to the order's address.
      const stranger = await account();
      const link = await mailedLink(stranger, email, orderId);
      await guestOrders.decline(link);
      await expectKind(
        guestOrders.confirm(stranger.session, stranger.customer.id, link),
        'invalid_token',
      );
      expect(await ownIds(stranger)).toEqual([]);
      await expectKind(guestOrders.decline(link), 'invalid_token');
      // The order's own shopper can ask now.
      const shopper = await account(email);
      await mailedLink(shopper, email, orderId);
    });
  });
}
