/**
 * Commands other than `check`, each in its own file: name → runner returning the exit code.
 */
import type { CommandIO } from '../io.js';

export type CommandRunner = (args: string[], io: CommandIO) => Promise<number>;

/** Registered commands (export, fmt, diff ...). */
export const commandModules: Record<string, CommandRunner> = {};
commandModules.export = (args, io) => import('./export.js').then(m => m.exportCommand(args, io));
commandModules.fmt = (args, io) => import('./fmt.js').then(m => m.fmtCommand(args, io));
commandModules.diff = (args, io) => import('./diff.js').then(m => m.diffCommand(args, io));
commandModules.import = (args, io) => import('./import.js').then(m => m.importCommand(args, io));
commandModules.report = (args, io) => import('./report.js').then(m => m.reportCommand(args, io));
