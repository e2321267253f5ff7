// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { StateMessage } from '../../../components/sidebar/state-message';
import { GapSidebar } from '../../../components/sidebar/gap-sidebar';
import type { GapSidebarProps } from '../../../components/sidebar/sidebar-props';

afterEach(cleanup);

describe('StateMessage: the job is shown without its description', () => {
  it('tells the user where the description is, as a status, not an error', () => {
    render(<StateMessage state={{ kind: 'no-description' }} onReload={undefined} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Open the Overview tab to see this posting’s gap report');
    expect(status.textContent).toContain('not its description');
    expect(status.getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows no readiness gauge, no skills and no save button in the sidebar', () => {
    const noop = (): void => undefined;
    const props: GapSidebarProps = {
      state: { kind: 'no-description' },
      theme: 'light',
      side: 'right',
      collapsed: false,
      highlightsOn: true,
      onToggleCollapsed: noop,
      onToggleHighlights: noop,
      onMarkLearned: noop,
      onMarkKnown: noop,
      onSave: noop,
      onStatusChange: noop,
      onSkillClick: noop,
      onReload: noop,
    };
    render(<GapSidebar {...props} />);
    expect(screen.getByTestId('gap-sidebar').dataset.state).toBe('no-description');
    expect(screen.queryByTestId('readiness')).toBeNull();
    expect(screen.queryByTestId('skill')).toBeNull();
    expect(screen.queryByTestId('save-posting')).toBeNull();
    expect(screen.getByText('Open the Overview tab to see this posting’s gap report')).toBeTruthy();
  });
});
