import type { APIRoute } from 'astro';
import { OTHER_EDITIONS } from '../../../questions/_data.ts';
import { closedOverviewCsv } from '../../../questions/_downloads.ts';

export const getStaticPaths = () => OTHER_EDITIONS.map((edition) => ({ params: { edition: String(edition) }, props: { edition } }));
export const GET: APIRoute = ({ props }) => closedOverviewCsv((props as { edition: number }).edition);
