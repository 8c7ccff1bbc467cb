/** Whether times show in the conference's zone or the visitor's own. */
export type TimeDisplayChoice = 'conference' | 'local';

/**
 * The IANA zone to show times in, given the visitor's choice and their machine's zone.
 *
 * @example displayZone('local', 'America/Chicago', 'Asia/Tokyo') // "Asia/Tokyo"
 */
export function displayZone(
  choice: TimeDisplayChoice,
  conferenceZone: string,
  machineZone: string,
): string {
  return choice === 'local' ? machineZone : conferenceZone;
}

/**
 * The zone the machine running this code is set to, as Intl reports it.
 *
 * @example machineTimeZone() // "Europe/Berlin"
 */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
