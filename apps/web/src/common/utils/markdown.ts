import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

/** Markdown headings sit under the page's own h1–h3, so `# Title` in a text becomes an h4. */
const FIRST_MARKDOWN_HEADING_LEVEL = 4;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // Authors write Markdown, not HTML: any HTML they type is shown as text, never interpreted.
    html: ({ text }) => escapeHtml(text),
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + FIRST_MARKDOWN_HEADING_LEVEL - 1);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

let purifier: Purifier | null = null;

/** One sanitiser of our own, so its link hook never touches another user of DOMPurify. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      // Links in stories lead off the site: the target learns nothing of the page it came from.
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/**
 * Markdown written by municipal staff, as HTML that is safe to insert: raw HTML is escaped by
 * the renderer, and DOMPurify removes anything executable that Markdown itself can produce
 * (`javascript:` links, event handlers).
 */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string;
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'],
    FORBID_ATTR: ['style'],
  });
}
