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

export default defineMiddlewares({
  routes: [{ matcher: ORDER_LIST, method: ['GET'], middlewares: [allowShipmentFields] }],
});
