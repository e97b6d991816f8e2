import type { Command } from '../command.js';
import { exportCommand } from './export.js';
import { quotesCommand } from './quotes.js';
import { schemaCommand } from './schema.js';
import { sourcesCommand } from './sources.js';
import { speakersCommand } from './speakers.js';

/** The everyday commands: asking the dataset questions and getting files out of it. */
export const everydayCommands: readonly Command[] = [quotesCommand, speakersCommand, sourcesCommand, exportCommand, schemaCommand];
