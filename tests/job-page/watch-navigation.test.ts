import { describe, expect, it, vi } from 'vitest';
import { watchInPageNavigation, type Listen } from '../../lib/job-page/watch-navigation';
import type { CapturedPosting } from '../../lib/capture/capture-result';

const listen: Listen = (target, type, listener) => target.addEventListener(type, listener);
const shown = { jobKey: 'linkedin:1', title: 'Job 1' } as CapturedPosting;

function navigateEvent(sameDocument: boolean): Event {
  return Object.assign(new Event('navigate'), { destination: { sameDocument } });
}

describe('watchInPageNavigation', () => {
  it('with the Navigation API: reports at once, with what the pane showed when the URL changed', () => {
    const win = new EventTarget() as EventTarget & { navigation: EventTarget };
    win.navigation = new EventTarget();
    const readPane = vi.fn(() => shown);
    const onNavigate = vi.fn();
    watchInPageNavigation(win as unknown as Window, listen, readPane, onNavigate);
    win.navigation.dispatchEvent(navigateEvent(true));
    win.navigation.dispatchEvent(new Event('currententrychange'));
    expect(onNavigate).toHaveBeenLastCalledWith(shown);
    // A second entry change without a navigate event carries nothing stale.
    win.navigation.dispatchEvent(new Event('currententrychange'));
    expect(onNavigate).toHaveBeenLastCalledWith(null);
  });

  it('ignores cross-document navigations (the page load replaces the script)', () => {
    const win = new EventTarget() as EventTarget & { navigation: EventTarget };
    win.navigation = new EventTarget();
    const readPane = vi.fn(() => shown);
    watchInPageNavigation(win as unknown as Window, listen, readPane, vi.fn());
    win.navigation.dispatchEvent(navigateEvent(false));
    expect(readPane).not.toHaveBeenCalled();
  });

  it('without the Navigation API (Firefox): falls back to WXT’s location-change poll', () => {
    const win = new EventTarget();
    const onNavigate = vi.fn();
    watchInPageNavigation(win as unknown as Window, listen, () => shown, onNavigate);
    win.dispatchEvent(new Event('wxt:locationchange'));
    expect(onNavigate).toHaveBeenCalledWith(null);
  });
});
