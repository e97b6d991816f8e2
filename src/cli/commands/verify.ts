import { dataset } from '../../dataset/index.js';
import { formatIssues } from '../../error/index.js';
import { draftCounts } from '../../folder/index.js';
import { bundledDatasetDirectory, readArchive, readDatasetTables } from '../../io/files.js';
import { verifyDataset } from '../../schema/verify.js';
import { UsageError, exitCodes, write, type Command } from '../command.js';
import { existingFolder } from './data.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a dataset folder against its schema and archived sources, and count its drafts',
  usage: `saidby verify [DIR] [--data DIR]

Checks the dataset in DIR (default: the bundled one): every record against the schema, unique ids,
speakerId/sourceId references, each archive's sha256 and code-point length, and every quote, cue and
speaker mention against the archived text at its span. DIR holds sources.json, speakers.json,
quotes.json and the archived files named by sources[].archivePath. The summary (on stderr) says how many
quotes are still drafts (provenance.method "extracted"), per source.

  --data DIR    the same as giving DIR

Exit status: 0 verified, 1 a problem was found (each is listed with file, record and field), 2 usage
error (DIR does not exist).`,
  options: { data: { type: 'string', short: 'd' } },
  positionals: [0, 1],
  async run(values, positionals, io) {
    const named = positionals[0] ?? (values.data as string | undefined);
    if (positionals[0] !== undefined && values.data !== undefined) throw new UsageError('verify: give DIR or --data DIR, not both');
    const directory = named === undefined ? bundledDatasetDirectory() : existingFolder(io, named, 'DIR');
    const tables = named === undefined ? dataset : readDatasetTables(directory);
    const report = verifyDataset(tables, { readArchive: (source) => readArchive(source, directory) });
    if (!report.ok) {
      await write(io.stderr, `${formatIssues(report.issues)}\n${report.issues.length} problem(s) in ${directory}\n`);
      return exitCodes.dataError;
    }
    const { sources, speakers, quotes, archives } = report.counts;
    const { drafts, bySource } = draftCounts(tables as typeof dataset);
    const perSource = [...bySource].map(([source, count]) => `${source} ${count}`).join(', ');
    await write(
      io.stderr,
      `ok: ${sources} source(s), ${speakers} speaker(s), ${quotes} quote(s), ${archives} archive(s) verified in ${directory}\n` +
        `${drafts === 0 ? 'no drafts: every quote is curated or imported' : `${drafts} of ${quotes} quote(s) are still drafts to review (${perSource})`}\n`,
    );
    return exitCodes.ok;
  },
};
