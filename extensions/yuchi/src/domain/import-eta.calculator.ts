// How long an import still needs, from how far it is through its file: the bytes consumed since this process
// began (a resumed run skips its first part in moments, so that part says nothing about speed) against the time
// taken, applied to the bytes left. Rows are no measure here: a file's row count is unknown until its end.
// The worker stores the result in import_runs.eta_seconds; formatEta (import-eta.ts) says it in Japanese.

export interface EtaInput {
  bytesRead: number;
  bytesTotal: number;
  // Where this process began reading for real (0, or the position of the checkpoint a resumed run skipped to).
  bytesAtStart: number;
  elapsedSeconds: number;
}

// Below this much progress the rate is mostly start-up noise.
const MIN_SECONDS = 1;
const MIN_SHARE = 0.001;

/** Seconds left, or null while there is too little progress to tell. */
export function estimateRemainingSeconds({ bytesRead, bytesTotal, bytesAtStart, elapsedSeconds }: EtaInput): number | null {
  if (bytesTotal <= 0) return null;
  if (bytesRead >= bytesTotal) return 0;
  const done = bytesRead - bytesAtStart;
  if (elapsedSeconds < MIN_SECONDS || done <= 0 || done / bytesTotal < MIN_SHARE) return null;
  return Math.ceil(((bytesTotal - bytesRead) * elapsedSeconds) / done);
}
