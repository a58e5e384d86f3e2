// Typed values for generated sample assessments (the rehearsal sample, the benchmarks' commune files).

/** A valid value of `ind`'s value type, varied by `i` (the indicator's position, plus the commune's in a batch). */
export function sampleRaw(ind, i) {
  switch (ind.valueType) {
    case 'boolean':
      return { value: i % 3 ? 'yes' : 'no' };
    case 'choice':
      return { value: ind.scoring.options[i % ind.scoring.options.length]?.key ?? '' };
    case 'count':
      return { value: String(i % 9) };
    case 'percent':
      return { value: `${(i * 7) % 100},5` };
    case 'ratio':
      return { numerator: String(i % 12), denominator: '15' };
    default:
      return { declared: '2.416', points: '5' };
  }
}
