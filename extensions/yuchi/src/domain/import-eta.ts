// How an import's remaining time is said in Japanese (the CLI line and the データ取込 page); the estimate itself is
// import-eta.calculator.ts.

/** "約 3 分", "約 1 時間 5 分", "1 分未満". */
export function formatEta(seconds: number): string {
  if (seconds < 60) return '1 分未満';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `約 ${minutes} 分`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `約 ${hours} 時間` : `約 ${hours} 時間 ${rest} 分`;
}
