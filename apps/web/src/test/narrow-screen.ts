/**
 * Makes every `(max-width: …)` media query match, as on a phone, in each test of the describe
 * block that calls it. The setup's stand-in matches nothing, which is the wide screen.
 */
export function onNarrowScreen(): void {
  let wideScreen: typeof window.matchMedia;
  beforeEach(() => {
    wideScreen = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wideScreen(query), matches: query.includes('max-width') });
  });
  afterEach(() => {
    window.matchMedia = wideScreen;
  });
}
