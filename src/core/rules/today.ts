/**
 * The filing day. A module of its own because a wizard needs it to show its first step, and the rest of the
 * date rules can then load later.
 */
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Today on the citizen's device, in local time (a birth at 00:30 in Hà Nội is not "yesterday" in UTC). */
export function todayIso(now: Date = new Date()): string {
  const date = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
