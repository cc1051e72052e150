import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { getEdition } from '../../questionnaire/index.ts';
import type { StrippedLine } from '../import/report.ts';
import { strippedKinds } from './source.ts';

/*
 * The source pages' costliest step, the importer reading each whole document (10 to 20 ms a document,
 * a tenth of a large build), on the second core: while the build renders one source page, a worker
 * thread reads the documents of the next AHEAD pages of its route. Memory stays bounded: at most
 * AHEAD + 1 documents are sent and not yet taken.
 *
 * Without a worker (in the dev server, when its file is not beside the project's sources, or when the
 * thread cannot start or dies) each document is read in the calling thread, as before. Either way the
 * result is strippedKinds'.
 */

type Kinds = Map<number, StrippedLine['kind']>;

export interface StrippedJob {
  readonly id: string;
  readonly text: string;
  readonly edition: number;
}
export type StrippedReply =
  | { readonly id: string; readonly kinds: readonly (readonly [number, StrippedLine['kind']])[] }
  | { readonly id: string; readonly error: string };

/** Pages whose documents are read ahead of the page being rendered. */
export const AHEAD = 8;

/** What the pool needs of a document: an id, its edition, and its text (read when it is sent). */
export interface StrippedSource {
  readonly id: string;
  readonly edition: number;
  readonly text: () => string;
}

/** Each item with the AHEAD items after it: a route's pages, each with the pages rendered next. */
export function withFollowing<T>(items: readonly T[]): { readonly item: T; readonly following: readonly T[] }[] {
  return items.map((item, i) => ({ item, following: items.slice(i + 1, i + 1 + AHEAD) }));
}

interface Pending {
  readonly job: StrippedJob;
  readonly done: Promise<Kinds>;
  /** Settle with the kinds, or with the error of reading the document here; only the first call counts. */
  readonly settle: (kinds: () => Kinds) => void;
}

const WORKER_FILE = resolve('src/lib/pages/stripped-worker.ts');
/**
 * The worker's heap bound: it holds the questionnaire, the importer's bounded memos and one document at
 * a time. Its heap adds to the build's (bounded apart, scripts/lib/astro-build.ts); past this bound the
 * worker stops and the build reads the documents itself.
 */
export const WORKER_HEAP_MB = 256;

const readHere = (job: StrippedJob): Kinds => strippedKinds(job.text, getEdition(job.edition));

class StrippedPool {
  readonly #worker: Worker;
  /** Sent to the worker (answered or not), not yet taken by a page. */
  readonly #sent = new Map<string, Pending>();
  readonly #taken = new Set<string>();
  #busy = 0;
  #dead = false;

  constructor() {
    this.#worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.#worker.unref();
    this.#worker.on('message', (reply: StrippedReply) => this.#answered(reply));
    this.#worker.on('error', (error) => this.#die(error));
    this.#worker.on('exit', () => this.#die());
  }

  async kinds(source: StrippedSource, following: readonly StrippedSource[]): Promise<Kinds> {
    const pending = this.#sent.get(source.id) ?? this.#send(source);
    for (const next of following) if (!this.#sent.has(next.id) && !this.#taken.has(next.id)) this.#send(next);
    try {
      return await pending.done;
    } finally {
      this.#sent.delete(source.id);
      this.#taken.add(source.id);
    }
  }

  #send(source: StrippedSource): Pending {
    const job: StrippedJob = { id: source.id, text: source.text(), edition: source.edition };
    let settle: Pending['settle'] = () => undefined;
    const done = new Promise<Kinds>((resolveKinds, reject) => {
      let settled = false;
      settle = (kinds) => {
        if (settled) return;
        settled = true;
        try {
          resolveKinds(kinds());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
    });
    const pending = { job, done, settle };
    this.#sent.set(source.id, pending);
    if (this.#dead) {
      pending.settle(() => readHere(job));
      return pending;
    }
    // The worker holds the process open only while it has work: an idle one must not keep the build running.
    if (this.#busy++ === 0) this.#worker.ref();
    this.#worker.postMessage(job);
    return pending;
  }

  #answered(reply: StrippedReply): void {
    if (--this.#busy === 0) this.#worker.unref();
    const pending = this.#sent.get(reply.id);
    // A document the worker could not read is read here, so its error is thrown where its page renders.
    pending?.settle(() => ('kinds' in reply ? new Map(reply.kinds) : readHere(pending.job)));
  }

  get alive(): boolean {
    return !this.#dead;
  }

  /**
   * The worker is gone: what it still owed is read here (answered documents stay as they are), and so
   * is everything after.
   */
  #die(error?: Error): void {
    if (this.#dead) return;
    this.#dead = true;
    if (this.#busy > 0 || error)
      console.warn(`Source pages: the worker reading documents stopped (${error?.message ?? 'it exited'}); the build reads them itself.`);
    for (const pending of this.#sent.values()) pending.settle(() => readHere(pending.job));
  }
}

let pool: StrippedPool | null | undefined;

/*
 * Not in the dev server: the worker loads the questionnaire and the importer outside Vite, so it would
 * not see them change while the server runs. (Vitest sets DEV too, and its tests want the worker.)
 */
const inDevServer = import.meta.env?.DEV === true && process.env['VITEST'] === undefined;

function thePool(): StrippedPool | null {
  if (pool === undefined) {
    try {
      pool = !inDevServer && existsSync(WORKER_FILE) ? new StrippedPool() : null;
    } catch {
      pool = null;
    }
  }
  return pool;
}

/** Are documents read on the worker thread (the tests ask)? */
export function readsOnWorker(): boolean {
  return thePool()?.alive ?? false;
}

/**
 * The importer's classification of the lines no answer uses (strippedKinds) for `source`, read on the
 * worker when there is one, which meanwhile reads `following`, the documents of the pages rendered next.
 */
export async function strippedKindsOf(source: StrippedSource, following: readonly StrippedSource[] = []): Promise<Kinds> {
  const p = thePool();
  if (!p) return readHere({ id: source.id, text: source.text(), edition: source.edition });
  return p.kinds(source, following);
}
