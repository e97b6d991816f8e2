import type { Command } from '../command.js';
import { verifyCommand } from './verify.js';

export const commands: readonly Command[] = [verifyCommand];
