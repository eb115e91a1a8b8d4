export type ServiceStatus = 'up' | 'down';

export interface ServiceHealth {
  status: ServiceStatus;
  /** Round-trip time of the check, in milliseconds. */
  latencyMs: number;
  /** Why the service is down; absent when it is up. */
  error?: string;
}

export interface HealthReport {
  /** `ok` when every service is up. */
  status: 'ok' | 'degraded';
  services: {
    postgres: ServiceHealth;
    meilisearch: ServiceHealth;
  };
}
