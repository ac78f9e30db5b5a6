/**
 * Which local addresses accept TCP connections on a port, read from the kernel's socket
 * tables (Linux /proc/net/tcp and tcp6): proof of what a server binds, not what it claims.
 */
import { readFileSync } from 'node:fs';

const LISTEN = '0A';

export function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const [file, decode] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    let table: string;
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      continue; // no IPv6 on this machine
    }
    for (const line of table.trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = (local ?? '').split(':');
      if (state === LISTEN && address && hexPort && parseInt(hexPort, 16) === port) addresses.push(decode(address));
    }
  }
  return addresses;
}

/** 0100007F → 127.0.0.1 (the kernel writes each 32-bit word in host byte order). */
function ipv4(hex: string): string {
  return (hex.match(/../g) ?? [])
    .reverse()
    .map((byte) => parseInt(byte, 16))
    .join('.');
}

function ipv6(hex: string): string {
  const words = (hex.match(/.{8}/g) ?? []).map((word) => (word.match(/../g) ?? []).reverse().join(''));
  const full = words.join('').match(/.{4}/g) ?? [];
  const text = full.map((group) => group.replace(/^0+(?=.)/, '')).join(':');
  return text === '0:0:0:0:0:0:0:0' ? '::' : text === '0:0:0:0:0:0:0:1' ? '::1' : text;
}
