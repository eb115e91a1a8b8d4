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

// Mantine's Combobox scrolls the selected option into view.
Element.prototype.scrollIntoView = () => undefined;

// findBy… and waitFor give up after 1 s by default; on a busy two-core machine one accessible-name
// query over a table can take that long by itself (seen on these machines, lazy pages or not).
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  window.localStorage.clear();
});

// The CSRF token lives in a module; no test may inherit another's session.
beforeEach(() => {
  setCsrfToken(null);
});
