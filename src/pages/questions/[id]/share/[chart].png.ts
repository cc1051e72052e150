import { chartImagePaths, shareImageResponse } from '../../../../lib/pages/chart-images.ts';

// Each drawn chart of a question page as a 1200×630 share image (Open Graph), from the same SVG.
export const getStaticPaths = chartImagePaths;
export const GET = shareImageResponse;
