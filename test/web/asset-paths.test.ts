import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

/** /assets/ serves the built pages' files by name only: anything else is a plain 404, never an internal error. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('asset paths', () => {
  it.each([
    ['a malformed percent escape', '/assets/%E0%A4%A'],
    ['a lone percent sign', '/assets/chart%.js'],
    ['an encoded path outside the folder', '/assets/..%2Fpackage.json'],
    ['an unknown file', '/assets/nothing-here.js'],
  ])('%s is 404', async (_what, path) => {
    const res = await fetch(new URL(path, app.url));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/Internal error|URIError|stack/i);
  });

  it('HEAD of a page answers as GET does, without the body', async () => {
    const get = await fetch(new URL('/chart', app.url));
    const head = await fetch(new URL('/chart', app.url), { method: 'HEAD' });
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
  });
});
