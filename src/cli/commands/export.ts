import { resolve } from 'node:path';
import { exportDataPackage } from '../../export/index.js';
import { UsageError, exitCodes, write, type Command } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { asUsageError, outputRefusalAsUsage, csvFlagsExcept, csvHelpExcept, csvOptionsFrom } from './output.js';


export const exportCommand: Command = {
  name: 'export',
  summary: 'write the dataset as a Frictionless data package: CSV and NDJSON of each table, JSON Schemas, datapackage.json',
  usage: `saidby export --out DIR [--data DIR] [--no-formula-escape] [--no-bom] [--delimiter D] [--lf]

Writes to DIR: sources/speakers/quotes as .csv and .ndjson, schemas/<table>.schema.json (JSON Schema
draft 2020-12) and datapackage.json (Frictionless Data Package v2: Table Schemas with types, required,
enum, pattern, primary and foreign keys; sha256 hashes and byte counts; licence; sources).

  --out DIR              the folder to write (created if missing; the files named above are replaced
                         together, after all were written; a symbolic link among them is refused)
${dataHelp}
${csvHelpExcept('columns')}`,
  options: { out: { type: 'string', short: 'o' }, ...dataFlag, ...csvFlagsExcept('columns') },
  async run(values, _positionals, io) {
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('export: --out DIR is required');
    const directory = resolve(io.cwd, values.out);
    const { data } = datasetFrom(values, io);
    try {
      const { files } = await exportDataPackage(directory, data, csvOptionsFrom(values));
      await write(io.stderr, `wrote ${files.length} files to ${directory}: ${files.join(', ')}\n`);
    } catch (error) {
      asUsageError(outputRefusalAsUsage(error), { delimiter: 'delimiter' });
    }
    return exitCodes.ok;
  },
};
