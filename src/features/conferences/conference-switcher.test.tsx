import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConferenceSwitcher } from './conference-switcher';

const menu = [
  { id: 'denog16', name: 'DENOG16', source: { url: null } },
  {
    id: 'fosdem-2026',
    name: 'FOSDEM 2026',
    source: { url: 'https://fosdem.org/2026/schedule/xml' },
  },
];

function renderSwitcher(shownId: string | null) {
  const onSwitch = vi.fn();
  const onRemove = vi.fn();
  render(
    <ConferenceSwitcher
      bundledName="KubeCon NA 2023: Cilium talks"
      menu={menu}
      shownId={shownId}
      onSwitch={onSwitch}
      onRemove={onRemove}
    />,
  );
  return { onSwitch, onRemove, user: userEvent.setup() };
}

describe('ConferenceSwitcher', () => {
  it('lists the bundled conference and every opened one, the shown one selected', () => {
    renderSwitcher('denog16');
    const select = screen.getByRole('combobox', { name: 'Conference' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'KubeCon NA 2023: Cilium talks',
      'DENOG16',
      'FOSDEM 2026',
    ]);
    expect(select).toHaveDisplayValue('DENOG16');
  });

  it('switches to the conference chosen, and back to the bundled one', async () => {
    const { onSwitch, user } = renderSwitcher('denog16');
    const select = screen.getByRole('combobox', { name: 'Conference' });
    await user.selectOptions(select, 'FOSDEM 2026');
    expect(onSwitch).toHaveBeenLastCalledWith('fosdem-2026');
    await user.selectOptions(select, 'KubeCon NA 2023: Cilium talks');
    expect(onSwitch).toHaveBeenLastCalledWith(null);
  });

  it('removes the opened conference shown, and never offers to remove the bundled one', async () => {
    const { onRemove, user } = renderSwitcher('fosdem-2026');
    await user.click(screen.getByRole('button', { name: 'Remove this conference' }));
    expect(onRemove).toHaveBeenCalledWith('fosdem-2026');
  });

  it('offers no removal while the bundled conference is shown', () => {
    renderSwitcher(null);
    expect(
      screen.queryByRole('button', { name: 'Remove this conference' }),
    ).not.toBeInTheDocument();
  });
});
