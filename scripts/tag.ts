/**
 * Command-line tagger: `npm run -s tag -- FILE` (or `-` for stdin).
 * Input: JSON Lines, each `{title, description?, budget?, platformSkills?, platformLevel?, platform?, src?}`
 * (`platform` a marketplace's id or name, `src` one like "fiverr-2023").
 * Output: one JSON line per input line, in order:
 * `{"skills":[{"id","name"},…],"difficulty":{"level","score","reasons","uncertain"}}`, or
 * `{"error":"…"}` for a line that is not JSON or has no title. Blank lines are skipped (they
 * carry no listing, and editors often leave one at the end of a file).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { tagLine } from './tag-line';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run -s tag -- FILE   (JSON Lines; "-" reads stdin)');
    process.exit(2);
  }
  // Piped into `head`, the reader may go away early: that is a normal end, not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (e) => {
    console.error(`tag: ${e.message}`);
    process.exit(1);
  });
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    process.stdout.write(`${tagLine(line)}\n`);
  }
}

await main();
