import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { HIGHLIGHT_END as END, HIGHLIGHT_START as START } from '@twinning/contracts';
import { HighlightedText } from './HighlightedText';

function renderSnippet(text: string) {
  return render(
    <MantineProvider env="test">
      <p data-testid="snippet">
        <HighlightedText text={text} />
      </p>
    </MantineProvider>,
  ).getByTestId('snippet');
}

describe('HighlightedText', () => {
  it('marks the matched words and keeps the rest as text', () => {
    const snippet = renderSnippet(`Households separate ${START}organic${END} ${START}waste${END} twice a week.`);

    expect(snippet).toHaveTextContent('Households separate organic waste twice a week.');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['organic', 'waste']);
    expect(snippet.textContent).not.toMatch(/[\uE000\uE001]/);
  });

  it('shows markup in the hit as text, never as elements', () => {
    const snippet = renderSnippet(`<img src=x onerror="alert(1)"> ${START}<b>atık</b>${END} <script>alert(2)</script>`);

    expect(snippet.querySelector('img')).toBeNull();
    expect(snippet.querySelector('script')).toBeNull();
    expect(snippet.querySelector('b')).toBeNull();
    expect(snippet.querySelector('mark')?.textContent).toBe('<b>atık</b>');
    expect(snippet).toHaveTextContent('<img src=x onerror="alert(1)"> <b>atık</b> <script>alert(2)</script>');
  });
});
