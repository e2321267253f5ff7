/**
 * Serialises the background's read-modify-write operations. MV3 runs one service worker per extension,
 * so a queue in that worker is enough; it holds no data, only the order of work, and is rebuilt empty
 * whenever the worker restarts.
 */
export interface Mutex {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      // The next task waits for this one whether it succeeds or fails.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
