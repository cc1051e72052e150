import { chartDownloadPaths, csvResponse } from '../../../lib/pages/question-downloads.ts';

// The data of each chart on a question page, as CSV: exactly the chart's table.
export const getStaticPaths = chartDownloadPaths;
export const GET = csvResponse;
