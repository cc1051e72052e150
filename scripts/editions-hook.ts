// Lets the scripts use another set of editions, as the site does (src/integrations/editions-registry.ts):
//   LGQ_EDITIONS_MODULE=path/to/registry.ts node --import ./scripts/editions-hook.ts scripts/validate.ts <dir>
import { registerEditionsHook } from '../src/integrations/editions-registry.ts';
import { answerHelp } from './lib/usage.ts';

// Loaded with --import, the arguments are the other script's: answer --help only when run directly.
if (process.argv[1] === import.meta.filename)
  answerHelp(`
Usage: LGQ_EDITIONS_MODULE=path/to/registry.ts node --import ./scripts/editions-hook.ts scripts/<script>.ts …

Not a command: a module loaded before another script so that it reads the editions registry named
by LGQ_EDITIONS_MODULE instead of src/questionnaire/editions.ts, as the site build does
(src/integrations/editions-registry.ts). The tests use it for a fictional 2099 edition.

  -h, --help       show this help
`);
registerEditionsHook();
