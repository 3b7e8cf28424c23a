import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from '@medusajs/framework/http';

// Medusa v2's store order routes leave out which items each fulfilment holds and its labels
// (the tracking numbers and the carrier's tracking URL), though the admin API records both.
// This lets a signed-in customer ask for them when listing their own orders, so the account
// pages can show each shipment with its items and tracking. A store adds the same file to its
// own Medusa (docs/configuration.md, "Order tracking (Medusa v2)"); without it, the storefront shows
// shipments without their items or tracking.
const SHIPMENT_FIELDS = ['fulfillments.labels', 'fulfillments.items'];

function allowShipmentFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...SHIPMENT_FIELDS];
  next();
}

// The list alone, `GET /store/orders`, which Medusa answers only for the signed-in customer and
// only with their orders; never `GET /store/orders/:id`, which answers anyone holding an id.
// A regular expression, because Medusa runs those before the routes' own middlewares (after
// global and wildcard matchers, before static paths), so the fields are allowed by the time
// the route checks its query.
const ORDER_LIST = /^\/store\/orders\/?$/;

// Whether the customer an order belongs to has an account: Medusa's public order route, which
// answers anyone holding the order's id (and tells them the whole order, its email included),
// leaves it out. The storefront asks it before mailing a link to add an order placed without an
// account, so that an order already in another account is refused on the page rather than
// mailed about (docs/configuration.md, "Orders placed without an account"). One yes or no, and
// nothing else of the customer.
const OWNER_FIELDS = ['customer.has_account'];
const ONE_ORDER = /^\/store\/orders\/order_[0-9A-Za-z]+\/?$/;

function allowOwnerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...OWNER_FIELDS];
  next();
}

export default defineMiddlewares({
  routes: [
    { matcher: ORDER_LIST, method: ['GET'], middlewares: [allowShipmentFields] },
    { matcher: ONE_ORDER, method: ['GET'], middlewares: [allowOwnerFields] },
  ],
});
