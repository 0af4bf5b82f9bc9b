import { useEffect, useState } from 'react';

/**
 * A value that follows another once it has stopped changing for `ms` milliseconds: a slider
 * dragged across many budgets asks the server only for the one it stops on (docs/api.md).
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
