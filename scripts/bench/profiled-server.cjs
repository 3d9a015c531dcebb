// The language server bundle (or SOP_PROFILED_BIN) under the inspector's CPU profiler; the profile is
// written to SOP_PROFILE_DIR when the server exits. Used by scripts/bench/profile-lsp.ts.
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
session.post('Profiler.start');
process.on('exit', () => {
  session.post('Profiler.stop', (err, { profile }) => {
    fs.mkdirSync(process.env.SOP_PROFILE_DIR, { recursive: true });
    fs.writeFileSync(`${process.env.SOP_PROFILE_DIR}/server-${process.pid}.cpuprofile`, JSON.stringify(profile));
  });
});
require(process.env.SOP_PROFILED_BIN ?? require('node:path').join(__dirname, '../../packages/server/out/sop-language-server.cjs'));
