import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SaidbyError } from '../../error/index.js';
import { readArchivedText } from '../../io/files.js';
import { renderReport } from '../../report/index.js';
import { UsageError, exitCodes, write, type Command } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';

function fail(code: string, path: string, message: string): never {
  throw new SaidbyError([{ code, path: [path], message }]);
}

function textReader(directory: string) {
  return (source: Parameters<typeof readArchivedText>[0]) => {
    try {
      return readArchivedText(source, directory);
    } catch (error) {
      if (error instanceof SaidbyError) throw error;
      return fail('invalid_utf8', 'sources', `${source.archivePath} is not valid UTF-8`);
    }
  };
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
      texts: textReader(directory),
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
    });
    const target = resolve(io.cwd, out);
    writeFileSync(target, html, 'utf8');
    const sources = tables.sources.length;
    await write(io.stderr, `wrote ${target}: ${tables.quotes.length} quote(s) from ${sources} source(s)\n`);
    return exitCodes.ok;
  },
};
