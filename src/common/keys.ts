import { badInput } from '../errors/app-error.js';
import { fflLicenseProblem } from './ffl-license.js';
import { isStateCode, oriProblem } from './ori.js';

/**
 * Format checks on natural keys given as arguments: a malformed key is the caller's mistake
 * (BAD_USER_INPUT naming the argument), a well-formed key with no record is NOT_FOUND.
 * The formats are the ones the importer enforces (src/import).
 */
export function checkLicense(field: string, license: string): string {
  const problem = fflLicenseProblem(license);
  if (problem) throw badInput(field, `"${license}" is not an FFL license number: ${problem}`);
  return license;
}

export function checkOri(field: string, ori: string): string {
  const problem = oriProblem(ori);
  if (problem) throw badInput(field, `"${ori}" is not an ORI: ${problem}`);
  return ori;
}

export function checkState(field: string, state: string): string {
  if (!isStateCode(state)) throw badInput(field, `"${state}" is not a two-letter US state or territory code`);
  return state;
}

/** Ids are free text from source systems; they only have to be non-blank and short. */
export function checkId(field: string, id: string): string {
  if (!id.trim()) throw badInput(field, 'must not be blank');
  if (id.length > 200) throw badInput(field, 'is longer than 200 characters');
  return id;
}
