import type { Command } from '../command.js';
import { convertCommand } from './convert.js';
import { everydayCommands } from './everyday.js';
import { extractCommand } from './extract.js';
import { reportCommand } from './report.js';
import { reviewCommand } from './review.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

export const commands: readonly Command[] = [...everydayCommands, verifyCommand, reportCommand, validateCommand, convertCommand, extractCommand, reviewCommand];
