// The seeded world both dev backends share (backend/seed-world.json), and a tiny HTTP client
// for seeding through a store API.
import fs from 'node:fs';
import path from 'node:path';

import { ROOT } from '../lib/run.mjs';

export function readWorld() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'backend', 'seed-world.json'), 'utf8'));
}

/** The world's customers with credentials overridable by environment (DEMO_EMAIL, …). */
export function customersOf(world) {
  return world.customers.map((c) => ({
    ...c,
    email: process.env[c.emailEnv] ?? c.email,
    password: process.env[c.passwordEnv] ?? c.password,
  }));
}

export class StoreClient {
  constructor(baseUrl, headers = {}) {
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  async request(method, pathname, body, session, extraHeaders = {}) {
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(session ? { cookie: `connect.sid=${session}` } : {}),
        ...this.headers,
        ...extraHeaders,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return { json: text ? JSON.parse(text) : {}, response };
  }

  async get(pathname, session) {
    return (await this.request('GET', pathname, undefined, session)).json;
  }

  async post(pathname, body, session, headers) {
    return (await this.request('POST', pathname, body, session, headers)).json;
  }

  /** POSTs and returns the connect.sid session the response sets. */
  async signUp(pathname, body, headers) {
    const { response } = await this.request('POST', pathname, body, undefined, headers);
    for (const header of response.headers.getSetCookie()) {
      const match = /^connect\.sid=([^;]+)/.exec(header);
      if (match) return match[1];
    }
    throw new Error(`${pathname}: no session cookie`);
  }
}
