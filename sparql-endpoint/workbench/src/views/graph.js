// The graph view: the first two entity columns of a result as a force-directed graph (d3-force),
// States, organisations and instruments told apart by colour and shape; a click on a node
// opens its page. Edges carry the relation column, if any, as their title.
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide } from 'd3-force';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { drag } from 'd3-drag';
import { entityColumns, entityOf, categoryColumn, numericColumn } from '../columns.js';
import { href, nameOf } from '../entities.js';
import { t, getLang } from '../i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = { State: '#1f6fb4', Organisation: '#c05a00', Instrument: '#2e7d32', Other: '#6a4c93' };
const kindOf = (entity) => (COLOURS[entity.kind] ? entity.kind : 'Other');

export function legend(items) {
  const ul = document.createElement('ul');
  ul.className = 'legend';
  for (const [label, colour] of items) {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    li.append(swatch, document.createTextNode(label));
    ul.append(li);
  }
  return ul;
}

export function renderGraph(container, result, index) {
  const [a, b] = entityColumns(result, index);
  if (!b) {
    const p = document.createElement('p');
    p.textContent = t('noGraph');
    container.replaceChildren(p);
    return;
  }
  const relation = categoryColumn(result, [a, b]);
  const weight = numericColumn(result);
  const nodes = new Map();
  const links = [];
  for (const row of result.rows) {
    const source = entityOf(row[a], index);
    const target = entityOf(row[b], index);
    if (!source || !target) continue;
    for (const e of [source, target]) if (!nodes.has(e.key)) nodes.set(e.key, { id: e.key, entity: e });
    links.push({ source: source.key, target: target.key, relation: relation ? row[relation]?.value : '',
      weight: weight ? Number(row[weight]?.value) || 1 : 1 });
  }
  const width = Math.max(container.clientWidth, 600);
  const height = 560;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'graph');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${t('graph')}: ${nodes.size} / ${links.length}`);
  const root = select(svg);
  const layer = root.append('g');
  const edge = layer.append('g').attr('class', 'edges').selectAll('line').data(links).join('line')
    .attr('stroke-width', (d) => Math.min(1 + Math.log2(d.weight), 6));
  edge.append('title').text((d) => d.relation);
  const node = layer.append('g').attr('class', 'nodes').selectAll('a').data([...nodes.values()]).join('a')
    .attr('href', (d) => href(d.entity.iri));
  node.append('circle').attr('r', (d) => (d.entity.kind === 'Instrument' ? 7 : 9))
    .attr('fill', (d) => COLOURS[kindOf(d.entity)]).attr('data-kind', (d) => kindOf(d.entity));
  node.append('text').attr('dx', 11).attr('dy', 4).text((d) => d.entity.key);
  node.append('title').text((d) => `${nameOf(d.entity, getLang())} (${d.entity.kind})`);

  const simulation = forceSimulation([...nodes.values()])
    .force('link', forceLink(links).id((d) => d.id).distance(70))
    .force('charge', forceManyBody().strength(-160))
    .force('center', forceCenter(width / 2, height / 2))
    .force('collide', forceCollide(14))
    .on('tick', () => {
      edge.attr('x1', (d) => d.source.x).attr('y1', (d) => d.source.y).attr('x2', (d) => d.target.x).attr('y2', (d) => d.target.y);
      node.attr('transform', (d) => `translate(${d.x},${d.y})`);
    });
  node.call(drag()
    .on('start', (e, d) => { if (!e.active) simulation.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
    .on('drag', (e, d) => { d.fx = e.x; d.fy = e.y; })
    .on('end', (e, d) => { if (!e.active) simulation.alphaTarget(0); d.fx = null; d.fy = null; }));
  root.call(zoom().scaleExtent([0.2, 5]).on('zoom', (e) => layer.attr('transform', e.transform)));

  container.replaceChildren(legend([[t('legendState'), COLOURS.State], [t('legendOrganisation'), COLOURS.Organisation],
    [t('legendInstrument'), COLOURS.Instrument], [t('legendOther'), COLOURS.Other]]), svg);
  return () => simulation.stop();
}
