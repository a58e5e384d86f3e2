import type { TeamMember } from '@shared/verify/minutes';

/**
 * People typed one per line, "Họ tên, chức vụ" (or "Họ tên - chức vụ"): the name before the first comma or dash
 * between spaces, the position after it; blank lines are skipped.
 */
export function parsePeople(text: string): TeamMember[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(.*?)(?:\s*,\s*|\s+[-–—]\s+)(.*)$/u.exec(line);
      return m ? { name: m[1]!.trim(), position: m[2]!.trim() } : { name: line, position: '' };
    });
}
