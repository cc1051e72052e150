/**
 * `--help` / `-h`: print the script's usage on stdout and exit 0. Each script calls this before it
 * parses its arguments or does anything else, so asking for help never runs the script.
 */
export function answerHelp(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}
