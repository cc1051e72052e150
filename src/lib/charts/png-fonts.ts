import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/*
 * The font files resvg draws a chart image with: the shipped DejaVu Sans faces, cut down to the
 * characters the image holds. resvg-js reads its whole font file again for every glyph it looks up
 * (thx/resvg-js#367): with the 750 KB faces that copying cost more than the drawing. The cut faces
 * hold the same glyphs, so the PNGs are the same bytes (tests/unit/lib/charts/png.test.ts), from
 * files of about 50 KB.
 */

export const FONT_FAMILY = 'DejaVu Sans';
const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => resolve('src/assets/fonts', f));

const span = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
/**
 * Characters every cut face holds, so that most images share one pair of files: Latin with its
 * accents, general punctuation, the minus sign and the charts' marks.
 */
const COMMON = new Set(span(0x20, 0x7e) + span(0xa0, 0x17f) + span(0x2010, 0x203a) + '\u2212\u2713\u2715');

/** The characters of an SVG document that are not in COMMON, sorted: what sets its faces apart. */
export function extraCharacters(svg: string): string {
  const decoded = svg.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, digits: string) =>
    String.fromCodePoint(Number.parseInt(digits, hex ? 16 : 10)),
  );
  return [...new Set(decoded)]
    .filter((c) => !COMMON.has(c))
    .sort()
    .join('');
}

const folder = join(tmpdir(), 'lgq-chart-fonts');
const digest = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
/** A shipped face, read once per build, with the hash that names its cut files. */
interface Face {
  readonly bytes: Buffer;
  readonly hash: string;
}
let faces: readonly Face[] | undefined;

/**
 * subset-font (HarfBuzz's subsetter) run in a thread of its own that ends with the cut: it loads three
 * WebAssembly modules, two of them for WOFF2 that this never uses, whose 34 MB would otherwise stay
 * in the build process to its end.
 */
const SUBSETTER = `const { parentPort, workerData: w } = require('node:worker_threads');
require(w.subsetFont)(Buffer.from(w.bytes), w.text, { targetFormat: 'truetype' }).then((cut) => parentPort.postMessage(cut));`;

function subsetInThread(bytes: Buffer, text: string): Promise<Uint8Array> {
  const subsetFont = createRequire(resolve('package.json')).resolve('subset-font');
  return new Promise((done, fail) => {
    const worker = new Worker(SUBSETTER, { eval: true, workerData: { subsetFont, bytes, text } });
    worker.once('message', (cut: Uint8Array) => {
      done(cut);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`The font subsetter stopped (exit code ${String(code)}) before cutting a face`)));
  });
}

/** One face cut to `text`, in a file named by what it holds (so builds and threads share it). */
async function cutFace(face: Face, text: string): Promise<string> {
  const file = join(folder, `${face.hash}-${digest(text)}.ttf`);
  if (existsSync(file)) return file;
  const cut = await subsetInThread(face.bytes, text);
  mkdirSync(folder, { recursive: true });
  // Written aside and renamed, so a parallel build never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, cut);
  renameSync(partial, file);
  return file;
}

const memo = new Map<string, Promise<string[]>>();

/** The font files to draw `svg` with: both faces, holding every character it uses. */
export function fontFilesFor(svg: string): Promise<string[]> {
  const extra = extraCharacters(svg);
  let files = memo.get(extra);
  if (!files) {
    faces ??= FACES.map((path) => {
      const bytes = readFileSync(path);
      return { bytes, hash: digest(bytes) };
    });
    const text = [...COMMON].join('') + extra;
    files = Promise.all(faces.map((face) => cutFace(face, text)));
    memo.set(extra, files);
  }
  return files;
}

/** The shipped faces themselves, uncut. */
export const SHIPPED_FONT_FILES: readonly string[] = FACES;
