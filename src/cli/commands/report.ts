import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../files/index.js';
import { readArchivedText } from '../../io/files.js';
import { renderReport } from '../../report/index.js';
import type { FrozenDataset } from '../../dataset/index.js';
import { tableNames } from '../../schema/vocabulary.js';
import { UsageError, exitCodes, write, type Command } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { outputRefusalAsUsage } from './output.js';

function inputsOf(tables: FrozenDataset, directory: string): string[] {
  const archives = tables.sources.flatMap((source) => (source.archivePath === null ? [] : [join(directory, source.archivePath)]));
  return [...tableNames.map((table) => join(directory, `${table}.json`)), ...archives];
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'write a self-contained HTML review page of a dataset',
  usage: `saidby report --out FILE [--data DIR] [--title TEXT]

Writes one HTML file that shows each archived article with every quote span highlighted (colour per
speaker; direct, indirect and mixed quotes told apart by underline style), cues and speaker names marked,
and a filterable list of the quotes with speaker, role, date, origin, claim type and check-worthiness.
The page makes no network requests and works opened from disk.

  --out FILE    where to write the page (required)
${dataHelp}
                         (the full "saidby verify"; any problem is exit 1 and no page is written)
  --title TEXT  the page title`,
  options: { out: { type: 'string', short: 'o' }, ...dataFlag, title: { type: 'string' } },
  async run(values, _positionals, io) {
    const out = values.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('report: --out FILE is required');
    const { data: tables, directory } = datasetFrom(values, io);
    const html = renderReport(tables, {
      texts: (source) => readArchivedText(source, directory),
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
    });
    const target = resolve(io.cwd, out);
    try {
      await writeFileAtomic(target, html, { inputs: inputsOf(tables, directory) });
    } catch (error) {
      throw outputRefusalAsUsage(error);
    }
    const sources = tables.sources.length;
    await write(io.stderr, `wrote ${target}: ${tables.quotes.length} quote(s) from ${sources} source(s)\n`);
    return exitCodes.ok;
  },
};
