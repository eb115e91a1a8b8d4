import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { Markdown } from './Markdown';

function renderMarkdownComponent(source: string): HTMLElement {
  const { container } = render(
    <MantineProvider env="test">
      <Markdown source={source} />
    </MantineProvider>,
  );
  return container;
}

describe('Markdown', () => {
  it('renders emphasis, lists, tables and links', () => {
    const container = renderMarkdownComponent(
      '**Bold** and *italic*\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[The programme](https://example.eu/twinning)',
    );

    expect(container.querySelector('strong')).toHaveTextContent('Bold');
    expect(container.querySelector('em')).toHaveTextContent('italic');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('table')).not.toBeNull();
    const link = container.querySelector('a');
    expect(link).toHaveAttribute('href', 'https://example.eu/twinning');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows raw HTML as text and never runs a script', () => {
    const container = renderMarkdownComponent('Before <script>window.hacked = true</script> after');

    expect(container.querySelector('script')).toBeNull();
    expect(container).toHaveTextContent('<script>window.hacked = true</script>');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('drops event handlers, even inside an image Markdown produced', () => {
    const container = renderMarkdownComponent('<img src="x" onerror="alert(1)">\n\n![chart](https://example.eu/chart.png "onerror=alert(1)")');

    expect(container.querySelector('[onerror]')).toBeNull();
    for (const element of Array.from(container.querySelectorAll('*'))) {
      expect(Array.from(element.attributes).map((attribute) => attribute.name)).not.toContain('onerror');
    }
  });

  it('removes javascript: links but keeps their text', () => {
    const container = renderMarkdownComponent('[Click me](javascript:alert(1)) and [also](JAVASCRIPT:alert(2))');

    for (const link of Array.from(container.querySelectorAll('a'))) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    }
    expect(container).toHaveTextContent('Click me and also');
  });

  it('puts Markdown headings below the page’s own headings', () => {
    const container = renderMarkdownComponent('# Background\n\n### Detail');

    expect(container.querySelector('h4')).toHaveTextContent('Background');
    expect(container.querySelector('h6')).toHaveTextContent('Detail');
    expect(container.querySelector('h1, h2, h3')).toBeNull();
  });
});
