export type ServiceStatus = 'up' | 'down';

export interface ServiceHealth {
  status: ServiceStatus;
  /** Round-trip time of the check, in milliseconds. */
  latencyMs: number;
}

/** Changes waiting to reach the search index. */
export interface SearchOutboxHealth {
  pending: number;
  /** Age of the oldest waiting change; null when none waits. */
  oldestPendingSeconds: number | null;
  /** Changes that failed too often and wait for an operator (`npm run search:reindex` puts them right). */
  parked: number;
}

export interface HealthReport {
  /** `ok` when every service is up and no search change is parked. */
  status: 'ok' | 'degraded';
  services: {
    postgres: ServiceHealth;
    meilisearch: ServiceHealth;
  };
  /** Null when PostgreSQL cannot say. */
  searchOutbox: SearchOutboxHealth | null;
}

/** GET /api/health/live: the process answers. */
export interface LivenessReport {
  status: 'ok';
}

/** GET /api/health/ready: `unavailable` with the reason while it must get no traffic. */
export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  reason?: string;
}
