/**
 * The words that follow the receiving level: a district verifies its communes before 1/7/2025, a province (Sở Khoa
 * học và Công nghệ) from then on. Screens, files and the e-mail take their words from here, never a literal "huyện".
 */

/** The level of the unit that receives and verifies communes' files. */
export type ReceivingLevel = 'district' | 'province';

export interface LevelWords {
  /** "huyện" / "tỉnh": "… không thuộc huyện này". */
  noun: string;
  /** "cấp huyện" / "cấp tỉnh". */
  tier: string;
  /** "UBND huyện" / "UBND tỉnh". */
  council: string;
  /** The office that verifies: "UBND huyện" / "Sở Khoa học và Công nghệ". */
  verifier: string;
  /** The commune-level units it verifies: "xã, phường, thị trấn" / "xã, phường, đặc khu". */
  communes: string;
}

export const LEVEL_WORDS: Readonly<Record<ReceivingLevel, LevelWords>> = {
  district: {
    noun: 'huyện',
    tier: 'cấp huyện',
    council: 'UBND huyện',
    verifier: 'UBND huyện',
    communes: 'xã, phường, thị trấn',
  },
  province: {
    noun: 'tỉnh',
    tier: 'cấp tỉnh',
    council: 'UBND tỉnh',
    verifier: 'Sở Khoa học và Công nghệ',
    communes: 'xã, phường, đặc khu',
  },
};

/** The receiving level of a unit type ('province' for a province, 'district' otherwise). */
export function levelOf(type: string | undefined): ReceivingLevel {
  return type === 'province' ? 'province' : 'district';
}

/** The words for a receiving unit's type. */
export function wordsFor(type: string | undefined): LevelWords {
  return LEVEL_WORDS[levelOf(type)];
}
