import { createServer } from 'node:net';

/** A server process this API started itself, for development and tests. */
export interface LocalService {
  stop(): Promise<void>;
}

export type ServiceLog = (message: string) => void;

export const PLATFORM_HINT = (variable: string) =>
  `Set ${variable} to a running server, or run the whole stack with docker/compose.yaml.`;

/** A TCP port nothing listens on right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
