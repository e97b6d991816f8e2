import type { Command } from '../command.js';
import { reportCommand } from './report.js';
import { verifyCommand } from './verify.js';

export const commands: readonly Command[] = [verifyCommand, reportCommand];
