// A field list as an accessible tree (role tree, arrow keys): name, XDM type, title, identity and required marks.
import { Badge, Group, Text, Tree, useTree, type TreeNodeData } from '@mantine/core';
import { useMemo } from 'react';
import type { SchemaField } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { buildFieldTree, type FieldNode } from './field-tree';
import classes from './SchemaWizard.module.css';
import { Icon } from '../../app/icons';

function toTreeData(nodes: readonly FieldNode[]): TreeNodeData[] {
  return nodes.map((node) => ({
    value: node.path,
    label: node.name,
    nodeProps: { field: node.field },
    ...(node.children.length > 0 ? { children: toTreeData(node.children) } : {}),
  }));
}

export function FieldTree({ fields, label }: { fields: readonly SchemaField[]; label: string }) {
  const t = useT();
  const data = useMemo(() => toTreeData(buildFieldTree(fields)), [fields]);
  const tree = useTree();
  return (
    <Tree
      data={data}
      tree={tree}
      aria-label={label}
      levelOffset="lg"
      className={classes.tree}
      renderNode={({ node, expanded, hasChildren, elementProps }) => {
        const field = (node.nodeProps as { field?: SchemaField } | undefined)?.field;
        return (
          <Group gap={6} wrap="nowrap" {...elementProps}>
            <span
              className={classes.treeChevron}
              data-expanded={expanded || undefined}
              data-leaf={!hasChildren || undefined}
            >
              {hasChildren ? <Icon name="chevronRight" size={14} /> : null}
            </span>
            <Text span size="sm" ff="monospace" className={classes.treeName}>
              {node.label}
            </Text>
            {field ? (
              <Badge size="xs" variant="light" color="gray" radius="sm" tt="none">
                {field.xdmType}
              </Badge>
            ) : null}
            {field?.identity ? (
              <Badge
                size="xs"
                variant="light"
                color={field.identity.isPrimary ? 'blue' : 'teal'}
                radius="sm"
                tt="none"
              >
                {field.identity.isPrimary
                  ? t('wizards.schema.tree.primary', { namespace: field.identity.namespace })
                  : field.identity.namespace}
              </Badge>
            ) : null}
            {field?.isRequired ? (
              <Text span size="xs" c="red.7" aria-label={t('wizards.schema.tree.required')}>
                *
              </Text>
            ) : null}
            {field?.title ? (
              <Text span size="xs" c="dimmed" truncate>
                {field.title}
              </Text>
            ) : null}
          </Group>
        );
      }}
    />
  );
}
