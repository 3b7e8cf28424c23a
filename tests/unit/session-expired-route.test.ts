// @vitest-environment node
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const auth = vi.hoisted(() => ({ status: 'signed-in' as string }));
vi.mock('@/lib/auth', () => ({ getCurrentCustomer: async () => ({ status: auth.status }) }));
vi.mock('@/lib/session', () => ({ clearSession: async () => undefined }));

const { GET } = await import('@/app/account/session-expired/route');

// Next gives a route handler a request.url built from the host and port the server was
// started with (in the Docker image http://localhost:3000), not the address the shopper used.
const request = (returnTo: string) =>
  new NextRequest(
    `http://localhost:3000/account/session-expired?returnTo=${encodeURIComponent(returnTo)}`,
  );

describe('GET /account/session-expired', () => {
  beforeEach(() => {
    auth.status = 'signed-in';
  });

  it.each([
    ['signed-in', '/account/orders?page=2'],
    ['signed-out', '/account/login?returnTo=%2Faccount%2Forders%3Fpage%3D2'],
    ['expired', '/account/login?returnTo=%2Faccount%2Forders%3Fpage%3D2&notice=expired'],
  ])('redirects a %s visitor with a relative Location, never cached', async (status, to) => {
    auth.status = status;
    const response = await GET(request('/account/orders?page=2'));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(to);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('sends a foreign returnTo to the account overview', async () => {
    const response = await GET(request('//evil.example/x'));
    expect(response.headers.get('location')).toBe('/account');
  });
});
