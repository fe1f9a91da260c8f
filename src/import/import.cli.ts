import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { withMigratedDatabase } from '../db/cli-database.js';
import { cliActor } from './import.audit.js';
import { runImport } from './import.job.js';
import { ImportInterrupted } from './importer.js';
import { oriProblem } from '../common/ori.js';
import { RECORD_TYPES, type RecordType } from './record.types.js';

const USAGE = `Usage: npm run import -- <file> [more files...] [--agency <ORI>] [--type <record type>] [--batch-size N] [--no-analysis] [--keep-search-indexes]

  <file>   .ndjson/.jsonl (one typed record per line) or .csv (one record type per file: from a
           "type" column, else --type, else the file name, e.g. sales.csv, nypd-casings.csv).
           UTF-8 (a byte order mark is fine); what other systems' files may hold: docs/import.md.
  Bad records go to <file>.rejects.ndjson (line, field, reason); good ones are committed.
  Re-running a file changes nothing; an interrupted import (Ctrl-C, crash) resumes where it stopped.
  Every run leaves one audit record (your OS user, this host, the files' SHA-256, the counts);
  --agency names the agency it is for, so that agency's supervisors see it in auditEvents.
  A file of 100,000+ records into an empty graph builds the search indexes once after its writes
  (search answers SERVICE_UNAVAILABLE until they are online); --keep-search-indexes keeps them
  current at every commit instead.
  Record types: ${RECORD_TYPES.join(', ')}. Examples: seeds/examples/.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      agency: { type: 'string' },
      'batch-size': { type: 'string', default: '5000' },
      'no-analysis': { type: 'boolean', default: false },
      'keep-search-indexes': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !positionals.length) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (values.type && !(RECORD_TYPES as readonly string[]).includes(values.type)) {
    console.error(`--type must be one of ${RECORD_TYPES.join(', ')}`);
    process.exit(2);
  }
  const agencyProblem = values.agency === undefined ? null : oriProblem(values.agency);
  if (agencyProblem) {
    console.error(`--agency: ${agencyProblem}`);
    process.exit(2);
  }
  const log = (m: string) => console.log(m);
  let stopRequested = false;
  process.on('SIGINT', () => {
    if (stopRequested) process.exit(130);
    stopRequested = true;
    log('Stopping after the batch in flight (Ctrl-C again to abort at once); re-run the same command to resume.');
  });
  let exitCode = 0;
  try {
    const run = await withMigratedDatabase(log, (db) =>
      runImport(
        db.gateway,
        positionals,
        {
          csvType: values.type as RecordType | undefined,
          batchSize: Number(values['batch-size']),
          analysis: !values['no-analysis'],
          searchIndexes: values['keep-search-indexes'] ? 'keep' : 'auto',
          actor: cliActor(values.agency ?? null),
          shouldStop: () => stopRequested,
          onProgress: (p) =>
            log(
              p.phase === 'validate'
                ? `  validating: ${p.records.toLocaleString('en-US')} records, ${p.recordsPerSecond.toLocaleString('en-US')} records/s`
                : `  writing: ${p.records.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')} (${p.percent}%), ${p.recordsPerSecond.toLocaleString('en-US')} records/s`,
            ),
        },
        log,
      ),
    );
    if (run.summaries.some((s) => s.rejected > 0)) exitCode = 1;
  } catch (error) {
    if (error instanceof ImportInterrupted) {
      log(error.message);
      exitCode = 3;
    } else {
      console.error((error as Error).message);
      exitCode = 1;
    }
  }
  process.exit(exitCode);
}

await main();
