// The only module that touches cytoscape: draws the nodes and edges it is given (tests replace it with a stub).
import { useEffect, useRef } from 'react';
import type { GraphEdge, GraphNode } from '../model/graph-elements';
import classes from './IdentityGraph.module.css';

export interface GraphColors {
  /** Fill colour per namespace code. */
  namespaces: Record<string, string>;
  label: string;
  edge: string;
  edgeLabel: string;
  background: string;
  focus: string;
}

export interface GraphCanvasProps {
  /** What the drawing shows, for assistive tech (the links are also listed as text next to it). */
  label: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  colors: GraphColors;
}

const MAX_LABEL = 20;
const nodeLabel = (node: GraphNode) =>
  node.value.length > MAX_LABEL ? `${node.value.slice(0, MAX_LABEL - 1)}…` : node.value;

export function GraphCanvas({ label, nodes, edges, colors }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);

  // cytoscape owns the canvas: created for the data and colours, destroyed when they change or the panel closes.
  useEffect(() => {
    let isCancelled = false;
    let destroy = () => {};
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (isCancelled || !container.current) return;
      const depth = Math.max(0, ...nodes.map((node) => node.depth));
      const cy = cytoscape({
        container: container.current,
        elements: [
          ...nodes.map((node) => ({
            data: {
              id: node.id,
              label: nodeLabel(node),
              color: colors.namespaces[node.namespace] ?? colors.edge,
              depth: node.depth,
              focus: node.isFocus ? 1 : 0,
            },
          })),
          ...edges.map((edge) => ({
            data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label },
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              'background-color': 'data(color)',
              label: 'data(label)',
              color: colors.label,
              'font-size': 11,
              'text-valign': 'bottom',
              'text-margin-y': 5,
              width: 26,
              height: 26,
              'border-width': 2,
              'border-color': colors.background,
            },
          },
          {
            selector: 'node[focus = 1]',
            style: {
              width: 34,
              height: 34,
              'border-width': 3,
              'border-color': colors.focus,
              'font-weight': 'bold',
            },
          },
          {
            selector: 'edge',
            style: {
              width: 2,
              'line-color': colors.edge,
              'curve-style': 'bezier',
              label: 'data(label)',
              'font-size': 10,
              'font-family': 'monospace',
              color: colors.edgeLabel,
              'text-background-color': colors.background,
              'text-background-opacity': 1,
              'text-background-padding': '2px',
              'text-rotation': 'autorotate',
            },
          },
        ],
        layout: {
          name: 'concentric',
          concentric: (node) => depth - Number(node.data('depth')),
          levelWidth: () => 1,
          // Start on the left, so a ring of two lies flat and its edge labels read horizontally.
          startAngle: Math.PI,
          minNodeSpacing: 130,
          animate: false,
          padding: 36,
        },
        // Fitting a small graph would blow it up; keep nodes and labels at a readable size.
        maxZoom: 1.4,
        minZoom: 0.2,
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
        autoungrabify: true,
      });
      destroy = () => cy.destroy();
    });
    return () => {
      isCancelled = true;
      destroy();
    };
  }, [nodes, edges, colors]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      className={classes.canvas}
      data-testid="identity-graph-canvas"
    />
  );
}
