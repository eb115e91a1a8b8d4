import helmet from 'helmet';

/**
 * Security headers on every response (helmet), with a Content-Security-Policy the web client
 * works under: its scripts, styles and fonts come from the portal itself; Mantine sets inline
 * styles, hence 'unsafe-inline' for styles only; no script runs from anywhere else or inline,
 * so even HTML that slipped into a case study, a question or a town name could not execute.
 * Pictures may also come from the map's tile server (`tileOrigin`, MAP_TILE_URL).
 */
export function securityHeaders({ tileOrigin }: { tileOrigin: string }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', tileOrigin],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The exported files and pictures may be linked from other sites.
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
}
