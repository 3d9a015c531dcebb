/**
 * Keeps SopSettings in line with the client: the editor's display language from `initialize`,
 * and the `sop.language` / `sop.validation.profile` settings; re-validates everything when
 * they change so that messages switch language at once.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { SopServices } from '../sop-module.js';
import { langFromLocale } from '../sop-settings.js';
import type { Lang } from '../syntax/keywords.js';

/** The `sop` settings section as clients send it. */
export interface SopClientSettings {
    language?: 'auto' | Lang;
    validation?: { profile?: 'sop-ap' | 'generic' };
}

/** Applies a settings section; returns true when something changed. */
export function applyClientSettings(services: SopServices, editorLocale: string | undefined, section: SopClientSettings | undefined): boolean {
    const settings = services.sop.Settings;
    const before = `${settings.locale}/${settings.defaultProfile}`;
    const language = section?.language;
    settings.locale = language === 'id' || language === 'en' ? language : langFromLocale(editorLocale, 'en');
    const profile = section?.validation?.profile;
    settings.defaultProfile = profile === 'generic' ? 'generic' : 'sop-ap';
    return before !== `${settings.locale}/${settings.defaultProfile}`;
}

/** Wires initialize + configuration updates to the settings. */
export function registerSettingsSync(shared: LangiumSharedServices, services: SopServices): void {
    let editorLocale: string | undefined;
    shared.lsp.LanguageServer.onInitialize(params => {
        editorLocale = params.locale;
        applyClientSettings(services, editorLocale, params.initializationOptions?.sop as SopClientSettings | undefined);
    });
    // Langium fetches the `sop` section after `initialized` but fires no update for it: read it
    // once the provider is ready, so settings sent through workspace/configuration apply at start.
    void shared.workspace.ConfigurationProvider.ready.then(async () => {
        const provider = shared.workspace.ConfigurationProvider;
        const section: SopClientSettings = {
            language: await provider.getConfiguration('sop', 'language'),
            validation: await provider.getConfiguration('sop', 'validation'),
        };
        if (section.language === undefined && section.validation === undefined) return;
        if (applyClientSettings(services, editorLocale, section)) rebuildAll(shared);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'sop') return;
        if (applyClientSettings(services, editorLocale, update.configuration as SopClientSettings)) rebuildAll(shared);
    });
}

/**
 * Re-validates every document, so diagnostics switch language or profile at once. Under the
 * workspace lock like every other update (an update running beside a build corrupts it), and a
 * failure is logged: an unhandled rejection would end the server.
 */
function rebuildAll(shared: LangiumSharedServices): void {
    const uris = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
    shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris as URI[], [], token))
        .catch(error => console.error('Re-validation after a settings change failed:', error));
}
