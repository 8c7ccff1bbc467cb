import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useId, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './tabs';

const seasons = [
  { value: 'spring', label: 'Spring' },
  { value: 'summer', label: 'Summer' },
  { value: 'autumn', label: 'Autumn' },
  { value: 'winter', label: 'Winter' },
] as const;
type Season = (typeof seasons)[number]['value'];

function Seasons() {
  const id = useId();
  const [season, setSeason] = useState<Season>('summer');
  return (
    <>
      <button type="button">Before</button>
      <Tabs id={id} label="Season" tabs={seasons} selected={season} onSelect={setSeason} />
      <TabPanel tabsId={id} selected={season}>
        <p>Showing {season}</p>
      </TabPanel>
      <button type="button">After</button>
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selectedTab = () => screen.getByRole('tab', { selected: true });

/** The tab named has the focus and is the one selected, as a roving tab stop moves both. */
function expectFocusedAndSelected(name: string) {
  expect(tab(name)).toHaveFocus();
  expect(selectedTab()).toBe(tab(name));
}

describe('Tabs', () => {
  it('names the list and labels the panel by the selected tab', () => {
    render(<Seasons />);
    expect(screen.getByRole('tablist', { name: 'Season' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Spring',
      'Summer',
      'Autumn',
      'Winter',
    ]);
    expect(screen.getByRole('tabpanel', { name: 'Summer' })).toHaveTextContent('Showing summer');
    for (const t of screen.getAllByRole('tab')) {
      expect(t).toHaveAttribute('aria-controls', screen.getByRole('tabpanel').id);
    }
  });

  it('is one Tab stop: the selected tab, then straight on past the others', async () => {
    render(<Seasons />);
    await userEvent.click(screen.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    expect(tab('Summer')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(tab('Summer')).toHaveFocus();
  });

  it('moves and selects with the arrow keys, wrapping at both ends', async () => {
    render(<Seasons />);
    await userEvent.click(tab('Summer'));
    await userEvent.keyboard('{ArrowRight}');
    expectFocusedAndSelected('Autumn');
    expect(screen.getByRole('tabpanel', { name: 'Autumn' })).toHaveTextContent('Showing autumn');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(tab('Spring')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expectFocusedAndSelected('Winter');
  });

  it('jumps to the first and last tab with Home and End', async () => {
    render(<Seasons />);
    await userEvent.click(tab('Summer'));
    await userEvent.keyboard('{End}');
    expectFocusedAndSelected('Winter');
    await userEvent.keyboard('{Home}');
    expectFocusedAndSelected('Spring');
  });

  it('keeps only the selected tab in the Tab order', async () => {
    render(<Seasons />);
    await userEvent.click(tab('Winter'));
    expect(
      screen.getAllByRole('tab').map((t) => [t.textContent, t.getAttribute('tabindex')]),
    ).toEqual([
      ['Spring', '-1'],
      ['Summer', '-1'],
      ['Autumn', '-1'],
      ['Winter', '0'],
    ]);
  });
});
