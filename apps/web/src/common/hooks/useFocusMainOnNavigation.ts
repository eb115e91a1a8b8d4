import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a move to another page, focus goes to the main region (as after a page load), so a
 * screen reader reads the new page and the next Tab starts there. Not on the first page, and not
 * when the new page has already put focus inside the main region itself (a form's first field).
 */
export function useFocusMainOnNavigation(mainId: string): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = document.getElementById(mainId);
    if (main && !main.contains(document.activeElement)) main.focus();
  }, [pathname, mainId]);
}
