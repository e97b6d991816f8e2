import type { Command } from '../command.js';
import { convertCommand } from './convert.js';
import { reportCommand } from './report.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

export const commands: readonly Command[] = [verifyCommand, reportCommand, validateCommand, convertCommand];
