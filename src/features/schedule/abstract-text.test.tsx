import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AbstractText } from './abstract-text';

describe('AbstractText', () => {
  it('shows an HTML abstract with its structure and safe links, and runs nothing', async () => {
    const ran = globalThis as { abstractRan?: boolean };
    render(
      <AbstractText
        abstract={{
          format: 'html',
          source:
            '<p>Read the <a href="slides.pdf">slides</a> or <a href="javascript:window.abstractRan=true">this</a>.</p>' +
            '<ul><li>first</li></ul><img src="x" onerror="window.abstractRan=true"><script>window.abstractRan=true</script>',
        }}
        linkBase="https://fosdem.org/2026/schedule/event/abc/"
      />,
    );
    const slides = await screen.findByRole('link', { name: 'slides' });
    expect(slides).toHaveAttribute('href', 'https://fosdem.org/2026/schedule/event/abc/slides.pdf');
    expect(slides).toHaveAttribute('target', '_blank');
    expect(slides).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent('first');
    expect(screen.queryByRole('img')).toBeNull();
    expect(ran.abstractRan).toBeUndefined();
  });

  it('shows a Markdown abstract as headings, emphasis and lists', async () => {
    render(
      <AbstractText
        abstract={{ format: 'markdown', source: '## Outline\n\n- **one**\n- two' }}
        linkBase={null}
      />,
    );
    expect(await screen.findByRole('heading', { name: 'Outline' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['one', 'two']);
  });

  it('shows a plain-text abstract as paragraphs, markup as written', () => {
    render(<AbstractText abstract={{ format: 'text', source: '<b>One</b>\n\nTwo' }} />);
    expect(screen.getByText('<b>One</b>')).toBeInTheDocument();
    expect(screen.getByText('Two')).toBeInTheDocument();
  });
});
