import type { DeepReadonly } from '../../dataset/index.js';
import { dateText } from '../../query/index.js';
import type { Source } from '../../schema/records.js';
import { exitCodes, write, type Command } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { asUsageError, csvFlags, quoteCounts, csvHelp, formatFrom, formatHelp, recordFormats, renderTable, writeRecords, type TableColumn } from './output.js';

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'list the reporting articles, with outlet, publication date, address and number of quotes',
  usage: `saidby sources [--data DIR] [--format table|csv|json|ndjson]

${dataHelp}
${formatHelp(recordFormats)}
${csvHelp}`,
  options: { ...dataFlag, format: { type: 'string' }, compact: { type: 'boolean' }, ...csvFlags },
  async run(values, _positionals, io) {
    const format = formatFrom(values, io, recordFormats);
    const { data } = datasetFrom(values, io);
    if (format === 'table') {
      const counts = quoteCounts('sourceId', data.quotes);
      const columns: ReadonlyArray<TableColumn<DeepReadonly<Source>>> = [
        { header: 'id', value: (source) => source.id },
        { header: 'outlet', value: (source) => source.outlet },
        { header: 'published', value: (source) => dateText(source.published) },
        { header: 'quotes', value: (source) => String(counts.get(source.id) ?? 0) },
        { header: 'url', value: (source) => source.url },
        { header: 'title', value: (source) => source.title, flexible: true },
      ];
      await write(io.stdout, renderTable(columns, data.sources, io.stdout.columns));
      return exitCodes.ok;
    }
    try {
      await writeRecords(format, 'sources', data.sources, io, values);
    } catch (error) {
      asUsageError(error, { columns: 'columns' });
    }
    return exitCodes.ok;
  },
};
