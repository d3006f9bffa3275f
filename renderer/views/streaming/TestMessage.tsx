// The curl example for a chosen dataset, and a form that sends the message to the inlet with synchronous validation,
// showing pass (the receipt) or fail (the `_streamingValidation` causes).
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Textarea,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { DatasetView, InletView, MessageVerdict, SchemaDetail } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { curlCommand, envelope, exampleEntity, withoutIdPrefix } from './message-example';

interface Cause {
  message: string;
  pointerToViolation?: string;
  causingExceptions?: Cause[];
}

/** The validator's causes as a flat list (a many-error report nests them under one summary). */
function causesOf(verdict: MessageVerdict): Cause[] {
  if (verdict.ok) return [];
  const top = (verdict.report?._streamingValidation ?? []) as Cause[];
  return top.flatMap((cause) => (cause.causingExceptions?.length ? cause.causingExceptions : [cause]));
}

export interface TestMessageProps {
  inlet: InletView;
  url: string;
  datasets: readonly DatasetView[];
}

export function TestMessage({ inlet, url, datasets }: TestMessageProps) {
  const t = useT();
  const [datasetId, setDatasetId] = useState<string | null>(datasets[0]?.id ?? null);
  const [schema, setSchema] = useState<SchemaDetail | undefined>(undefined);
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | undefined>(undefined);
  const [verdict, setVerdict] = useState<MessageVerdict | undefined>(undefined);
  const showSchema = useEngineCall('registry-schema-show').run;
  const ingest = useEngineCall('streaming-ingest');
  const dataset = datasets.find((d) => d.id === datasetId);

  useEffect(() => {
    if (!dataset) return;
    let isCurrent = true;
    void showSchema({ sandbox: inlet.sandbox, ref: dataset.schemaRef.id }).then((answer) => {
      if (!isCurrent || !answer) return;
      setSchema(answer);
      setText(JSON.stringify(exampleEntity(answer), null, 2));
      setVerdict(undefined);
      setParseError(undefined);
    });
    return () => {
      isCurrent = false;
    };
  }, [dataset, inlet.sandbox, showSchema]);

  const example = dataset && schema ? envelope(dataset, exampleEntity(schema)) : undefined;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!dataset) return;
    let entity: unknown;
    try {
      entity = JSON.parse(text);
    } catch (error) {
      setParseError(
        t('views.streaming.test.notJson', { detail: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    setParseError(undefined);
    const result = await ingest.run({
      inletId: inlet.inletId,
      messages: [envelope(dataset, entity)],
      syncValidation: true,
    });
    if (result) setVerdict(result.verdicts[0]);
  };

  if (datasets.length === 0) {
    return (
      <Alert color="blue" variant="light" icon={<Icon name="dataset" size={18} />} p="xs">
        {t('views.streaming.test.noDatasets')}
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <Select
        label={t('views.streaming.test.dataset')}
        description={t('views.streaming.test.datasetHint')}
        data={datasets.map((d) => ({ value: d.id, label: `${d.name} (${d.schemaTitle})` }))}
        value={datasetId}
        onChange={setDatasetId}
        allowDeselect={false}
        maw={520}
      />
      <section aria-labelledby="inlet-curl-title">
        <Group justify="space-between" align="baseline" mb={4}>
          <Title order={3} fz="md" id="inlet-curl-title">
            {t('views.streaming.curl.title')}
          </Title>
          {example ? (
            <CopyButton value={curlCommand(url, example, inlet.authenticationRequired)}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="light"
                  onClick={copy}
                  leftSection={<Icon name={copied ? 'check' : 'import'} size={14} />}
                >
                  {copied ? t('views.streaming.copied') : t('views.streaming.curl.copy')}
                </Button>
              )}
            </CopyButton>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          {inlet.authenticationRequired
            ? t('views.streaming.curl.introToken')
            : t('views.streaming.curl.intro')}
        </Text>
        <Code
          block
          aria-label={t('views.streaming.curl.code')}
          data-dynamic
          style={{ minHeight: 160, maxHeight: 320, overflow: 'auto' }}
        >
          {example ? curlCommand(url, example, inlet.authenticationRequired) : ' '}
        </Code>
      </section>
      <section aria-labelledby="inlet-test-title">
        <Title order={3} fz="md" id="inlet-test-title" mb={4}>
          {t('views.streaming.test.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('views.streaming.test.intro')}
        </Text>
        <form onSubmit={(event) => void send(event)} noValidate aria-labelledby="inlet-test-title">
          <Stack gap="sm">
            <Textarea
              label={t('views.streaming.test.entity')}
              description={t('views.streaming.test.entityHint')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setParseError(undefined);
              }}
              error={parseError}
              rows={10}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            />
            <Group>
              <Button
                type="submit"
                loading={ingest.isPending}
                disabled={!schema}
                leftSection={<Icon name="streaming" size={16} />}
              >
                {t('views.streaming.test.send')}
              </Button>
            </Group>
          </Stack>
        </form>
        <div aria-live="polite" style={{ marginTop: 'var(--mantine-spacing-sm)', minHeight: 48 }}>
          {!verdict ? null : verdict.ok ? (
            <Alert
              color="teal"
              variant="light"
              icon={<Icon name="check" size={18} />}
              title={t('views.streaming.test.passed')}
              p="xs"
            >
              {t('views.streaming.test.receipt', { id: verdict.xactionId })}
            </Alert>
          ) : (
            <Alert
              color="red"
              variant="light"
              icon={<Icon name="alert" size={18} />}
              title={t('views.streaming.test.failed', { status: verdict.statusCode })}
              p="xs"
            >
              <Text size="sm" mb={causesOf(verdict).length ? 4 : 0} style={{ overflowWrap: 'anywhere' }}>
                {withoutIdPrefix(verdict.message)}
              </Text>
              {causesOf(verdict).length ? (
                <List size="sm" aria-label={t('views.streaming.test.causes')}>
                  {causesOf(verdict).map((cause, index) => (
                    <List.Item key={`${cause.pointerToViolation ?? ''}${index}`}>
                      {cause.pointerToViolation && cause.pointerToViolation !== '#' ? (
                        <Code>{cause.pointerToViolation}</Code>
                      ) : null}{' '}
                      {cause.message}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Alert>
          )}
        </div>
      </section>
    </Stack>
  );
}
