-- intarray's sort(int[]) orders the delays of the referral indicators in C: the exact percentiles of a 12-month GST
-- selection (~1.3 million delays) without a tuple sort per step (ADR 0017). Shipped with PostgreSQL's contrib and
-- with PGlite, which loads it in client.ts.
CREATE EXTENSION IF NOT EXISTS intarray;
