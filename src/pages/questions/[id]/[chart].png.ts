import { chartImagePaths, pngImageResponse } from '../../../lib/pages/chart-images.ts';

// Each drawn chart of a question page as a PNG, made from its standalone SVG.
export const getStaticPaths = chartImagePaths;
export const GET = pngImageResponse;
