import type { Dataset } from '../schema/records.js';

export type DeepReadonly<T> = T extends ReadonlyArray<infer Item>
  ? ReadonlyArray<DeepReadonly<Item>>
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

export type FrozenDataset = DeepReadonly<Dataset>;

/**
 * Freezes a value and everything reachable from it, so shared records cannot be changed by accident.
 *
 * @example
 * const frozen = deepFreeze({ a: [1] });
 * Object.isFrozen(frozen.a); // true
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value as DeepReadonly<T>;
}

