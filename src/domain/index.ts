// The domain: types and schemas shared by every stage.
export * from './article.js';
export * from './evidence.js';
export * from './layoff-event.js';
export * from './errors.js';
