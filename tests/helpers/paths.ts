import { resolve } from 'node:path';

/** The real-content build (npm run build). */
export const DIST = resolve(process.env['LGQ_TEST_DIST'] ?? 'dist');
/** The fictional demo build (npm run demo): 193 generated responses. */
export const DEMO_DIST = resolve(process.env['LGQ_TEST_DEMO_DIST'] ?? 'dist-demo');
/** The Almaty source document, as received, beside its response. */
export const ALMATY_SOURCE = resolve('content/sources/2022/almaty.txt');
