import { csvResponse, otherEditionChartDownloadPaths } from '../../../../../lib/pages/question-downloads.ts';

// The data of each chart on a question page of an edition other than the latest, as CSV.
export const getStaticPaths = otherEditionChartDownloadPaths;
export const GET = csvResponse;
