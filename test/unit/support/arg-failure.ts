import { checkInput } from '../../../src/common/validate-args.js';

/** The error a check throws, as the client sees it (code, field, message); null when it passes. */
export function failure(run: () => void): { code?: unknown; field?: unknown; message: string } | null {
  try {
    run();
    return null;
  } catch (e) {
    const err = e as { message: string; extensions?: Record<string, unknown> };
    return { code: err.extensions?.code, field: err.extensions?.field, message: err.message };
  }
}

/** The first problem of an argument value of type `Type` given at `path` ('' for an args class: its fields are arguments). */
export function argFailure<T extends object>(Type: new () => T, values: Partial<T>, path = '') {
  return failure(() => checkInput(Object.assign(new Type(), values), path));
}

/** The field at fault, or null when the value passes. */
export const faultOf = <T extends object>(Type: new () => T, values: Partial<T>, path = '') => argFailure(Type, values, path)?.field ?? null;
