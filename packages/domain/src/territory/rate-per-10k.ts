/** A count per 10,000 inhabitants, rounded to two decimals (the unit the carte sanitaire uses); 0 without population. */
export const ratePer10k = (count: number, population: number): number =>
  population > 0 ? Math.round((count / population) * 1_000_000) / 100 : 0;
