// Its own file so the commune's form shows the remarks banner without loading the remarks workbook writer
// (initial-JS budget, issue 16).

/**
 * The headline of the remarks banner on the commune's form: how many indicators were adjusted and requested,
 * then EVERY one of them by code, in the order given (the file's order): "Huyện yêu cầu bổ sung 1 chỉ số, điều
 * chỉnh 1 chỉ số: 1.2 (điều chỉnh), 1.3 (yêu cầu bổ sung)". `who` is the verifier ("Huyện", "Tỉnh").
 */
export function remarksHeadline(
  items: readonly { code: string; verdict: 'request' | 'adjust' }[],
  who = 'Huyện',
): string {
  const requests = items.filter((i) => i.verdict === 'request').length;
  const adjusts = items.filter((i) => i.verdict === 'adjust').length;
  const parts: string[] = [];
  if (requests > 0) parts.push(`yêu cầu bổ sung ${requests} chỉ số`);
  if (adjusts > 0) parts.push(`điều chỉnh ${adjusts} chỉ số`);
  if (parts.length === 0) return `${who} không có nhận xét nào.`;
  const codes = items.map((i) => `${i.code} (${i.verdict === 'request' ? 'yêu cầu bổ sung' : 'điều chỉnh'})`);
  return `${who} ${parts.join(', ')}: ${codes.join(', ')}`;
}
