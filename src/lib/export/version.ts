/*
 * The dataset's version, named by every download and citation. A placeholder home until the
 * versioned-releases work (issue 14 §3) lands its own src/lib/export/version.ts: keep theirs.
 */
export const DATASET_VERSION = '2026.12';
