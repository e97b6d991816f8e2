import { resolve } from 'node:path';
import { exportDataPackage } from '../../export/index.js';
import { UsageError, exitCodes, write, type Command } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { asUsageError, outputRefusalAsUsage, csvFlags, csvOptionsFrom } from './output.js';

const { columns: _columns, ...exportCsvFlags } = csvFlags;

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
  --delimiter D          CSV field separator: , (default), ";" or tab
  --lf                   end CSV lines with LF instead of CRLF
  --no-bom               leave out the UTF-8 byte order mark
  --no-formula-escape    do not prefix cells starting with = + - @ tab CR LF (also after leading controls,
                         spaces or invisible marks) with ' (for machine pipelines)`,
  options: { out: { type: 'string', short: 'o' }, ...dataFlag, ...exportCsvFlags },
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
