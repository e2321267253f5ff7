// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { GapSummary } from '../../../components/popup/gap-summary';
import { GapSidebar } from '../../../components/sidebar/gap-sidebar';
import { LanguageNotice } from '../../../components/sidebar/language-notice';
import type { GapSidebarProps } from '../../../components/sidebar/sidebar-props';
import type { GapReport } from '../../../lib/analysis/gap-report';
import { progress, ready, report } from './fixtures';

afterEach(cleanup);

const NOTICE_FR = 'This posting is in French. Pathway Lens reads English postings for now, so it cannot list the skills this one asks for.';

function renderSidebar(r: GapReport) {
  const props: GapSidebarProps = {
    state: ready({ report: r }),
    theme: 'light',
    side: 'right',
    collapsed: false,
    highlightsOn: true,
    compareUrl: 'chrome-extension://abc/compare.html',
    onToggleCollapsed: vi.fn(),
    onToggleHighlights: vi.fn(),
    onMarkLearned: vi.fn(),
    onMarkKnown: vi.fn(),
    onSave: vi.fn(),
    onStatusChange: vi.fn(),
    onSkillClick: vi.fn(),
  };
  return render(<GapSidebar {...props} />);
}

function renderPopupSummary(r: GapReport) {
  return render(<GapSummary title="Chef de projet IA" company="Acme" report={r} progress={progress()} today={Date.UTC(2025, 2, 20)} sourceText="From the text you pasted" save={{ saved: false, busy: false, error: null, onSave: vi.fn() }} />);
}

describe('LanguageNotice', () => {
  it('names the language in English, and the id of a language this version does not know', () => {
    render(<LanguageNotice language="fr" place="sidebar" />);
    expect(screen.getByTestId('language-notice').textContent).toContain(NOTICE_FR);
    cleanup();
    render(<LanguageNotice language="xx" place="popup" />);
    expect(screen.getByTestId('language-notice').textContent).toContain('This posting is in xx.');
  });
});

describe('the sidebar on a posting in another language', () => {
  it('shows the notice instead of the readiness and the skill groups; saving stays', () => {
    renderSidebar(report({ language: 'fr' }));
    const notice = screen.getByTestId('language-notice');
    expect(notice.textContent).toContain(NOTICE_FR);
    expect(notice.getAttribute('role')).toBe('note');
    expect(screen.queryByTestId('readiness')).toBeNull();
    expect(screen.queryByTestId('time-to-qualify')).toBeNull();
    expect(screen.queryAllByTestId('skill')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'You have' })).toBeNull();
    // The role check reads English as well: no "Stretch" badge for a posting it could not read.
    expect(screen.queryByTestId('role-badge')).toBeNull();
    expect(screen.getByTestId('save-posting')).toBeTruthy();
  });

  it.each([['en'], [null], [undefined]] as const)('language %s: the full report, no notice', (language) => {
    renderSidebar(report({ language }));
    expect(screen.queryByTestId('language-notice')).toBeNull();
    expect(screen.getByTestId('role-badge')).toBeTruthy();
    expect(screen.getByTestId('readiness')).toBeTruthy();
    expect(screen.queryAllByTestId('skill').length).toBeGreaterThan(0);
  });
});

describe('the popup summary on a posting in another language', () => {
  it('shows the same notice instead of the readiness, the role check and the top gaps; saving stays', () => {
    renderPopupSummary(report({ language: 'it', targetRole: false }));
    expect(screen.getByTestId('language-notice').textContent).toContain('This posting is in Italian.');
    expect(screen.queryByTestId('popup-readiness')).toBeNull();
    expect(screen.queryByTestId('popup-time-to-qualify')).toBeNull();
    expect(screen.queryByTestId('top-gaps')).toBeNull();
    expect(screen.queryByText('Role check')).toBeNull();
    expect(screen.getByTestId('popup-save')).toBeTruthy();
  });

  it('an English posting keeps its readiness and gaps, no notice', () => {
    renderPopupSummary(report({ language: 'en' }));
    expect(screen.queryByTestId('language-notice')).toBeNull();
    expect(screen.getByTestId('popup-readiness')).toBeTruthy();
    expect(screen.getByTestId('top-gaps')).toBeTruthy();
  });
});
