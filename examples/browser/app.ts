/**
 * The page's script: computes the township's month with guanai (bundled from dist/) and draws
 * the counts table and the calendar. `main[data-state]` says when it is done, for the test.
 */

import { label } from 'guanai/i18n';
import { type CalendarVisit, type TownshipMonth, townshipMonth } from './township.js';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

function drawSummary(month: TownshipMonth, ms: number): void {
  byId('title').textContent = `${month.title} · 关爱走访月历`;
  const unplaced = month.unplaced.reduce((sum, u) => sum + u.visits, 0);
  const why = month.unplaced.map((u) => `${u.reason} ${u.visits}`).join('，');
  byId('summary').textContent =
    `统计日 ${month.asOf}　老人 ${month.elders} 人　留守或空巢老人结对 ${month.pairing.placed}/${month.pairing.elders} 人` +
    `（平均距离 ${month.pairing.meanKm.toFixed(2)} 公里）　已排走访 ${month.visits.length} 次` +
    (unplaced ? `，未排定 ${unplaced} 次（${why}）` : '');
  byId('timing').textContent = `在浏览器中计算用时 ${Math.round(ms)} 毫秒`;
}

function drawCounts(month: TownshipMonth): void {
  const tri = (['yes', 'no', 'unknown'] as const).map((t) => el('th', {}, label('tri', t)));
  const rows = month.categories.map((row) =>
    el(
      'tr',
      { 'data-key': row.key },
      el('th', { scope: 'row' }, row.name),
      el('td', {}, String(row.yes)),
      el('td', {}, String(row.no)),
      el('td', {}, String(row.unknown)),
    ),
  );
  byId('counts').replaceChildren(
    el('thead', {}, el('tr', {}, el('th', {}, '类别'), ...tri)),
    el('tbody', {}, ...rows),
  );
}

function drawCalendar(month: TownshipMonth, caregiverId: string): void {
  const perDay = new Map<string, number>();
  const mine = new Map<string, CalendarVisit[]>();
  for (const visit of month.visits) {
    perDay.set(visit.date, (perDay.get(visit.date) ?? 0) + 1);
    if (visit.caregiverId === caregiverId)
      mine.set(visit.date, [...(mine.get(visit.date) ?? []), visit]);
  }
  const cells = month.days.map((day) => {
    const classes = [day.inMonth ? '' : 'outside', day.isWorkingDay ? '' : 'rest'];
    const visits = (mine.get(day.date) ?? []).map((v) =>
      el(
        'li',
        { 'data-elder': v.elderId, title: `${v.elderId} ${v.channel}` },
        `${v.elderName} ${v.kind}`,
      ),
    );
    return el(
      'div',
      { class: `day ${classes.join(' ')}`.trim(), 'data-date': day.date },
      el(
        'div',
        { class: 'head' },
        el('span', { class: 'number' }, String(Number(day.date.slice(8)))),
        el('span', { class: 'note' }, day.note),
      ),
      el(
        'div',
        { class: 'total', 'data-total': String(perDay.get(day.date) ?? 0) },
        el('span', {}, `全部 ${perDay.get(day.date) ?? 0} 次`),
        visits.length ? el('span', { class: 'mine' }, `本人 ${visits.length} 次`) : '',
      ),
      el('ul', { class: 'visits' }, ...visits),
    );
  });
  byId('calendar').replaceChildren(
    ...WEEKDAYS.map((d) => el('div', { class: 'weekday' }, d)),
    ...cells,
  );
}

function drawPicker(month: TownshipMonth): HTMLSelectElement {
  const select = byId<HTMLSelectElement>('caregiver');
  select.replaceChildren(
    ...month.caregivers.map((c) =>
      el('option', { value: c.id }, `${c.name}（${c.role}，${c.id}）— ${c.visits} 次`),
    ),
  );
  select.addEventListener('change', () => drawCalendar(month, select.value));
  return select;
}

function main(): void {
  const started = performance.now();
  const month = townshipMonth();
  drawSummary(month, performance.now() - started);
  drawCounts(month);
  const select = drawPicker(month);
  drawCalendar(month, select.value);
  byId('app').dataset.state = 'ready';
}

// Let the browser paint 「正在计算…」 before the seconds of work.
setTimeout(() => {
  try {
    main();
  } catch (error) {
    byId('app').dataset.state = 'error';
    byId('summary').textContent = `出错：${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}, 0);
