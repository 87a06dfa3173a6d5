/** One measured figure of `npm run bench:hr`, with its target when the issue sets one (issue #5, Performance). */
export type HrMetrics = Record<string, { value: number; unit: string; target?: number }>;
