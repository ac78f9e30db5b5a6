/**
 * Zone arithmetic with Intl: the offset of an IANA zone at an instant, the instant a wall clock
 * shows, the calendar day of an instant, and the zone a city names ("Kyiv time").
 */

/** The zone of datelines that name none, unless the caller (DEFAULT_TIME_ZONE in config.ts) says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** Whether Intl knows `zone` as an IANA time zone ("Europe/London", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
function wallClock(zone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(zone, format);
  }
  return format;
}

const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();

/**
 * Offset of `zone` from UTC at `instant`, in minutes. Zones change their offset only at whole
 * quarter hours of UTC, so one answer serves each quarter hour.
 */
export function zoneOffset(zone: string, instant: number): number {
  const key = `${zone} ${Math.floor(instant / QUARTER_HOUR)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts = wallClock(zone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The instant at which the wall clock in `zone` shows the given local time (DST-correct). */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, zone: string, second = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = wall - zoneOffset(zone, wall) * 60_000;
  instant = wall - zoneOffset(zone, instant) * 60_000;
  return new Date(instant);
}

/** The regions of IANA zone names, in which a city's zone is looked for ("Kyiv" → Europe/Kyiv). */
const ZONE_REGIONS = ['Europe', 'Asia', 'Africa', 'America', 'Australia', 'Pacific', 'Atlantic', 'Indian'];
const cityZones = new Map<string, string | null>();

/** The IANA zone of a city as pages name it ("Kyiv time" → Europe/Kyiv), null when there is none. */
export function cityZone(city: string): string | null {
  const known = cityZones.get(city);
  if (known !== undefined) return known;
  let zone: string | null = null;
  for (const region of ZONE_REGIONS) {
    const name = `${region}/${city.replace(/\s+/g, '_')}`;
    try {
      wallClock(name);
      zone = name;
      break;
    } catch {
      // Not a zone of this region.
    }
  }
  if (cityZones.size > 1_000) cityZones.clear();
  cityZones.set(city, zone);
  return zone;
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a zone (YYYY-MM-DD): the day readers saw on the page. */
export function localDay(instant: Date, zone: string): string {
  let format = calendars.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    calendars.set(zone, format);
  }
  return format.format(instant);
}
