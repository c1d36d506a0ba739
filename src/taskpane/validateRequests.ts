import type { ValidateRequests } from './PlanPane';

/**
 * "Validate plan" from the ribbon, handed to the pane. In Excel's shared
 * runtime the ribbon's function runs in the pane's own page, possibly
 * before the pane has mounted: a request made then waits for it.
 */
export function validateRequests(): ValidateRequests & { request(): void } {
  let listener: (() => void) | null = null;
  let waiting = false;
  return {
    subscribe(next) {
      listener = next;
      if (waiting) {
        waiting = false;
        next();
      }
      return () => {
        if (listener === next) listener = null;
      };
    },
    request() {
      if (listener) listener();
      else waiting = true;
    },
  };
}
