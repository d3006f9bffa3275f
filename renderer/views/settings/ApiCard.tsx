// Settings → Local API. Desktop: base URL, port, token (masked, reveal, copy, regenerate), on/off and
// why it is not running. Web: where the HTTP API runs instead, with the `profile-stager serve` command.
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import {
  LOCAL_API_DEFAULT_PORT,
  type LocalApiError,
  type LocalApiStatus,
} from '../../../shared/contract/desktop-api';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { assertNever } from '../../../shared/util/assert';
import { useLocalApi, type LocalApi } from './useLocalApi';

/** The command the web host shows; the token is a placeholder the user replaces. */
export function serveCommand(port: number): string {
  return `profile-stager serve --port ${port} --token <token>`;
}

function CopyValue({ value, label }: { value: string; label: string }) {
  const t = useT();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button variant="default" size="xs" onClick={copy} aria-label={label}>
          {copied ? t('settings.api.copied') : t('settings.api.copy')}
        </Button>
      )}
    </CopyButton>
  );
}

export function ApiCard() {
  const api = useLocalApi();
  const t = useT();
  return (
    <Card>
      <Title order={2} fz="lg" mb="xs">
        {t('settings.api.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.api.intro')}
      </Text>
      {api ? <DesktopApiSettings api={api} /> : <WebApiHelp />}
    </Card>
  );
}

function WebApiHelp() {
  const t = useT();
  const command = serveCommand(LOCAL_API_DEFAULT_PORT);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('settings.api.web.intro')}</Text>
      <Group gap="sm" wrap="nowrap" align="center">
        <Code block style={{ flex: 1 }} data-testid="serve-command">
          {command}
        </Code>
        <CopyValue value={command} label={t('settings.api.copyCommand')} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('settings.api.web.flags')}
      </Text>
    </Stack>
  );
}

/** Main's error in the user's language; main's own (English) text only as the reason of a failure. */
function errorText(t: Translate, error: LocalApiError, port: number | undefined): string {
  const at = String(port ?? '');
  switch (error.code) {
    case 'port-in-use':
      return t('settings.api.error.portInUse', { port: at });
    case 'no-permission':
      return t('settings.api.error.noPermission', { port: at });
    case 'invalid-port':
      return t('settings.api.error.invalidPort');
    case 'failed':
      return t('settings.api.error.failed', { reason: error.message });
    default:
      return assertNever(error.code, 'local API error');
  }
}

function stateOf(t: Translate, status: LocalApiStatus | undefined): { label: string; color: string } {
  if (!status) return { label: t('settings.api.state.loading'), color: 'gray' };
  if (status.running) return { label: t('settings.api.state.running'), color: 'teal' };
  if (!status.enabled) return { label: t('settings.api.state.off'), color: 'gray' };
  return { label: t('settings.api.state.stopped'), color: 'red' };
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text.trim())) return undefined;
  const port = Number(text.trim());
  return port >= 1 && port <= 65535 ? port : undefined;
}

function DesktopApiSettings({ api }: { api: LocalApi }) {
  const t = useT();
  const { status, isPending } = api;
  const tokenId = useId();
  // What the user is typing; until then (and after each change) the field shows main's port.
  const [portDraft, setPortDraft] = useState<string | undefined>(undefined);
  const [portError, setPortError] = useState<string | undefined>();
  const [isRevealed, setRevealed] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [didRegenerate, setRegenerated] = useState(false);
  const state = stateOf(t, status);
  const port = status?.port;

  const portText = portDraft ?? (port === undefined ? '' : String(port));

  const applyPort = async (event: FormEvent) => {
    event.preventDefault();
    const next = parsePort(portText);
    if (next === undefined) return setPortError(t('settings.api.port.invalid'));
    setPortError(undefined);
    if (await api.configure({ port: next })) setPortDraft(undefined);
  };

  const regenerate = async () => {
    setConfirming(false);
    if (await api.regenerateToken()) setRegenerated(true);
  };

  const error = status?.error;
  const token = status?.token ?? '';
  const url = status?.url;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Switch
          label={t('settings.api.enabled')}
          description={t('settings.api.enabled.hint')}
          checked={status?.enabled ?? false}
          disabled={!status || isPending}
          onChange={(event) => void api.configure({ enabled: event.currentTarget.checked })}
        />
        <Badge color={state.color} variant="light" role="status" aria-live="polite">
          {state.label}
        </Badge>
      </Group>

      {error ? (
        <Alert color="red" title={t('settings.api.error.title')} role="alert">
          {errorText(t, error, port)}
        </Alert>
      ) : null}

      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t('settings.api.url')}
        </Text>
        <Group gap="sm" align="center">
          <Code data-testid="api-url">{url ?? t('settings.api.url.none')}</Code>
          {url ? <CopyValue value={url} label={t('settings.api.copyUrl')} /> : null}
        </Group>
      </Stack>

      <form onSubmit={(event) => void applyPort(event)} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('settings.api.port')}
            description={t('settings.api.port.hint', {
              port: String(status?.defaultPort ?? LOCAL_API_DEFAULT_PORT),
            })}
            inputMode="numeric"
            value={portText}
            error={portError}
            disabled={!status}
            onChange={(event) => {
              setPortDraft(event.currentTarget.value);
              setPortError(undefined);
            }}
            w={220}
          />
          <Button
            type="submit"
            variant="default"
            loading={isPending}
            disabled={!status || String(port) === portText.trim()}
          >
            {t('settings.api.port.apply')}
          </Button>
        </Group>
      </form>

      <Stack gap={4}>
        <Text fw={600} size="sm" id={tokenId}>
          {t('settings.api.token')}
        </Text>
        <Group gap="sm" align="center">
          <Code aria-labelledby={tokenId} data-testid="api-token" data-dynamic>
            {token ? (isRevealed ? token : '•'.repeat(24)) : '—'}
          </Code>
          <Button
            variant="default"
            size="xs"
            aria-pressed={isRevealed}
            disabled={!token}
            onClick={() => setRevealed(!isRevealed)}
          >
            {t(isRevealed ? 'settings.api.token.hide' : 'settings.api.token.show')}
          </Button>
          {token ? <CopyValue value={token} label={t('settings.api.copyToken')} /> : null}
          <Button
            variant="light"
            color="orange"
            size="xs"
            disabled={!status || isPending}
            onClick={() => setConfirming(true)}
          >
            {t('settings.api.regenerate')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('settings.api.token.hint')}
        </Text>
        {isConfirming ? (
          <Alert color="orange" role="alertdialog" aria-label={t('settings.api.regenerate')}>
            <Text size="sm" mb="sm">
              {t('settings.api.regenerate.confirm')}
            </Text>
            <Group gap="sm">
              <Button color="orange" size="xs" onClick={() => void regenerate()}>
                {t('settings.api.regenerate.yes')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                {t('settings.api.regenerate.no')}
              </Button>
            </Group>
          </Alert>
        ) : null}
        {didRegenerate && !isConfirming ? (
          <Text size="sm" c="teal" role="status">
            {t('settings.api.regenerated')}
          </Text>
        ) : null}
      </Stack>

      {url ? (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('settings.api.try')}
          </Text>
          <Code
            block
          >{`curl -H "Authorization: Bearer $PROFILE_STAGER_TOKEN" -H "x-sandbox-name: prod" ${url}/data/foundation/schemaregistry/stats`}</Code>
        </Stack>
      ) : null}
    </Stack>
  );
}
