/** A link to OpenStreetMap with a marker at the given point. */
export function openStreetMapUrl(latitude: number, longitude: number, zoom = 12): string {
  const params = new URLSearchParams({ mlat: String(latitude), mlon: String(longitude) });
  return `https://www.openstreetmap.org/?${params.toString()}#map=${zoom}/${latitude}/${longitude}`;
}

/** The website only if it is a plain http(s) address, so stored data can never run script via `javascript:`. */
export function safeWebsiteUrl(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
