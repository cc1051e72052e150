import { jsonResponse, otherEditionChartDownloadPaths } from '../../../../../lib/pages/question-downloads.ts';

// The data of each chart on a question page of an edition other than the latest, as JSON.
export const getStaticPaths = otherEditionChartDownloadPaths;
export const GET = jsonResponse;
