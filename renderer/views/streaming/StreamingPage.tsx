// The Streaming view: the sandbox's inlets with their local URL, creating one, a copyable curl example of a valid
// message, a test-message form with synchronous validation, and the live log of the inlet's recent messages.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { InletView } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { PageHeader } from '../../app/PageHeader';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { useTime } from '../../wizards/verify/hooks/useTime';
import classes from './StreamingPage.module.css';
import { InletLog } from './InletLog';
import { TestMessage } from './TestMessage';
import { useApiBase, type ApiBase } from './useApiBase';
import { useInletLog } from './useInletLog';
import { useInlets } from './useInlets';

const SERVE_COMMAND = 'profile-stager serve --port 8181 --snapshot stager.psnap';

function LocalApiNote({ api }: { api: ApiBase }) {
  const t = useT();
  const isStopped = api.kind === 'desktop' && !api.isRunning;
  return (
    <Alert
      color={isStopped ? 'orange' : 'blue'}
      variant="light"
      icon={<Icon name="streaming" size={18} />}
      title={t('views.streaming.api.title')}
    >
      <Text size="sm" mb={6}>
        {api.kind === 'serve' ? t('views.streaming.api.web') : null}
        {api.kind === 'loading' ? (
          <Skeleton height={18} width="60%" component="span" display="block" />
        ) : null}
        {api.kind === 'desktop' && api.isRunning ? t('views.streaming.api.local', { base: api.base }) : null}
        {isStopped ? (
          <>
            {t('views.streaming.api.stopped')}{' '}
            <Anchor component={Link} href="/settings" inherit>
              {t('views.streaming.api.toSettings')}
            </Anchor>
          </>
        ) : null}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code>{SERVE_COMMAND}</Code>
        <CopyButton value={SERVE_COMMAND}>
          {({ copied, copy }) => (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={copy}
              aria-label={t('views.streaming.api.copy')}
            >
              {copied ? t('views.streaming.copied') : t('views.streaming.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}

function CreateInlet({ sandbox, onCreated }: { sandbox: string; onCreated(inlet: InletView): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [isAuthenticated, setAuthenticated] = useState(false);
  const [isNameMissing, setNameMissing] = useState(false);
  const create = useEngineCall('streaming-inlet-create', { inlineCodes: ['invalid-argument'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setNameMissing(true);
    const inlet = await create.run({ sandbox, name: name.trim(), authenticationRequired: isAuthenticated });
    if (!inlet) return;
    setName('');
    setAuthenticated(false);
    onCreated(inlet);
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="inlet-create-title">
      <Title order={2} fz="md" id="inlet-create-title" mb="sm">
        {t('views.streaming.create.title')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="inlet-create-title">
        <Stack gap="sm">
          <TextInput
            label={t('views.streaming.create.name')}
            placeholder={t('views.streaming.create.namePlaceholder')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setNameMissing(false);
              create.clearError();
            }}
            error={isNameMissing ? t('views.streaming.create.nameMissing') : create.inlineError?.message}
            autoComplete="off"
          />
          <Switch
            label={t('views.streaming.create.auth')}
            description={t('views.streaming.create.authHint')}
            checked={isAuthenticated}
            onChange={(event) => setAuthenticated(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={create.isPending} leftSection={<Icon name="plus" size={16} />}>
              {t('views.streaming.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function InletList({
  inlets,
  selected,
  onSelect,
}: {
  inlets: InletView[] | undefined;
  selected: string | null;
  onSelect(id: string): void;
}) {
  const t = useT();
  const time = useTime();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="inlet-list-title">
      <Title order={2} fz="md" id="inlet-list-title" mb="sm">
        {t('views.streaming.list.title')}
      </Title>
      {!inlets ? (
        <Skeleton height={96} />
      ) : inlets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('views.streaming.list.none')}
        </Text>
      ) : (
        <Radio.Group
          value={selected}
          onChange={onSelect}
          label={t('views.streaming.list.choose')}
          description={t('views.streaming.list.chooseHint')}
        >
          <Table verticalSpacing={6} mt="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>
                  <span
                    style={{
                      position: 'absolute',
                      width: 1,
                      height: 1,
                      overflow: 'hidden',
                      clip: 'rect(0 0 0 0)',
                    }}
                  >
                    {t('views.streaming.list.choose')}
                  </span>
                </Table.Th>
                <Table.Th>{t('views.streaming.list.name')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inlets.map((inlet) => (
                <Table.Tr
                  key={inlet.inletId}
                  style={{ cursor: 'pointer' }}
                  bg={inlet.inletId === selected ? 'var(--mantine-primary-color-light)' : undefined}
                  onClick={() => onSelect(inlet.inletId)}
                >
                  <Table.Td>
                    <Radio
                      value={inlet.inletId}
                      aria-label={t('views.streaming.list.radio', { name: inlet.name })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {inlet.name}
                      </Text>
                      {inlet.authenticationRequired ? (
                        <Badge size="xs" variant="light" color="grape" radius="sm" tt="none">
                          {t('views.streaming.list.authenticated')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed" ff="monospace" data-dynamic>
                      {inlet.inletId}
                    </Text>
                    <Text size="xs" c="dimmed" data-dynamic>
                      {t('views.streaming.list.createdAt', { time: time(inlet.created) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Radio.Group>
      )}
    </Paper>
  );
}

function InletDetail({
  inlet,
  base,
  datasets,
}: {
  inlet: InletView;
  /** The API's base URL (no trailing slash). */
  base: string;
  datasets: NonNullable<ReturnType<typeof useInlets>['datasets']>;
}) {
  const t = useT();
  const messages = useInletLog(inlet.sandbox, inlet.inletId);
  const url = `${base}${inlet.inletPath}`;
  const datasetName = useMemo(() => {
    const names = new Map(datasets.map((d) => [d.id, d.name]));
    return (id: string) => names.get(id) ?? id;
  }, [datasets]);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="inlet-detail-title">
      <Stack gap="lg">
        <div>
          <Title order={2} fz="lg" id="inlet-detail-title" mb={4}>
            {inlet.name}
          </Title>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4} mt="sm">
            {t('views.streaming.detail.url')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Code
              data-dynamic
              style={{ overflowWrap: 'anywhere' }}
              aria-label={t('views.streaming.detail.url')}
            >
              {url}
            </Code>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={copy}
                  aria-label={t('views.streaming.detail.copyUrl')}
                >
                  {copied ? t('views.streaming.copied') : t('views.streaming.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed" mt={4} data-dynamic>
            {t('views.streaming.detail.batchUrl', {
              url: `${base}/collection/batch/${inlet.inletId}`,
            })}
          </Text>
        </div>
        <TestMessage key={inlet.inletId} inlet={inlet} url={url} datasets={datasets} />
        <InletLog messages={messages} datasetName={datasetName} />
      </Stack>
    </Paper>
  );
}

function Streaming({ sandbox }: { sandbox: string }) {
  const t = useT();
  const { inlets, datasets, reload } = useInlets(sandbox);
  const api = useApiBase();
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = inlets?.find((inlet) => inlet.inletId === chosen) ?? inlets?.[0];
  return (
    <Stack gap="lg">
      <LocalApiNote api={api} />
      <div className={classes.layout}>
        <Stack gap="lg">
          <InletList inlets={inlets} selected={selected?.inletId ?? null} onSelect={setChosen} />
          <CreateInlet
            sandbox={sandbox}
            onCreated={(inlet) => {
              setChosen(inlet.inletId);
              void reload();
            }}
          />
        </Stack>
        {!inlets || !datasets || api.kind === 'loading' ? (
          <Skeleton height={480} radius="md" />
        ) : selected ? (
          <InletDetail inlet={selected} base={api.base} datasets={datasets} />
        ) : (
          <Paper withBorder radius="md" p="md">
            <Text size="sm" c="dimmed">
              {t('views.streaming.detail.none')}
            </Text>
          </Paper>
        )}
      </div>
    </Stack>
  );
}

export function StreamingPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <>
      <PageHeader title={t('route.streaming.title')} description={t('route.streaming.summary')} />
      {sandbox ? (
        <Streaming key={sandbox.name} sandbox={sandbox.name} />
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </>
  );
}
