/** Entry point of the bundled `sop` binary. */
import { main } from './main.js';

// A reader that stops early (`sop diff | head`, a pager closed before the end) closes the pipe:
// stop quietly, as git does, instead of printing a stack trace.
process.stdout.on('error', e => {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
});

main(process.argv.slice(2)).then(code => { process.exitCode = code; });
