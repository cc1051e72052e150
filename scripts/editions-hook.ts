// Lets the scripts use another set of editions, as the site does (src/integrations/editions-registry.ts):
//   LGQ_EDITIONS_MODULE=path/to/registry.ts node --import ./scripts/editions-hook.ts scripts/validate.ts <dir>
import { registerEditionsHook } from '../src/integrations/editions-registry.ts';

registerEditionsHook();
