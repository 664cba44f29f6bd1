/** Runs synchronous work as a promise: a throw becomes a rejection, as from an async store. */
export function promiseOf<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
