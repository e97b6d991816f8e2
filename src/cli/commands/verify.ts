import { resolve } from 'node:path';
import { dataset } from '../../dataset/index.js';
import { formatIssues } from '../../error/index.js';
import { bundledDatasetDirectory, readArchive, readDatasetTables } from '../../io/files.js';
import { verifyDataset } from '../../schema/verify.js';
import { exitCodes, write, type Command } from '../command.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a dataset folder against its schema and archived sources',
  usage: `saidby verify [DIR]

Checks the dataset in DIR (default: the bundled one): every record against the schema, unique ids,
speakerId/sourceId references, each archive's sha256 and code-point length, and every quote, cue and
speaker mention against the archived text at its span. DIR holds sources.json, speakers.json,
quotes.json and the archived files named by sources[].archivePath.`,
  options: {},
  positionals: [0, 1],
  async run(_values, positionals, io) {
    const directory = positionals[0] === undefined ? bundledDatasetDirectory() : resolve(io.cwd, positionals[0]);
    const tables = positionals[0] === undefined ? dataset : readDatasetTables(directory);
    const report = verifyDataset(tables, { readArchive: (source) => readArchive(source, directory) });
    if (!report.ok) {
      await write(io.stderr, `${formatIssues(report.issues)}\n${report.issues.length} problem(s) in ${directory}\n`);
      return exitCodes.dataError;
    }
    const { sources, speakers, quotes, archives } = report.counts;
    await write(
      io.stdout,
      `ok: ${sources} source(s), ${speakers} speaker(s), ${quotes} quote(s), ${archives} archive(s) verified in ${directory}\n`,
    );
    return exitCodes.ok;
  },
};
