/**
 * guanai (关爱, "care"): the domain of China's rural elder-care programmes — 关爱农村留守老年人
 * (left-behind elders) and 空巢老人 (empty-nest elders) — as a framework-agnostic library.
 * Each module is also its own subpath (`guanai/models`, `guanai/i18n` …) so that a bundle takes
 * only what it uses. The root holds the domain modules; the boundary modules live only in their
 * subpaths — files (`guanai/io`, `guanai/xlsx`), iCalendar (`guanai/ical`) and the synthetic
 * sample data for demos and tests (`guanai/sample`) — so an app imports them by name and a
 * production bundle never carries the sample generators.
 * @packageDocumentation
 */

export * from './calendar/index.js';
export * from './compliance/index.js';
export * from './eligibility/index.js';
export * from './errors/index.js';
export * from './followup/index.js';
export * from './i18n/index.js';
export * from './models/index.js';
export * from './recurrence/index.js';
export * from './scheduling/index.js';
