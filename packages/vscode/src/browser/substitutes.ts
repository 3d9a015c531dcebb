/**
 * Compile-time check of the web build's substitutes (scripts/build.mjs, `webEntries`): each web
 * module offers what the shared extension code imports from the desktop module it replaces.
 * Nothing here runs; `tsc -b` fails when a desktop module gains an export the web one lacks.
 */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type * as DesktopFormats from '../extension/export/formats.js';
import type * as DesktopWrite from '../extension/export/write-file.js';
import type * as WebClient from './client.js';
import type * as WebFormats from './formats.js';
import type * as WebWrite from './write-file.js';

type Provides<Web, Desktop> = { [K in keyof Desktop]: K extends keyof Web ? (Web[K] extends Desktop[K] ? true : K) : K };
type AllTrue<T> = [Exclude<T[keyof T], true>] extends [never] ? true : Exclude<T[keyof T], true>;

export const formatsMatch: AllTrue<Provides<typeof WebFormats, typeof DesktopFormats>> = true;
export const writeFileMatch: AllTrue<Provides<typeof WebWrite, typeof DesktopWrite>> = true;
export const clientMatch: typeof WebClient.startClient extends (context: vscode.ExtensionContext) => Promise<BaseLanguageClient> ? true : false = true;
