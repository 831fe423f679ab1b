/**
 * iCalendar (RFC 5545) export of planned visits — one event per visit with a stable UID, at its
 * time in China (`TZID=Asia/Shanghai`) or all day on its due day — and of to-do lists, one
 * all-day event per task; summaries and descriptions in zh-CN or English, the same file on every
 * host, whatever its time zone.
 * @module ical
 */

export type { ScheduledVisitsInput } from './scheduledVisitsInput.js';
export { type TasksToICalendarOptions, tasksToICalendar } from './tasksToICalendar.js';
export { type ToICalendarOptions, toICalendar } from './toICalendar.js';
