// Validate every response file and list every problem as `file:line:col  field  message`.
// Usage: node scripts/validate.ts [content/responses]   (LGQ_CONTENT_DIR also works)
import { resolve } from 'node:path';
import { formatProblem, validateContentDir } from '../src/lib/validate/index.ts';
import { contentDir, sourcesDir } from '../src/lib/data/content-dir.ts';
import { answerHelp } from './lib/usage.ts';

const USAGE = `
Usage: npm run validate [-- content/responses]

Validates every response file against its edition's schema and lists every problem as
\`file:line:col  field  message\`. The folder defaults to LGQ_CONTENT_DIR or content/responses.

  -h, --help       show this help
`;
answerHelp(USAGE);

const dir = resolve(process.argv[2] ?? contentDir());
// Source documents: beside the responses (or in their .sources), unless LGQ_SOURCES_DIR says otherwise.
const { responses, problems, fileCount } = await validateContentDir(
  dir,
  process.env['LGQ_SOURCES_DIR'] ? { sourcesDir: sourcesDir() } : {},
);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} of ${fileCount} file(s) under ${dir}`,
  );
  process.exit(1);
}
if (fileCount === 0) {
  console.error(`✗ no response files under ${dir}`);
  process.exit(1);
}
console.log(`✓ ${responses.length} response file(s) valid under ${dir}`);
