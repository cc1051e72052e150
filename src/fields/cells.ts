/** One item per line inside a CSV cell (links, figures, accounts). */
export const LIST_SEPARATOR = '\n';
