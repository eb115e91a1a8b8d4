export * from './api-routes';
export * from './errors';
export * from './pagination';
export * from './municipalities';
export * from './partnerships';
export * from './accounts';
export * from './admin';
export * from './health';
