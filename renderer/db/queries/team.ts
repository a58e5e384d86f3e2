import type { TeamMember } from '@shared/verify/minutes';

/** The stored team as read back (meta holds `unknown` after an old backup): keeps only well-formed members. */
export function restoreTeam(input: unknown): TeamMember[] {
  if (!Array.isArray(input)) return [];
  return input
    .filter((m): m is { name: unknown; position: unknown } => typeof m === 'object' && m !== null)
    .map((m) => ({
      name: typeof m.name === 'string' ? m.name : '',
      position: typeof m.position === 'string' ? m.position : '',
    }))
    .filter((m) => m.name.trim() !== '' || m.position.trim() !== '');
}
