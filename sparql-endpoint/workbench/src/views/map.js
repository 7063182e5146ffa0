// The map view: a result's State column on a world map (Natural Earth countries from the
// world-atlas package, whose ids are ISO 3166-1 numeric = M49 codes, as our States carry),
// coloured by the result's number column if it has one, else by presence. The map data is a
// separate chunk, loaded the first time the map is shown.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { feature } from 'topojson-client';
import { stateColumn, entityOf, numericColumn } from '../columns.js';
import { href, nameOf } from '../entities.js';
import { t, getLang } from '../i18n.js';
import { legend } from './graph.js';

const SVG = 'http://www.w3.org/2000/svg';
const PRESENT = '#1f6fb4';
const ABSENT = '#e4e4e4';

export async function renderMap(container, result, index) {
  const column = stateColumn(result, index);
  if (!column) {
    const p = document.createElement('p');
    p.textContent = t('noMap');
    container.replaceChildren(p);
    return;
  }
  const valueColumn = numericColumn(result);
  const byCode = new Map();
  for (const row of result.rows) {
    const state = entityOf(row[column], index);
    if (!state?.m49) continue;
    const code = state.m49.padStart(3, '0');
    const entry = byCode.get(code) ?? { state, value: 0, rows: 0 };
    entry.rows++;
    entry.value += valueColumn ? Number(row[valueColumn]?.value) || 0 : 1;
    byCode.set(code, entry);
  }
  const world = (await import('world-atlas/countries-110m.json')).default;
  const countries = feature(world, world.objects.countries).features;
  const values = [...byCode.values()].map((e) => e.value);
  const colour = valueColumn && values.length
    ? scaleLinear().domain([Math.min(...values), Math.max(...values)]).range(['#9ecae1', '#08306b'])
    : () => PRESENT;
  const width = 960;
  const height = 500;
  const projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'map');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${t('map')}: ${byCode.size}`);
  const root = select(svg);
  root.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  const shapes = root.append('g').selectAll('g').data(countries).join((enter) => enter.append('g'));
  shapes.each(function draw(d) {
    const entry = byCode.get(String(d.id));
    const target = entry ? select(this).append('a').attr('href', href(entry.state.iri)) : select(this);
    target.append('path').attr('d', path(d))
      .attr('class', entry ? 'country coloured' : 'country')
      .attr('data-m49', d.id)
      .attr('fill', entry ? colour(entry.value) : ABSENT)
      .append('title').text(entry ? `${nameOf(entry.state, getLang())}: ${entry.value}` : d.properties.name);
  });
  container.replaceChildren(legend(valueColumn
    ? [[`${valueColumn} ${Math.min(...values)}`, '#9ecae1'], [`${valueColumn} ${Math.max(...values)}`, '#08306b'], [t('mapAbsent'), ABSENT]]
    : [[t('mapPresent'), PRESENT], [t('mapAbsent'), ABSENT]]), svg);
}
