import type { SendRequestInput } from '../request/request';

/**
 * Data as JavaScript or the outside world hands it to the gate: typed as a request so that
 * it compiles, checked at run time like any other. For tests of what the gate does with
 * input its types would refuse.
 */
export function untyped(value: readonly unknown[]): SendRequestInput[];
export function untyped(value: unknown): SendRequestInput;
export function untyped(value: unknown): unknown {
  return value;
}
