// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedPostingsView } from '../../../components/saved/saved-postings-view';
import { axeViolations } from '../../insights/axe';
import { posting, progress } from '../../insights/fixtures';

afterEach(cleanup);

const li = posting({ id: 'linkedin:1', board: 'linkedin', title: 'AI Program Manager', company: 'Acme', skills: [], savedAt: Date.UTC(2025, 0, 1) });
const gh = posting({ id: 'greenhouse:acme:1', board: 'greenhouse', title: 'AI Program Manager <b>', company: 'Acme, Inc.', skills: [], savedAt: Date.UTC(2025, 0, 2) });
const other = posting({ id: 'lever:b:1', board: 'lever', title: 'Data Engineer', company: 'Beta', skills: [] });

function setup() {
  const callbacks = { onStatusChange: vi.fn(), onNotesChange: vi.fn(), onDelete: vi.fn(), onRestore: vi.fn(), onMerge: vi.fn(), onMarkDistinct: vi.fn() };
  const utils = render(<SavedPostingsView postings={[li, gh, other]} progress={progress()} today={Date.UTC(2025, 2, 1)} {...callbacks} />);
  return { ...utils, ...callbacks, user: userEvent.setup() };
}

describe('likely duplicates in the saved list', () => {
  it('flags the same job saved from two boards, with a merge offer either way, as text', async () => {
    const { container, user, onMerge } = setup();
    // One closed line above the list; opened, one notice per pair.
    const box = await screen.findByTestId('duplicate-notices');
    expect(box.hasAttribute('open')).toBe(false);
    expect(within(box).getByText(/One job looks saved twice, from two boards/)).toBeTruthy();
    await user.click(within(box).getByText(/One job looks saved twice/));
    expect(box.hasAttribute('open')).toBe(true);
    const notices = screen.getAllByTestId('duplicate-notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.getAttribute('data-posting-ids')).toBe('linkedin:1 greenhouse:acme:1');
    expect(notices[0]!.textContent).toContain('AI Program Manager <b>');
    expect(container.querySelector('.saved__duplicate b')).toBeNull();
    await user.click(within(notices[0]!).getByRole('button', { name: 'Merge, keep the Greenhouse posting' }));
    expect(onMerge).toHaveBeenCalledWith('greenhouse:acme:1', 'linkedin:1');
    expect(screen.queryByTestId('duplicate-notice')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('"Not the same job" is sent and the notice goes', async () => {
    const { user, onMarkDistinct, onMerge } = setup();
    await user.click(await screen.findByText(/One job looks saved twice/));
    await user.click(screen.getByRole('button', { name: 'Not the same job' }));
    expect(onMarkDistinct).toHaveBeenCalledWith('linkedin:1', 'greenhouse:acme:1');
    expect(onMerge).not.toHaveBeenCalled();
    expect(screen.queryByTestId('duplicate-notices')).toBeNull();
  });
});
