import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetPlanStore } from '../../../tests/helpers/reset-plan-store';
import { planStorageHealth } from '../../store/plan-store';
import { StorageNotice } from './storage-notice';

describe('the storage notice', () => {
  beforeEach(() => resetPlanStore());

  it('says nothing while saving works', () => {
    render(<StorageNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says in plain words when the saved plan could not be read, and where it was kept', () => {
    render(<StorageNotice />);
    act(() =>
      planStorageHealth.setState({ unreadable: true, backupKey: 'kubecon-planner:plan:backup-1' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your saved plan could not be read, so you are starting with an empty plan.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('kubecon-planner:plan:backup-1');
  });

  it('says picks will not be kept when storage refuses writes', () => {
    render(<StorageNotice />);
    act(() => planStorageHealth.setState({ notSaving: true }));
    expect(
      screen.getByText(
        "Your picks can't be saved in this browser, so they will not be kept after you close this page.",
      ),
    ).toBeVisible();
  });
});
