/**
 * The words of a yes/no indicator's two answers. A framework may give them in the method text as it gives a
 * choice's labels ("yes = Không xảy ra sự cố (25 điểm); no = Có xảy ra sự cố (0 điểm)"), so an indicator worded
 * as a negative ("Không để xảy ra sự cố …") is answered in its own words; without them, "Có" / "Không".
 * Read from the method at display time: the framework's content (and fingerprint) is what the catalogue says.
 */
import { findChoiceLabel } from './scoring-rule';
import type { Indicator } from './types';

/** The two answers of a yes/no indicator: the framework's words, or Có / Không. */
export function boolLabels(ind: Pick<Indicator, 'method'>): { yes: string; no: string } {
  return { yes: findChoiceLabel(ind.method, 'yes') ?? 'Có', no: findChoiceLabel(ind.method, 'no') ?? 'Không' };
}
