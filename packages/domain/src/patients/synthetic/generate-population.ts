import { generatePopulationBatches, type GeneratePopulationInput } from './generate-population-batches';
import type { SyntheticRecord } from './synthetic-record';

/**
 * Generates a whole synthetic population in memory (convenient for tests and small demos; stream
 * `generatePopulationBatches` for large counts).
 * @throws AppError validation_failed when the input is out of range.
 */
export function generatePopulation(input: GeneratePopulationInput): SyntheticRecord[] {
  const records: SyntheticRecord[] = [];
  for (const batch of generatePopulationBatches(input)) {
    records.push(...batch.records);
  }
  return records;
}
