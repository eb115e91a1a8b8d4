import { isIPv4, isIPv6 } from 'node:net';
import { type Request } from 'express';

/**
 * The address every limit counts by: Express's (which honours TRUST_PROXY), with an IPv6 client
 * keyed by its /64, since one subscriber or server usually holds a whole /64 and could otherwise
 * take a fresh address for every request. IPv4 addresses, written plainly or mapped into IPv6
 * (`::ffff:192.0.2.1`), stay themselves.
 */
export function clientAddress(request: Request): string {
  return addressKey(request.ip);
}

export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  if (isIPv4(ip)) return ip;
  const groups = ipv6Groups(ip);
  if (!groups) return ip;
  const isIPv4Mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isIPv4Mapped) return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail converted); null when it is not one. */
function ipv6Groups(ip: string): number[] | null {
  const address = ip.replace(/%.*$/, '');
  if (!isIPv6(address)) return null;
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const pair = (high: string, low: string) => ((Number(high) << 8) | Number(low)).toString(16);
  const hex = dotted ? `${dotted[1]}${pair(dotted[2], dotted[3])}:${pair(dotted[4], dotted[5])}` : address;
  const [head, tail] = hex.includes('::') ? hex.split('::') : [hex, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((group) => parseInt(group, 16));
}
