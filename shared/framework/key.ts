/** The one key of a framework id and version, for maps and sets ("xa-2025" + "1.0"). */
export function frameworkKey(id: string, version: string): string {
  return `${id}\u0000${version}`;
}
