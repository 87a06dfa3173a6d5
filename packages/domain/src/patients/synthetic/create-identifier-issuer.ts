import type { Random } from './create-random';
import type { SyntheticAmoScheme } from './synthetic-record';

/**
 * CIN letter prefixes by province of the Tanger-Tétouan-Al Hoceima region. The prefix reflects the issuing office;
 * this mapping is a plausible guess from general knowledge (format and prefixes to confirm with the DGSN).
 */
const cinPrefixesByProvince: Readonly<Record<string, readonly string[]>> = {
  '01.511': ['K', 'KA', 'KB'], // Tanger-Assilah
  '01.227': ['K', 'KB'], // Fahs-Anjra
  '01.573': ['L', 'LA'], // M'diq-Fnideq
  '01.571': ['L', 'LA', 'LB'], // Tétouan
  '01.331': ['LC', 'LG'], // Larache
  '01.051': ['R', 'RA'], // Al Hoceima
  '01.151': ['LE', 'LF'], // Chefchaouen
  '01.405': ['GK', 'GN'], // Ouezzane
};
/** Prefixes of other regions, for people whose card was issued before they moved to the region (to confirm). */
const otherRegionPrefixes = ['A', 'AB', 'B', 'BE', 'BH', 'BK', 'C', 'CD', 'D', 'G', 'J', 'JA', 'U', 'Z'] as const;

/** Issues identifiers that are unique within one generated population (unless the caller corrupts them). */
export interface IdentifierIssuer {
  /** A CIN such as `KB123456`: 1–2 letters and 6 digits (format to confirm). */
  cin(provinceCode: string): string;
  /** An AMO registration number (format to confirm); null for the `none` scheme. */
  amoNumber(scheme: SyntheticAmoScheme): string | null;
  /** A mobile number in E.164 form, `+2126…` or `+2127…`. */
  phone(): string;
}

/**
 * A sequence of distinct numbers in [0, modulus): an affine permutation `(multiplier * n + offset) mod modulus`,
 * so the numbers look scattered but never repeat before `modulus` draws.
 */
function createUniqueSequence(modulus: number, multiplier: number, offset: number): () => number {
  let counter = 0;
  return () => {
    const value = Number((BigInt(multiplier) * BigInt(counter) + BigInt(offset)) % BigInt(modulus));
    counter += 1;
    return value;
  };
}

/** Creates an identifier issuer whose sequences are shifted by the seeded random source. */
export function createIdentifierIssuer(random: Random): IdentifierIssuer {
  const cinSequences = new Map<string, () => number>();
  // Multipliers are coprime with their moduli (7^10 with 9·10^8; odd and not ending in 5 with powers of ten),
  // so each sequence is a permutation.
  const cnssSequence = createUniqueSequence(900_000_000, 282_475_249, random.int(900_000_000));
  const cnopsSequence = createUniqueSequence(10_000_000, 7_654_321, random.int(10_000_000));
  const phoneSequence = createUniqueSequence(200_000_000, 123_456_791, random.int(200_000_000));

  const cinNumber = (prefix: string): number => {
    let sequence = cinSequences.get(prefix);
    if (sequence === undefined) {
      sequence = createUniqueSequence(1_000_000, 746_173, random.int(1_000_000));
      cinSequences.set(prefix, sequence);
    }
    return sequence();
  };

  return {
    cin(provinceCode) {
      const local = cinPrefixesByProvince[provinceCode];
      const prefix = local === undefined || random.chance(0.12) ? random.pick(otherRegionPrefixes) : random.pick(local);
      return prefix + String(cinNumber(prefix)).padStart(6, '0');
    },
    amoNumber(scheme) {
      if (scheme === 'none') {
        return null;
      }
      // CNSS manages the private-sector, TNS, Tadamon and Achamil schemes: a 9-digit immatriculation is assumed;
      // CNOPS affiliation numbers are assumed to be 7 digits (both formats to confirm).
      return scheme === 'CNOPS' ? String(cnopsSequence()).padStart(7, '0') : String(100_000_000 + cnssSequence());
    },
    phone() {
      const value = phoneSequence();
      return `+212${value < 100_000_000 ? '6' : '7'}${String(value % 100_000_000).padStart(8, '0')}`;
    },
  };
}
