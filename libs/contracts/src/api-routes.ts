/** Paths of the HTTP API, relative to the server root; the web client builds its requests from these. */
export const API_PREFIX = '/api';
export const API_V1 = `${API_PREFIX}/v1`;

export const ApiRoutes = {
  health: `${API_PREFIX}/health`,
  docs: `${API_PREFIX}/docs`,
  municipalities: `${API_V1}/municipalities`,
  municipality: (id: string) => `${API_V1}/municipalities/${encodeURIComponent(id)}`,
} as const;
