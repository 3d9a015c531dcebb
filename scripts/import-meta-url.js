// Injected into CommonJS bundles: what `import.meta.url` would be for the bundle file.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
