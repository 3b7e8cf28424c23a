import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from '@medusajs/framework/http';

// Medusa v2's store order routes leave out which items each fulfilment holds and its labels
// (the tracking numbers and the carrier's tracking URL), though the admin API records both.
// This lets a signed-in customer ask for them on their own orders (the routes are scoped to
// the customer by Medusa), so the account pages can show each shipment with its items and
// tracking. A store adds the same file to its own Medusa (README, "Order tracking on Medusa
// v2"); without it, the storefront shows shipments without their items or tracking.
const SHIPMENT_FIELDS = ['fulfillments.labels', 'fulfillments.items'];

function allowShipmentFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...SHIPMENT_FIELDS];
  next();
}

// A wildcard matcher: Medusa runs those before the routes' own middlewares (static paths,
// then paths with parameters), so the fields are allowed when the route checks its query.
export default defineMiddlewares({
  routes: [{ matcher: '/store/orders*', method: ['GET'], middlewares: [allowShipmentFields] }],
});
