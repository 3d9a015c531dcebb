/**
 * The command-line flags every browser of an export starts with, whoever starts it (playwright
 * for the drawings of `sop export`, the PDF printer of the CLI and the VS Code extension).
 */

/** Flags for a quiet, sandbox-free headless run (containers have no user namespaces). */
export const CHROMIUM_FLAGS: readonly string[] = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // Offline for real: no host name resolves (no DNS query at all), no prefetch, no pings, no
    // reporting, no probing of a DNS-over-HTTPS or IPv6 server; pages are set from memory anyway.
    '--host-resolver-rules=MAP * ~NOTFOUND', '--dns-prefetch-disable', '--no-pings', '--disable-domain-reliability',
    '--disable-client-side-phishing-detection', '--disable-breakpad', '--disable-default-apps', '--disable-extensions',
    '--metrics-recording-only', '--no-default-browser-check',
    // Edge may restart itself on Windows; the first process would then exit before the work is done.
    '--edge-skip-compat-layer-relaunch',
    // Google Chrome and Microsoft Edge take these flags too. Chromium honours only the last
    // --disable-features, and this one comes after Playwright's, so it repeats Playwright's list
    // (Edge's forced sign-in, search preconnects, ...) besides our own offline features.
    `--disable-features=${[
        'AsyncDns', 'DnsOverHttps', 'NetworkTimeServiceQuerying', 'OptimizationHints', 'MediaRouter',
        'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
        'LensOverlay', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin',
        'AimEnabled', 'PreconnectToSearch', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
    ].join(',')}`,
];
