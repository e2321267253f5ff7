import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, whenIdle } from '../lib/after-paint';

/** Animation frames run only when the test says a frame is drawn. */
function frames() {
  let queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
  return {
    draw() {
      const now = queue;
      queue = [];
      for (const cb of now) cb(0);
    },
  };
}

function settled(p: Promise<void>) {
  let done = false;
  void p.then(() => (done = true));
  return () => done;
}

describe('afterPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves in the task after the next frame, not before', async () => {
    vi.stubGlobal('document', { visibilityState: 'visible' });
    const f = frames();
    const done = settled(afterPaint());
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(false);
    f.draw();
    expect(done()).toBe(false); // the frame itself is not the end: the task after it is
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('a hidden page (no frames) resolves after a task; a page hidden while waiting, after the longest wait', async () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    frames();
    const hidden = settled(afterPaint());
    await vi.advanceTimersByTimeAsync(0);
    expect(hidden()).toBe(true);

    vi.stubGlobal('document', { visibilityState: 'visible' });
    const stalled = settled(afterPaint(100)); // no frame is ever drawn
    await vi.advanceTimersByTimeAsync(99);
    expect(stalled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(stalled()).toBe(true);
  });

  it('whenIdle waits for the browser’s idle callback (at most the given time), or a task where there is none', async () => {
    let idle: (() => void) | undefined;
    let timeout: number | undefined;
    vi.stubGlobal('requestIdleCallback', (cb: () => void, options: { timeout: number }) => ((idle = cb), (timeout = options.timeout)));
    const done = settled(whenIdle(50));
    await vi.advanceTimersByTimeAsync(10);
    expect(done()).toBe(false);
    expect(timeout).toBe(50);
    idle?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);

    vi.stubGlobal('requestIdleCallback', undefined);
    const none = settled(whenIdle());
    await vi.advanceTimersByTimeAsync(0);
    expect(none()).toBe(true);
  });
});
