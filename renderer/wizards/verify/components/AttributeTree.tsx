// The merged profile as an ARIA tree: arrow keys move and fold, Enter or Space selects; hover and focus preview a source.
import { Text } from '@mantine/core';
import { useMemo, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { Provenance } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import { displayValue, type AttributeNode } from '../model/attribute-tree';
import classes from './AttributeTree.module.css';

export interface AttributeTreeProps {
  label: string;
  nodes: readonly AttributeNode[];
  provenance: Readonly<Record<string, Provenance>>;
  datasetName(id: string): string;
  selected: string | null;
  collapsed: readonly string[];
  onSelect(path: string): void;
  onPreview(path: string | null): void;
  onCollapsedChange(paths: string[]): void;
}

interface VisibleItem {
  node: AttributeNode;
  level: number;
  parent: string | null;
}

function visibleItems(
  nodes: readonly AttributeNode[],
  collapsed: ReadonlySet<string>,
  level = 1,
  parent: string | null = null,
  out: VisibleItem[] = [],
): VisibleItem[] {
  for (const node of nodes) {
    out.push({ node, level, parent });
    if (node.children && !collapsed.has(node.path))
      visibleItems(node.children, collapsed, level + 1, node.path, out);
  }
  return out;
}

const pathOf = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest<HTMLElement>('[role="treeitem"]')?.dataset.path ?? null) : null;

export function AttributeTree({
  label,
  nodes,
  provenance,
  datasetName,
  selected,
  collapsed,
  onSelect,
  onPreview,
  onCollapsedChange,
}: AttributeTreeProps) {
  const root = useRef<HTMLUListElement>(null);
  const collapsedSet = useMemo(() => new Set(collapsed), [collapsed]);
  const items = useMemo(() => visibleItems(nodes, collapsedSet), [nodes, collapsedSet]);
  // Roving tabindex: the selected item (when visible) is the one Tab reaches, else the first.
  const tabStop = items.some((item) => item.node.path === selected)
    ? selected
    : (items[0]?.node.path ?? null);

  const focusPath = (path: string | null | undefined) => {
    if (!path) return;
    root.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus();
  };
  const setFolded = (path: string, isFolded: boolean) =>
    onCollapsedChange(isFolded ? [...collapsed, path] : collapsed.filter((candidate) => candidate !== path));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const path = pathOf(event.target);
    const index = items.findIndex((item) => item.node.path === path);
    const item = items[index];
    if (!item || !path) return;
    const isBranch = Boolean(item.node.children?.length);
    const isOpen = isBranch && !collapsedSet.has(path);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusPath(items[index + 1]?.node.path),
      ArrowUp: () => focusPath(items[index - 1]?.node.path),
      Home: () => focusPath(items[0]?.node.path),
      End: () => focusPath(items[items.length - 1]?.node.path),
      ArrowRight: () =>
        isOpen ? focusPath(items[index + 1]?.node.path) : isBranch && setFolded(path, false),
      ArrowLeft: () => (isOpen ? setFolded(path, true) : focusPath(item.parent)),
      Enter: () => onSelect(path),
      ' ': () => onSelect(path),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const path = pathOf(event.target);
    if (!path) return;
    if (event.target instanceof Element && event.target.closest('[data-toggle]'))
      setFolded(path, !collapsedSet.has(path));
    else onSelect(path);
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!root.current?.contains(event.relatedTarget)) onPreview(null);
  };

  const renderItems = (list: readonly AttributeNode[], level: number) =>
    list.map((node) => {
      const isBranch = Boolean(node.children?.length);
      const isOpen = isBranch && !collapsedSet.has(node.path);
      const source = provenance[node.path];
      const value = isBranch ? undefined : displayValue(node.value);
      return (
        <li
          key={node.path}
          role="treeitem"
          aria-level={level}
          aria-expanded={isBranch ? isOpen : undefined}
          aria-selected={node.path === selected}
          aria-label={value === undefined ? node.name : `${node.name}: ${value}`}
          tabIndex={node.path === tabStop ? 0 : -1}
          data-path={node.path}
          className={classes.item}
        >
          <div
            className={classes.row}
            style={{ paddingInlineStart: `calc(${level - 1} * 18px + 4px)` }}
            data-selected={node.path === selected || undefined}
          >
            <span className={classes.toggle} data-toggle={isBranch || undefined} aria-hidden="true">
              {isBranch ? (
                <Icon
                  name="chevronDown"
                  size={14}
                  style={{ transform: isOpen ? undefined : 'rotate(-90deg)' }}
                />
              ) : null}
            </span>
            <Text component="span" size="sm" fw={isBranch ? 600 : 500} className={classes.name}>
              {node.name}
            </Text>
            {value !== undefined ? (
              <Text component="span" size="sm" className={classes.value}>
                {value}
              </Text>
            ) : null}
            {source ? (
              <Text component="span" size="xs" c="dimmed" className={classes.source}>
                {datasetName(source.datasetId)}
              </Text>
            ) : null}
          </div>
          {isOpen && node.children ? (
            <ul role="group" className={classes.group}>
              {renderItems(node.children, level + 1)}
            </ul>
          ) : null}
        </li>
      );
    });

  return (
    <ul
      ref={root}
      role="tree"
      aria-label={label}
      className={classes.tree}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(event) => onPreview(pathOf(event.target))}
      onBlur={onBlur}
      onMouseOver={(event) => onPreview(pathOf(event.target))}
      onMouseLeave={() => onPreview(null)}
    >
      {renderItems(nodes, 1)}
    </ul>
  );
}
