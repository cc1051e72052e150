import { chartDownloadPaths, jsonResponse } from '../../../lib/pages/question-downloads.ts';

// The data of each chart on a question page, as JSON: exactly the chart's table, with its title and notes.
export const getStaticPaths = chartDownloadPaths;
export const GET = jsonResponse;
