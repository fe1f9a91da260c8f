import { registerEnumType } from 'type-graphql';

/**
 * ATF reads a short time-to-crime (first retail sale to recovery in a crime) as a sign of
 * trafficking: under 3 years is a possible indicator, under 1 year a strong one
 * (https://usafacts.org/articles/time-to-crime-a-guns-path-from-legal-ownership-to-crime/).
 */
export enum TimeToCrimeIndicator {
  STRONG = 'STRONG',
  POSSIBLE = 'POSSIBLE',
  NONE = 'NONE',
}

/** Thresholds in days (a year counted as 365 days). */
export const TTC_STRONG_DAYS = 365;
export const TTC_POSSIBLE_DAYS = 3 * 365;

export function timeToCrimeIndicator(days: number | null | undefined): TimeToCrimeIndicator | null {
  if (days === null || days === undefined) return null;
  if (days < TTC_STRONG_DAYS) return TimeToCrimeIndicator.STRONG;
  if (days < TTC_POSSIBLE_DAYS) return TimeToCrimeIndicator.POSSIBLE;
  return TimeToCrimeIndicator.NONE;
}

registerEnumType(TimeToCrimeIndicator, {
  name: 'TimeToCrimeIndicator',
  description:
    'What a time-to-crime says about trafficking (ATF): under 3 years is a possible trafficking indicator, under 1 year a strong one. ' +
    'Source: https://usafacts.org/articles/time-to-crime-a-guns-path-from-legal-ownership-to-crime/',
  valuesConfig: {
    STRONG: { description: 'Recovered in crime less than 1 year (365 days) after the first retail sale: strong trafficking indicator.' },
    POSSIBLE: { description: 'Recovered less than 3 years (1,095 days) after the first retail sale: possible trafficking indicator.' },
    NONE: { description: '3 years or more: no time-to-crime indication (the national median is around 4 years).' },
  },
});
