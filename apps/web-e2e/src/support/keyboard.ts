import { type Page } from 'playwright-core';

/** The element that has the focus: what it is, its accessible name as a person hears it, and whether its focus shows. */
export interface Focused {
  /** `input "Summary"`, for messages. */
  element: string;
  /** Its label, aria-label or text, without the asterisk of a required field. */
  name: string;
  href: string | null;
  visible: boolean;
}

export async function focusedElement(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { element: 'body', name: '', href: null, visible: false };
    const style = getComputedStyle(element);
    // A field whose input sits inside a box (a password, a multi-select's pills) rings the box.
    const box = element.parentElement?.closest('.mantine-Input-input');
    const boxStyle = box ? getComputedStyle(box) : null;
    const outline =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (boxStyle !== null && boxStyle.outlineStyle !== 'none' && parseFloat(boxStyle.outlineWidth) > 0);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // Text as a screen reader reads it: what is hidden from it (a step's number) left out.
    const spoken = (node: Node): string =>
      node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : node instanceof Element && node.getAttribute('aria-hidden') === 'true'
          ? ''
          : [...node.childNodes].map(spoken).join('');
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => {
        const label = id ? document.getElementById(id) : null;
        return label ? spoken(label) : '';
      })
      .join(' ')
      .trim();
    const labels = (element as HTMLInputElement).labels;
    const raw = element.getAttribute('aria-label') ?? (labelledBy || (labels?.[0] ? spoken(labels[0]) : '') || spoken(element));
    const name = raw.replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').trim();
    return { element: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"`, name, href: element.getAttribute('href'), visible: outline || shadow };
  });
}

/**
 * A person at the keyboard: Tab and Shift+Tab to move, keys to act, never the mouse. Every
 * element the focus passes is checked for a visible focus indicator; those without are kept in
 * `unseen` for the test to assert on.
 */
export class KeyboardUser {
  readonly unseen: string[] = [];

  constructor(private readonly page: Page) {}

  /** Tabs (or Shift+Tabs) until the focused element matches; fails after 200 presses. */
  async tabTo(matches: (focused: Focused) => boolean, what: string, backwards = false): Promise<Focused> {
    for (let presses = 0; presses < 200; presses++) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const focused = await focusedElement(this.page);
      if (!focused.visible) this.unseen.push(`${focused.element} (on the way to ${what})`);
      if (matches(focused)) return focused;
    }
    throw new Error(`${what} was not reached with 200 presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
  }

  /** Tabs to the element with exactly this accessible name. */
  tabToNamed(name: string, backwards = false): Promise<Focused> {
    return this.tabTo((focused) => focused.name === name, `"${name}"`, backwards);
  }

  /** Tabs (or Shift+Tabs, to something above) to a button or link and presses Enter on it. */
  async press(name: string, backwards = false): Promise<void> {
    await this.tabToNamed(name, backwards);
    // Marked, so that waitForPageFocus can tell the new page's focus from the old page's button.
    await this.page.evaluate(() => document.activeElement?.setAttribute('data-keyboard-pressed', ''));
    await this.page.keyboard.press('Enter');
  }

  /** Tabs (or Shift+Tabs, to one above) to a text field and types into it, replacing what it held. */
  async fill(name: string, text: string, backwards = false): Promise<void> {
    await this.tabToNamed(name, backwards);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }

  /**
   * In the focused select (a combobox): types `typed` where it is searchable, then moves down
   * the options with the arrow keys to the one named `option` and takes it with Enter.
   */
  async choose(option: string | RegExp, typed = ''): Promise<void> {
    if (typed) await this.page.keyboard.type(typed);
    else await this.page.keyboard.press('ArrowDown');
    const matches = (text: string) => (typeof option === 'string' ? text === option : option.test(text));
    for (let presses = 0; presses < 60; presses++) {
      const current = await this.page
        .locator('[role="option"][data-combobox-selected]')
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => null);
      if (current !== null && matches(current.trim())) {
        await this.page.keyboard.press('Enter');
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`the option ${String(option)} was not reached with the arrow keys`);
  }

  /** After a page change the app moves the focus into the main region; the next Tab starts there. */
  async waitForPageFocus(): Promise<void> {
    await this.page.waitForFunction(() => {
      const focused = document.activeElement;
      return (document.querySelector('main')?.contains(focused) ?? false) && !focused?.hasAttribute('data-keyboard-pressed');
    });
  }

  /** Signs in through the form with the keyboard alone. */
  async signIn(email: string, password: string): Promise<void> {
    await this.fill('E-mail', email);
    await this.fill('Password', password);
    await this.page.keyboard.press('Enter');
  }
}
