import { COUNTRY_CODE_PATTERN, MUNICIPALITY_KINDS, type MunicipalityInput, PARTNERSHIP_STATUSES, type PartnershipStatus } from '@twinning/contracts';
import rawStarterData from './data/municipalities.json';

/** A municipality as an admin would enter it, with the stable key the seed matches it by. */
export interface StarterMunicipality extends MunicipalityInput {
  key: string;
}

export interface StarterPartnership {
  a: string;
  b: string;
  sinceYear: number;
  status: PartnershipStatus;
  programme: string | null;
  description: string;
}

export interface StarterData {
  municipalities: StarterMunicipality[];
  partnerships: StarterPartnership[];
}

/** The real towns and twinnings in data/municipalities.json (sources in data/README.md), checked. */
export function loadStarterData(): StarterData {
  return parseStarterData(rawStarterData);
}

/** Checks every record, so a mistake in the data file fails loudly, naming the record, before it reaches the database. */
export function parseStarterData(raw: unknown): StarterData {
  const data = raw as StarterData;
  if (!Array.isArray(data?.municipalities) || !Array.isArray(data?.partnerships)) {
    throw new Error('starter data: expected { municipalities: [...], partnerships: [...] }');
  }
  const keys = new Set<string>();
  for (const m of data.municipalities) {
    const fail = (reason: string) => {
      throw new Error(`starter data: municipality ${JSON.stringify(m.key)} ${reason}`);
    };
    if (typeof m.key !== 'string' || !/^[a-z]{2}-[a-z0-9-]+$/.test(m.key)) fail('has a malformed key');
    if (keys.has(m.key)) fail('appears twice');
    keys.add(m.key);
    if (!nonEmpty(m.nameLocal) || !nonEmpty(m.nameEn) || !nonEmpty(m.region)) fail('lacks a name or region');
    if (!COUNTRY_CODE_PATTERN.test(m.country) || !m.key.startsWith(`${m.country.toLowerCase()}-`)) fail('has a country that does not match its key');
    if (!(MUNICIPALITY_KINDS as readonly string[]).includes(m.kind)) fail(`has an unknown kind ${m.kind}`);
    if (!Number.isInteger(m.population) || m.population <= 0) fail('has no positive integer population');
    if (!Number.isInteger(m.populationYear) || m.populationYear < 1990 || m.populationYear > 2030) fail('has an implausible population year');
    if (!(Math.abs(m.latitude) <= 90 && Math.abs(m.longitude) <= 180)) fail('has coordinates out of range');
    if (m.website !== null && !/^https?:\/\/\S+$/.test(m.website)) fail('has a malformed website');
  }
  const pairs = new Set<string>();
  for (const p of data.partnerships) {
    const fail = (reason: string) => {
      throw new Error(`starter data: partnership ${p.a}–${p.b} ${reason}`);
    };
    if (!keys.has(p.a) || !keys.has(p.b)) fail('names a municipality that is not in the file');
    if (p.a === p.b) fail('twins a town with itself');
    const pair = [p.a, p.b].sort().join('|');
    if (pairs.has(pair)) fail('appears twice (A–B is B–A)');
    pairs.add(pair);
    if (!Number.isInteger(p.sinceYear) || p.sinceYear < 1945 || p.sinceYear > new Date().getFullYear()) fail('has an implausible year');
    if (!(PARTNERSHIP_STATUSES as readonly string[]).includes(p.status)) fail(`has an unknown status ${p.status}`);
    if (p.programme !== null && !nonEmpty(p.programme)) fail('has an empty programme');
    if (typeof p.description !== 'string') fail('has no description');
  }
  return data;
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
