import { chartImagePaths, svgImageResponse } from '../../../lib/pages/chart-images.ts';

// Each drawn chart of a question page as a standalone SVG, its title and source inside.
export const getStaticPaths = chartImagePaths;
export const GET = svgImageResponse;
