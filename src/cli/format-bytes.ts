// Sizes as people read them, for `papers compact` and `papers info`.

/** "1.6 MiB", "225 KiB": binary units, as `ls -lh` and `du -h` show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
