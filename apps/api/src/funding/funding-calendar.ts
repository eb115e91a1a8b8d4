import { type FundingCall } from '@twinning/contracts';

/**
 * The calls' deadlines as an iCalendar (RFC 5545) feed: one all-day event on each closing day.
 * Written by hand because it is small; the tests read it back with a parser.
 */
export function fundingCallsCalendar(calls: FundingCall[], options: { host: string; now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Twinning Exchange//Funding calls//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Twinning Exchange – funding deadlines')}`,
    ...calls.flatMap((call) => [
      'BEGIN:VEVENT',
      `UID:funding-call-${call.id}@${options.host}`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART;VALUE=DATE:${basicDate(call.closesOn)}`,
      // DTEND is exclusive: an all-day event ends the next day.
      `DTEND;VALUE=DATE:${basicDate(nextDay(call.closesOn))}`,
      `SUMMARY:${escapeText(`Deadline: ${call.title} (${call.programme.name})`)}`,
      `DESCRIPTION:${escapeText(`${call.programme.name}: ${call.title}. Open from ${call.opensOn} to ${call.closesOn}.`)}`,
      `URL:${call.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, a line break becomes \n. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: a line longer than 75 octets is folded, the next part starting with a space.
 * Cuts fall between characters, so a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // The first line holds 75 octets; the following ones 74 after their leading space.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(day: string): string {
  return day.replaceAll('-', '');
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
