// The operator CLI's rule for imports: success only when something was accepted, or nothing was rejected.
export function importExitCode({ accepted, rejected }: { accepted: number; rejected: number }): 0 | 1 {
  return accepted > 0 || rejected === 0 ? 0 : 1;
}
