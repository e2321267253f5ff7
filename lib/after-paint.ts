/**
 * Resolves once the page has painted its next frame (an animation frame, then a task), so a long synchronous step
 * started then does not hold up what was just rendered (a progress bar, the popup's first view). A hidden page draws no
 * frames: then after a task; and after `maxWaitMs` at most, should the page be hidden while waiting.
 */
export function afterPaint(maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState !== 'visible') {
      setTimeout(resolve, 0);
      return;
    }
    const timer = setTimeout(resolve, maxWaitMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Resolves when the page is idle: every task already queued (a frame's timers, React's effects) has run
 * (requestIdleCallback), or after `maxWaitMs` at most; after a task where the browser has no idle callbacks.
 */
export function whenIdle(maxWaitMs = 50): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    requestIdleCallback(() => resolve(), { timeout: maxWaitMs });
  });
}
