import { parentPort } from 'node:worker_threads';
import { getEdition } from '../../questionnaire/index.ts';
import { strippedKinds } from './source.ts';
import type { StrippedJob, StrippedReply } from './stripped-pool.ts';

/*
 * The importer's reading of source documents, on a thread of its own (stripped-pool.ts starts it):
 * plain Node runs this file as TypeScript, outside the build's bundle. A document it cannot read is
 * answered with an error, and the build then reads that one itself, so the error is the build's own.
 */
parentPort?.on('message', (job: StrippedJob) => {
  let reply: StrippedReply;
  try {
    reply = { id: job.id, kinds: [...strippedKinds(job.text, getEdition(job.edition))] };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
