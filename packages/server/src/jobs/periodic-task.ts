/**
 * Runs a task every `intervalMs`, never two at once (a slow run makes the next tick skip), without keeping the process
 * alive. Returns the function that stops it.
 */
export function startPeriodicTask(
  task: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) {
      return;
    }
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
