/**
 * The LSP providers of the SOP language (completion, hover, code actions, formatter, navigation ...).
 * Each provider lives in its own file in this folder and is registered here.
 */
import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';

/** Services the LSP layer adds (none beyond Langium's yet). */
export type SopLspServices = object;

/** Overrides of Langium's LSP providers. */
export const SopLspModule: Module<never, PartialLangiumServices> = {};
