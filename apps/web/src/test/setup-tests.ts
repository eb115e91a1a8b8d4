import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { setCsrfToken } from '../lib/csrf-token';

// jsdom has no TextEncoder, which React Router needs when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks the layout APIs that Mantine calls; these stand-ins report "no match, no size".
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;

// jsdom has no Request either. The data router makes one for each navigation, for route loaders
// this app does not have, so the URL, method and signal are all it needs.
class RequestStandIn {
  readonly url: string;
  readonly method: string;
  readonly signal: AbortSignal | null;
  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = init.method ?? 'GET';
    this.signal = init.signal ?? null;
  }
}
if (!('Request' in globalThis)) Object.assign(globalThis, { Request: RequestStandIn });

// Mantine's Combobox scrolls the selected option into view.
Element.prototype.scrollIntoView = () => undefined;

beforeEach(() => {
  window.localStorage.clear();
});

// The CSRF token lives in a module; no test may inherit another's session.
beforeEach(() => {
  setCsrfToken(null);
});

// findBy… and waitFor wait for a condition, and no test should fail because a busy machine met
// it late: Testing Library's own 1 s limit was shorter than a loaded two-core machine may take to
// render a page after a stubbed answer. The test's timeout (jest.config.js) alone ends a wait
// for something that never comes; this stays just under it so the failure names the condition.
configure({ asyncUtilTimeout: 55_000 });

// A test that takes the clock over (jest.useFakeTimers) never leaves it to the next one.
afterEach(() => {
  jest.useRealTimers();
});
