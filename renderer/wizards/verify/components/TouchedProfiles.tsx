// The profiles the chosen batch touched, a page at a time; each can be looked up straight away.
import { Badge, Button, Group, Paper, Skeleton, Table, Text, Title } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { PROFILE_PAGE_SIZE } from '../hooks/useTouchedProfiles';
import type { TouchedPage, TouchedProfile } from '../state/verify-data-store';
import { Pager } from './Pager';
import classes from '../VerifyWizard.module.css';

export interface TouchedProfilesProps {
  touched: TouchedPage | undefined;
  isLoading: boolean;
  page: number;
  onPageChange(page: number): void;
  onPick(profile: TouchedProfile): void;
}

export function TouchedProfiles({ touched, isLoading, page, onPageChange, onPick }: TouchedProfilesProps) {
  const t = useT();
  const pageCount = touched ? Math.max(1, Math.ceil(touched.total / PROFILE_PAGE_SIZE)) : 1;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="verify-touched">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={3} fz="md" id="verify-touched">
          {t('wizards.verify.touched.title')}
        </Title>
        {touched ? (
          <Text size="sm" c="dimmed">
            {t('wizards.verify.touched.count', { count: touched.total })}
          </Text>
        ) : null}
      </Group>
      {!touched ? (
        <Skeleton height={120} />
      ) : touched.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('wizards.verify.touched.none')}
        </Text>
      ) : (
        <>
          <Table verticalSpacing={4} aria-label={t('wizards.verify.touched.title')} aria-busy={isLoading}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('wizards.verify.touched.namespace')}</Table.Th>
                <Table.Th>{t('wizards.verify.touched.identity')}</Table.Th>
                <Table.Th w={120}>
                  <span className={classes.visuallyHidden}>{t('wizards.verify.touched.action')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {touched.profiles.map((profile) => (
                <Table.Tr key={profile.xid}>
                  <Table.Td>
                    <Badge variant="light" color="gray" radius="sm" tt="none">
                      {profile.namespace}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" className={classes.wrap}>
                      {profile.id}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onPick(profile)}
                      rightSection={<Icon name="arrowRight" size={14} />}
                      aria-label={t('wizards.verify.touched.lookUpOne', {
                        namespace: profile.namespace,
                        id: profile.id,
                      })}
                    >
                      {t('wizards.verify.touched.lookUp')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {pageCount > 1 ? (
            <Pager
              label={t('wizards.verify.touched.pages')}
              page={page}
              pageCount={pageCount}
              onChange={onPageChange}
              isBusy={isLoading}
            />
          ) : null}
        </>
      )}
    </Paper>
  );
}
