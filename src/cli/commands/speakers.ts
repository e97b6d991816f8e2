import { findSpeakers, type SpeakerRecord } from '../../query/index.js';
import { exitCodes, write, type Command } from '../command.js';
import { dataFlag, dataHelp, datasetFrom } from './data.js';
import { asUsageError, csvFlags, quoteCounts, csvHelp, formatFrom, formatHelp, recordFormats, renderTable, writeRecords, type TableColumn } from './output.js';

export const speakersCommand: Command = {
  name: 'speakers',
  summary: 'list the speakers, with role, Wikidata QID and number of quotes',
  usage: `saidby speakers [--search NAME] [--data DIR] [--format table|csv|json|ndjson]

  --search NAME          only speakers with this id, name or alias (or all its words), any case and accents
${dataHelp}
${formatHelp(recordFormats)}
${csvHelp}`,
  options: { search: { type: 'string' }, ...dataFlag, format: { type: 'string' }, compact: { type: 'boolean' }, ...csvFlags },
  async run(values, _positionals, io) {
    const format = formatFrom(values, io, recordFormats);
    const { data } = datasetFrom(values, io);
    const found = values.search === undefined ? data.speakers : findSpeakers(values.search as string, data.speakers);
    if (format === 'table') {
      const counts = quoteCounts('speakerId', data.quotes);
      const columns: ReadonlyArray<TableColumn<SpeakerRecord>> = [
        { header: 'id', value: (speaker) => speaker.id },
        { header: 'name', value: (speaker) => speaker.name },
        { header: 'kind', value: (speaker) => speaker.kind },
        { header: 'wikidata', value: (speaker) => speaker.wikidata },
        { header: 'quotes', value: (speaker) => String(counts.get(speaker.id) ?? 0) },
        { header: 'role', value: (speaker) => speaker.role, flexible: true },
      ];
      await write(io.stdout, renderTable(columns, found, io.stdout.columns));
      return exitCodes.ok;
    }
    try {
      await writeRecords(format, 'speakers', found, io, values);
    } catch (error) {
      asUsageError(error, { columns: 'columns' });
    }
    return exitCodes.ok;
  },
};
