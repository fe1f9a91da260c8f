import pino from 'pino';

/** JSON logs (pino) on stdout; LOG_LEVEL sets the level. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'crimegun-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type Logger = ReturnType<typeof createLogger>;
