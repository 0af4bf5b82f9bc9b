import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { AsyncView } from '../components/AsyncView.js';
import { communityPath } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import {
  groupColour,
  type NetworkEdge,
  type NetworkNode,
  nodeLabel,
  tiesOf,
} from '../lib/network-view.js';
import { useApi } from '../lib/use-api.js';

interface NetworkData {
  readonly nodes: NetworkNode[];
  readonly edges: NetworkEdge[];
}

function NetworkMap({ data }: { data: NetworkData }) {
  const { t, lang } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const selectedRef = useRef<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const groups = [...new Set(data.nodes.map((n) => n.community))].sort(
    (a, b) => (a ?? -1) - (b ?? -1),
  );
  useEffect(() => {
    if (!container.current) return;
    const graph = new Graph({ type: 'undirected' });
    for (const n of data.nodes) {
      graph.addNode(String(n.id), {
        x: n.x,
        y: n.y,
        size: 3 + Math.sqrt(n.degree),
        color: groupColour(n.community),
        label: nodeLabel(n),
      });
    }
    for (const e of data.edges) {
      const [s, d] = [String(e.source), String(e.target)];
      if (graph.hasNode(s) && graph.hasNode(d) && !graph.hasEdge(s, d))
        graph.addEdge(s, d, {
          size: Math.min(4, 0.5 + Math.log1p(e.weight) / 2),
          color: '#c9ced6',
        });
    }
    try {
      const sigma = new Sigma(graph, container.current, {
        labelRenderedSizeThreshold: 9,
        nodeReducer: (node, attrs) => {
          const focus = selectedRef.current;
          if (!focus || node === focus || graph.areNeighbors(node, focus))
            return { ...attrs, highlighted: node === focus };
          return { ...attrs, color: '#e3e6eb', label: '' };
        },
        edgeReducer: (edge, attrs) => {
          const focus = selectedRef.current;
          if (!focus) return attrs;
          return graph.hasExtremity(edge, focus)
            ? { ...attrs, color: '#3d4451' }
            : { ...attrs, hidden: true };
        },
      });
      sigma.on('clickNode', ({ node }) => setSelected(Number(node)));
      sigma.on('clickStage', () => setSelected(null));
      renderer.current = sigma;
      setFailed(false);
    } catch {
      // Without WebGL the map cannot be drawn; the list of members below still shows the ties.
      setFailed(true);
    }
    return () => {
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [data]);
  useEffect(() => {
    selectedRef.current = selected === null ? null : String(selected);
    renderer.current?.refresh();
  }, [selected]);
  const camera = () => renderer.current?.getCamera();
  const node = data.nodes.find((n) => n.id === selected);
  const sorted = [...data.nodes].sort((a, b) => nodeLabel(a).localeCompare(nodeLabel(b), lang));
  return (
    <div className="network">
      <fieldset className="toolbar">
        <legend className="sr-only">{t('web:network.zoom')}</legend>
        <button type="button" onClick={() => camera()?.animatedZoom({ duration: 200 })}>
          {t('web:network.zoomIn')}
        </button>
        <button type="button" onClick={() => camera()?.animatedUnzoom({ duration: 200 })}>
          {t('web:network.zoomOut')}
        </button>
        <button type="button" onClick={() => camera()?.animatedReset({ duration: 200 })}>
          {t('web:network.reset')}
        </button>
        <label>
          {t('web:network.pick')}{' '}
          <select
            value={selected ?? ''}
            onChange={(e) => setSelected(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('web:network.nobody')}</option>
            {sorted.map((n) => (
              <option key={n.id} value={n.id}>
                {nodeLabel(n)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {failed ? <p className="muted">{t('web:network.noWebgl')}</p> : null}
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label={t('web:network.alt', { nodes: data.nodes.length, edges: data.edges.length })}
      />
      <ul className="legend">
        {groups.map((g) => (
          <li key={String(g)}>
            <span className="swatch" style={{ background: groupColour(g) }} aria-hidden="true" />{' '}
            {g === null ? t('web:network.noGroup') : t('report:network.group', { n: g + 1 })} (
            {formatNumber(lang, data.nodes.filter((n) => n.community === g).length)})
          </li>
        ))}
      </ul>
      {node ? (
        <section className="card" aria-live="polite" aria-labelledby="member-ties">
          <h2 id="member-ties">{t('web:network.tiesOf', { name: nodeLabel(node) })}</h2>
          <p>
            {node.community === null
              ? t('web:network.noGroup')
              : t('report:network.group', { n: node.community + 1 })}{' '}
            · {t('web:network.degree', { count: node.degree })}
          </p>
          <ul className="ties">
            {tiesOf(node.id, data.nodes, data.edges).map((tie) => (
              <li key={tie.node.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setSelected(tie.node.id)}
                >
                  {nodeLabel(tie.node)}
                </button>{' '}
                <span className="muted">
                  {t('web:network.weight', { weight: formatNumber(lang, tie.weight, 1) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted">{t('web:network.hint')}</p>
      )}
    </div>
  );
}

/** The network map: zoom, sub-groups coloured, a member's ties on click or from the list. */
export function NetworkPage({ slug }: { slug: string }) {
  const { t } = useLang();
  const state = useApi<NetworkData>(communityPath(slug, 'network'));
  return (
    <>
      <p>{t('web:network.intro')}</p>
      <AsyncView state={state}>{(data) => <NetworkMap data={data} />}</AsyncView>
    </>
  );
}
