// The timeline view: a result's date column on a time axis, one dot per row, coloured by its
// category column (action, relation, kind…) and labelled by its first entity; when the result
// has a number column (an amount), a bar chart of its sum per year below.
import { scaleTime, scaleLinear, scaleBand, scaleOrdinal } from 'd3-scale';
import { axisBottom, axisLeft } from 'd3-axis';
import { select } from 'd3-selection';
import { dateColumn, numericColumn, categoryColumn, entityColumns, entityOf } from '../columns.js';
import { nameOf } from '../entities.js';
import { t, getLang } from '../i18n.js';
import { legend } from './graph.js';

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#1f6fb4', '#c05a00', '#2e7d32', '#6a4c93', '#b00020', '#00796b', '#5d4037', '#455a64'];

function parse(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  return m ? new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1)) : null;
}

function svgOf(width, height, label) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return svg;
}

export function renderTimeline(container, result, index) {
  const column = dateColumn(result);
  if (!column) {
    const p = document.createElement('p');
    p.textContent = t('noTimeline');
    container.replaceChildren(p);
    return;
  }
  const [who] = entityColumns(result, index);
  const category = categoryColumn(result, [column, who]);
  const points = result.rows.map((row) => ({ date: parse(row[column]?.value ?? ''), row })).filter((p) => p.date);
  const categories = [...new Set(points.map((p) => (category ? row(p, category) : '')))];
  const colour = scaleOrdinal(categories, PALETTE);
  const width = 960;
  const margin = { left: 30, right: 30, top: 10, bottom: 30 };
  const lanes = new Map();
  const x = scaleTime().domain(extent(points.map((p) => p.date))).nice().range([margin.left, width - margin.right]);
  for (const p of points) {
    const year = p.date.getUTCFullYear();
    p.lane = lanes.get(year) ?? 0;
    lanes.set(year, p.lane + 1);
  }
  const height = margin.top + margin.bottom + 18 * Math.max(4, ...lanes.values());
  const svg = svgOf(width, height, `${t('timeline')}: ${points.length}`);
  svg.setAttribute('class', 'timeline');
  const root = select(svg);
  root.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x));
  const dot = root.append('g').selectAll('circle').data(points).join('circle')
    .attr('class', 'event')
    .attr('cx', (p) => x(p.date)).attr('cy', (p) => height - margin.bottom - 12 - 18 * p.lane).attr('r', 6)
    .attr('fill', (p) => colour(category ? row(p, category) : ''));
  dot.append('title').text((p) => {
    const entity = who ? entityOf(p.row[who], index) : null;
    return [entity ? nameOf(entity, getLang()) : '', category ? row(p, category) : '', p.row[column].value].filter(Boolean).join(' — ');
  });
  if (points.length <= 60) {
    const [, other] = entityColumns(result, index);
    root.append('g').selectAll('text').data(points).join('text')
      .attr('class', 'event-label')
      .attr('x', (p) => x(p.date) + 9).attr('y', (p) => height - margin.bottom - 8 - 18 * p.lane)
      .text((p) => [who, category, other].filter(Boolean).map((c) => row(p, c)).join(' '));
  }
  const parts = [svg];
  if (category) parts.unshift(legend(categories.map((c) => [c, colour(c)])));
  const amount = numericColumn(result);
  if (amount) parts.push(chart(points, amount));
  container.replaceChildren(...parts);
}

function chart(points, amount) {
  const sums = new Map();
  for (const p of points) {
    const year = p.date.getUTCFullYear();
    sums.set(year, (sums.get(year) ?? 0) + (Number(p.row[amount]?.value) || 0));
  }
  const years = [...sums.keys()].sort();
  const width = 960;
  const height = 240;
  const margin = { left: 80, right: 20, top: 20, bottom: 30 };
  const x = scaleBand(years, [margin.left, width - margin.right]).padding(0.2);
  const y = scaleLinear([0, Math.max(...sums.values())], [height - margin.bottom, margin.top]).nice();
  const svg = svgOf(width, height, `${amount} ${t('perYear')}`);
  svg.setAttribute('class', 'chart');
  const root = select(svg);
  root.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x));
  root.append('g').attr('transform', `translate(${margin.left},0)`).call(axisLeft(y).ticks(5));
  root.append('g').selectAll('rect').data(years).join('rect')
    .attr('x', (yr) => x(yr)).attr('width', x.bandwidth())
    .attr('y', (yr) => y(sums.get(yr))).attr('height', (yr) => y(0) - y(sums.get(yr)))
    .attr('fill', '#1f6fb4')
    .append('title').text((yr) => `${yr}: ${sums.get(yr)}`);
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = `${amount} ${t('perYear')}`;
  figure.append(svg, caption);
  return figure;
}

function row(p, column) {
  return p.row[column]?.value ?? '';
}

function extent(dates) {
  const times = dates.map((d) => d.getTime());
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  return lo === hi ? [new Date(lo - 3e10), new Date(hi + 3e10)] : [new Date(lo), new Date(hi)];
}
